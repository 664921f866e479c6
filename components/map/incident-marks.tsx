"use client";

import type { LatLngTuple, LeafletKeyboardEvent, Marker as LeafletMarker, PathOptions } from "leaflet";
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { Circle, Marker } from "react-leaflet";
import type { MapFeature } from "@/lib/dashboard/map-clusters";
import { placeRepresentation, placeWithAltNames } from "@/lib/dashboard/map-incidents";
import { EVENT_STYLE } from "@/lib/dashboard/map-style";
import type { IncidentView } from "@/lib/types/facts";
import { eventTypeLabel } from "../labels";
import { clusterIcon, incidentIcon } from "./marker-icons";

/**
 * Leaflet makes markers tabbable but leaves Enter to us: Enter or Space on a focused marker acts as a
 * click, as on any button.
 */
function activation(act: () => void) {
  return {
    click: act,
    keydown: (event: LeafletKeyboardEvent) => {
      const key = event.originalEvent.key;
      if (key !== "Enter" && key !== " ") return;
      event.originalEvent.preventDefault();
      act();
    },
  };
}

interface MarkProps {
  incident: IncidentView;
  diameter: number;
  selected: boolean;
  highlighted: boolean;
  fresh: boolean;
  onSelect: (id: number) => void;
}

export const IncidentMark = memo(function IncidentMark({
  incident,
  diameter,
  selected,
  highlighted,
  fresh,
  onSelect,
}: MarkProps) {
  const { id, eventType, place } = incident;
  const markerRef = useRef<LeafletMarker | null>(null);
  const shown = placeRepresentation(place.type);
  const icon = useMemo(
    () =>
      incidentIcon({
        id,
        eventType,
        diameter,
        approximate: shown.kind === "approximate",
        selected,
        highlighted,
        fresh,
      }),
    [id, eventType, diameter, shown.kind, selected, highlighted, fresh],
  );
  const position = useMemo<LatLngTuple>(() => [place.lat, place.lon], [place.lat, place.lon]);
  const handlers = useMemo(() => activation(() => onSelect(id)), [onSelect, id]);
  useKeepFocus(markerRef, icon);
  // Feed text reaches Leaflet only as the title property, which it sets on the DOM node as text.
  const title = `${eventTypeLabel(eventType)} — ${placeWithAltNames(place)}${shown.kind === "approximate" ? " (approximate: country only)" : ""}`;
  return (
    <>
      {shown.radiusMetres !== null && (
        <Area
          center={position}
          radius={shown.radiusMetres}
          colour={EVENT_STYLE[eventType]?.colour ?? "#767676"}
          strong={selected || highlighted}
        />
      )}
      <Marker
        ref={markerRef}
        position={position}
        icon={icon}
        title={title}
        keyboard
        zIndexOffset={selected ? 1000 : highlighted || fresh ? 500 : 0}
        eventHandlers={handlers}
      />
    </>
  );
});

/**
 * Leaflet swaps the icon's element when the icon changes (selected, linked, pulsing), which drops the
 * keyboard focus. The layout effect notes the focus before react-leaflet's passive effect swaps the
 * element; the passive effect, run after the child's, gives it back.
 */
function useKeepFocus(markerRef: { current: LeafletMarker | null }, icon: unknown) {
  const hadFocus = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the icon changes
  useLayoutEffect(() => {
    const element = markerRef.current?.getElement();
    hadFocus.current = element !== undefined && element === document.activeElement;
  }, [icon, markerRef]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the icon changes
  useEffect(() => {
    if (!hadFocus.current) return;
    hadFocus.current = false;
    markerRef.current?.getElement()?.focus({ preventScroll: true });
  }, [icon, markerRef]);
}

/** The translucent area of a district- or region-level site: "somewhere in here", not a point. */
const Area = memo(function Area({
  center,
  radius,
  colour,
  strong,
}: {
  center: LatLngTuple;
  radius: number;
  colour: string;
  strong: boolean;
}) {
  const path = useMemo<PathOptions>(
    () => ({
      color: colour,
      weight: strong ? 2.5 : 1,
      opacity: 0.8,
      dashArray: "4 4",
      fillColor: colour,
      fillOpacity: strong ? 0.2 : 0.1,
    }),
    [colour, strong],
  );
  return <Circle center={center} radius={radius} pathOptions={path} interactive={false} />;
});

export const ClusterMarker = memo(function ClusterMarker({
  cluster,
  highlighted,
  fresh,
  onOpen,
}: {
  cluster: Extract<MapFeature, { kind: "cluster" }>;
  highlighted: boolean;
  fresh: boolean;
  onOpen: (cluster: Extract<MapFeature, { kind: "cluster" }>) => void;
}) {
  const icon = useMemo(
    () => clusterIcon(cluster.count, highlighted, fresh),
    [cluster.count, highlighted, fresh],
  );
  const position = useMemo<LatLngTuple>(() => [cluster.lat, cluster.lon], [cluster.lat, cluster.lon]);
  const handlers = useMemo(() => activation(() => onOpen(cluster)), [onOpen, cluster]);
  return (
    <Marker
      position={position}
      icon={icon}
      title={`${cluster.count} incidents close together: open to zoom in or list them`}
      keyboard
      zIndexOffset={highlighted ? 800 : 0}
      eventHandlers={handlers}
    />
  );
});
