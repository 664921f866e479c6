"use client";

import dynamic from "next/dynamic";
import type { IncidentMapProps } from "../panel-props";

const Loaded = dynamic(() => import("./incident-map"), {
  ssr: false,
  loading: () => <p className="muted">Loading the map…</p>,
});

/** Leaflet touches `window` at import: the map is rendered in the browser only. */
export function IncidentMapPanel(props: IncidentMapProps) {
  return <Loaded {...props} />;
}
