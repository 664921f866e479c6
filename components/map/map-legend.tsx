"use client";

import { useId } from "react";
import type { SizeBy } from "@/lib/dashboard/map-incidents";
import { EVENT_STYLE, SHAPE_PATH } from "@/lib/dashboard/map-style";
import type { EventType } from "@/lib/types/tags";
import { eventTypeLabel } from "../labels";
import styles from "./map.module.css";

const NEUTRAL = { shape: "circle" as const, colour: "#9a9a9a" };

/** An event type's symbol as React SVG, the same shape and colour as its marker; grey without a type. */
export function ShapeSymbol({
  eventType,
  size = 14,
  dashed = false,
}: {
  eventType: EventType | null;
  size?: number;
  dashed?: boolean;
}) {
  const style = (eventType && EVENT_STYLE[eventType]) || NEUTRAL;
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path
        d={SHAPE_PATH[style.shape]}
        fill={style.colour}
        stroke={dashed ? "#000" : "#fff"}
        strokeWidth={dashed ? 2 : 1.5}
        strokeDasharray={dashed ? "3 2" : undefined}
      />
    </svg>
  );
}

/** The key to the map, in words beside every symbol: shapes per event type, precision, size, states. */
export function MapLegend({
  eventTypes,
  sizeBy,
  onSizeBy,
}: {
  eventTypes: readonly EventType[];
  sizeBy: SizeBy;
  onSizeBy: (sizeBy: SizeBy) => void;
}) {
  const name = useId();
  return (
    <section className={styles.legend} aria-label="Map legend" data-testid="map-legend">
      {eventTypes.length > 0 && (
        <div className={styles.legendRow}>
          <span className={styles.legendTitle}>Events</span>
          <ul>
            {eventTypes.map((type) => (
              <li key={type} data-testid="legend-event-type" data-event-type={type}>
                <ShapeSymbol eventType={type} />
                {eventTypeLabel(type)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.legendRow}>
        <span className={styles.legendTitle}>Where</span>
        <ul>
          <li>
            <ShapeSymbol eventType={null} /> symbol alone: exact site (town or city)
          </li>
          <li>
            <span className={styles.areaSwatch} aria-hidden="true" /> shaded circle: somewhere in a district
            (about 15 km) or region (about 60 km)
          </li>
          <li data-testid="legend-approximate">
            <ShapeSymbol eventType={null} dashed /> <strong aria-hidden="true">≈</strong> dashed with ≈:
            approximate, only the country is known
          </li>
        </ul>
      </div>
      <div className={styles.legendRow}>
        <fieldset className={styles.sizeChoice}>
          <legend className={styles.legendTitle}>Size</legend>
          {(["casualties", "sources"] as const).map((value) => (
            <label key={value} className={styles.legendItem}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={sizeBy === value}
                onChange={() => onSizeBy(value)}
              />
              {value === "casualties" ? "people reported killed or hurt" : "number of reporting articles"}
            </label>
          ))}
        </fieldset>
        <span className={styles.legendItem}>
          <span className={styles.clusterSample} aria-hidden="true">
            12
          </span>{" "}
          numbered circle: incidents close together, open it to zoom in or list them
        </span>
        <span className={styles.legendItem}>
          solid ring: selected · dashed ring: linked to the selection · pulse: just reported
        </span>
      </div>
    </section>
  );
}
