"use client";

import "leaflet/dist/leaflet.css";
import type { LatLngBoundsExpression } from "leaflet";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { MapContainer } from "react-leaflet";
import { claimsByIncident, incidentMagnitude, type SizeBy } from "@/lib/dashboard/map-incidents";
import { markerDiameter } from "@/lib/dashboard/map-style";
import type { TileVerdict } from "@/lib/dashboard/map-tiles";
import { EVENT_TYPES } from "@/lib/types/tags";
import type { IncidentMapProps } from "../panel-props";
import { FallibleTiles, Outlines } from "./base-layers";
import { type ClusterList, IncidentLayer } from "./incident-layer";
import { IncidentList } from "./incident-list";
import { ClusterListPopup, SelectedPopup } from "./incident-popup";
import styles from "./map.module.css";
import { MapLegend } from "./map-legend";
import { useFreshIds } from "./use-fresh-ids";

const NO_CLAIMS: never[] = [];

/** The incident map: offline outlines (tiles on top when configured and answering), incidents, legend, list. */
export default function IncidentMap(props: IncidentMapProps) {
  const { context, selection, onSelect, highlight } = props;
  // Under a burst of pushes React may skip the map's intermediate states and paint the latest, so the
  // other panels stay responsive.
  const incidents = useDeferredValue(props.incidents);
  const claims = useDeferredValue(props.claims);
  const [sizeBy, setSizeBy] = useState<SizeBy>("casualties");
  const [outlines, setOutlines] = useState<"loading" | "loaded" | "failed">("loading");
  const [tiles, setTiles] = useState<TileVerdict | null>(context.tiles ? "waiting" : null);
  const [clusterList, setClusterList] = useState<ClusterList | null>(null);

  const byId = useMemo(() => new Map(incidents.map((incident) => [incident.id, incident])), [incidents]);
  const claimsOf = useMemo(() => claimsByIncident(claims), [claims]);
  const diameters = useMemo(() => {
    const sizes = new Map<number, number>();
    for (const incident of incidents) {
      sizes.set(
        incident.id,
        markerDiameter(incidentMagnitude(incident, claimsOf.get(incident.id) ?? NO_CLAIMS, sizeBy)),
      );
    }
    return sizes;
  }, [incidents, claimsOf, sizeBy]);
  const eventTypes = useMemo(() => {
    const present = new Set(incidents.map((incident) => incident.eventType));
    return EVENT_TYPES.filter((type) => present.has(type));
  }, [incidents]);
  const fresh = useFreshIds(incidents);

  const selectedId = selection?.kind === "incident" ? selection.id : null;
  const selected = selectedId === null ? undefined : byId.get(selectedId);
  const select = useCallback(
    (id: number) => {
      setClusterList(null);
      onSelect({ kind: "incident", id });
    },
    [onSelect],
  );
  const deselect = useCallback(() => onSelect(null), [onSelect]);
  const closeClusterList = useCallback(() => setClusterList(null), []);

  // Leaflet closes popups on Escape only while its container itself has focus, not a marker or a link
  // inside a popup: Escape anywhere in the map closes what is open.
  const frame = useRef<HTMLDivElement>(null);
  const open = useRef({ selected: false, list: false });
  open.current = { selected: selected !== undefined, list: clusterList !== null };
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      if (open.current.list) setClusterList(null);
      else if (open.current.selected) deselect();
    };
    element.addEventListener("keydown", onKey);
    return () => element.removeEventListener("keydown", onKey);
  }, [deselect]);

  // Read once: the map opens on the region and is the reader's to move after that.
  const { south, west, north, east } = context.region.bounds;
  const [bounds] = useState<LatLngBoundsExpression>(() => [
    [south, west],
    [north, east],
  ]);
  const basemap =
    tiles === null || tiles === "outlines" ? "outlines" : tiles === "tiles" ? "tiles" : "tiles-pending";

  return (
    <div className={styles.root}>
      <div
        ref={frame}
        className={styles.frame}
        data-testid="incident-map"
        data-basemap={basemap}
        data-outlines={outlines}
      >
        <MapContainer bounds={bounds} className={styles.map} minZoom={2} maxZoom={14} keyboard>
          <Outlines onState={setOutlines} />
          {context.tiles && tiles !== "outlines" && (
            <FallibleTiles tiles={context.tiles} onVerdict={setTiles} />
          )}
          <IncidentLayer
            incidents={incidents}
            byId={byId}
            diameters={diameters}
            selectedId={selectedId}
            highlight={highlight}
            fresh={fresh}
            onSelect={select}
            onClusterList={setClusterList}
          />
          {selected && (
            <SelectedPopup
              key={`${selected.id}:${selected.place.lat}:${selected.place.lon}`}
              incident={selected}
              claims={claimsOf.get(selected.id) ?? NO_CLAIMS}
              context={context}
              onClose={deselect}
            />
          )}
          {clusterList && (
            <ClusterListPopup list={clusterList} byId={byId} onSelect={select} onClose={closeClusterList} />
          )}
        </MapContainer>
        {incidents.length === 0 && (
          <p className={styles.empty} role="status" data-testid="map-empty">
            No incidents in this window
          </p>
        )}
      </div>
      {tiles === "outlines" && (
        <p className={`${styles.notice} muted`} role="status" data-testid="tiles-fallback">
          The tile server is not answering: the map shows the bundled country outlines.
        </p>
      )}
      {outlines === "failed" && (
        <p className={`${styles.notice} warn`} role="status">
          The country outlines could not be loaded; incidents are still placed by their coordinates.
        </p>
      )}
      <MapLegend eventTypes={eventTypes} sizeBy={sizeBy} onSizeBy={setSizeBy} />
      <IncidentList
        incidents={incidents}
        selectedId={selectedId}
        highlight={highlight}
        regionZone={context.region.timeZone}
        onSelect={select}
      />
    </div>
  );
}
