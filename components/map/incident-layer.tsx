"use client";

import type { Map as LeafletMap } from "leaflet";
import { useCallback, useMemo, useState } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import {
  type BBox,
  CLUSTER_MAX_ZOOM,
  clusterMembers,
  clustersHolding,
  type MapFeature,
  visibleFeatures,
} from "@/lib/dashboard/map-clusters";
import type { IncidentView } from "@/lib/types/facts";
import { ClusterMarker, IncidentMark } from "./incident-marks";
import { useThrottledIndex } from "./use-throttled-index";

export interface ClusterList {
  lat: number;
  lon: number;
  ids: number[];
}

interface LayerProps {
  incidents: IncidentView[];
  byId: ReadonlyMap<number, IncidentView>;
  diameters: ReadonlyMap<number, number>;
  selectedId: number | null;
  highlight: ReadonlySet<number>;
  fresh: ReadonlySet<number>;
  onSelect: (id: number) => void;
  onClusterList: (list: ClusterList) => void;
}

interface View {
  bbox: BBox;
  zoom: number;
}

/** A little more than the visible area, so a short pan shows marks already drawn. */
function viewOf(map: LeafletMap): View {
  const b = map.getBounds().pad(0.25);
  return {
    bbox: [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ],
    zoom: map.getZoom(),
  };
}

/**
 * Incidents as marks: clustered by a spatial index, and only the marks in view are React components, so
 * 5,000 incidents cost a few hundred markers. Markers are keyed by incident id: a push adds one marker,
 * it does not rebuild the rest.
 */
export function IncidentLayer(props: LayerProps) {
  const { incidents, byId, diameters, selectedId, highlight, fresh, onSelect, onClusterList } = props;
  const map = useMap();
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const { index, pending } = useThrottledIndex(incidents, byId);
  const features = useMemo(() => visibleFeatures(index, view.bbox, view.zoom), [index, view]);
  const pendingInView = useMemo(() => {
    const [west, south, east, north] = view.bbox;
    return pending.filter(
      ({ place }) => place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north,
    );
  }, [pending, view]);
  const emphasised = useMemo(() => {
    const ids = new Set(highlight);
    if (selectedId !== null) ids.add(selectedId);
    return clustersHolding(index, features, ids);
  }, [index, features, highlight, selectedId]);
  const pulsing = useMemo(() => clustersHolding(index, features, fresh), [index, features, fresh]);

  const openCluster = useCallback(
    (cluster: Extract<MapFeature, { kind: "cluster" }>) => {
      const zoom = index.getClusterExpansionZoom(cluster.clusterId);
      if (zoom <= CLUSTER_MAX_ZOOM) map.setView([cluster.lat, cluster.lon], zoom);
      else
        onClusterList({ lat: cluster.lat, lon: cluster.lon, ids: clusterMembers(index, cluster.clusterId) });
    },
    [index, map, onClusterList],
  );

  const markOf = (incident: IncidentView) => (
    <IncidentMark
      key={`i${incident.id}`}
      incident={incident}
      diameter={diameters.get(incident.id) ?? 16}
      selected={incident.id === selectedId}
      highlighted={highlight.has(incident.id)}
      fresh={fresh.has(incident.id)}
      onSelect={onSelect}
    />
  );

  return (
    <>
      {features.map((feature) => {
        if (feature.kind === "cluster") {
          return (
            <ClusterMarker
              key={`c${feature.clusterId}`}
              cluster={feature}
              highlighted={emphasised.has(feature.clusterId)}
              fresh={pulsing.has(feature.clusterId)}
              onOpen={openCluster}
            />
          );
        }
        const incident = byId.get(feature.id);
        if (!incident) return null;
        return markOf(incident);
      })}
      {pendingInView.map(markOf)}
    </>
  );
}
