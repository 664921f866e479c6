"use client";

import dynamic from "next/dynamic";
import type { IncidentMapProps } from "../panel-props";
import styles from "./map.module.css";

const Loaded = dynamic(() => import("./incident-map"), {
  ssr: false,
  // Holds the map's height so the panels below do not jump when Leaflet arrives.
  loading: () => (
    <div className={styles.placeholder} data-testid="incident-map-loading" role="status">
      Loading the map…
    </div>
  ),
});

/** Leaflet touches `window` at import: the map is rendered in the browser only. */
export function IncidentMapPanel(props: IncidentMapProps) {
  return <Loaded {...props} />;
}
