"use client";

import type { IncidentMapProps } from "../panel-props";

/** The incident map; Leaflet runs only in the browser. */
export default function IncidentMap({ incidents }: IncidentMapProps) {
  return <p className="muted">{incidents.length} incidents.</p>;
}
