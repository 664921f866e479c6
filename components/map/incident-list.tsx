"use client";

import { memo, useMemo } from "react";
import { placeWithAltNames } from "@/lib/dashboard/map-incidents";
import type { IncidentView } from "@/lib/types/facts";
import { eventTypeLabel } from "../labels";
import { TimeLabel } from "../time-label";
import styles from "./map.module.css";
import { ShapeSymbol } from "./map-legend";

/** Enough to choose from by keyboard; the filters narrow the rest. */
export const LIST_CAP = 200;

/**
 * The incidents as buttons, newest first: the way to select an incident without the map, by keyboard
 * or with a screen reader.
 */
export const IncidentList = memo(function IncidentList({
  incidents,
  selectedId,
  highlight,
  regionZone,
  onSelect,
}: {
  incidents: readonly IncidentView[];
  selectedId: number | null;
  highlight: ReadonlySet<number>;
  regionZone: string;
  onSelect: (id: number) => void;
}) {
  const newest = useMemo(
    () => [...incidents].sort((a, b) => b.lastReportedAt.localeCompare(a.lastReportedAt)).slice(0, LIST_CAP),
    [incidents],
  );
  return (
    <details className={styles.list} data-testid="incident-list">
      <summary>Incidents ({incidents.length.toLocaleString("en-GB")})</summary>
      {incidents.length > newest.length && (
        <p className="muted small">
          The {LIST_CAP} latest are listed; narrow the filters to reach the others.
        </p>
      )}
      <ol>
        {newest.map((incident) => (
          <li key={incident.id}>
            <button
              type="button"
              aria-pressed={incident.id === selectedId}
              className={highlight.has(incident.id) ? styles.listHighlighted : undefined}
              data-testid="incident-list-item"
              data-incident-id={incident.id}
              onClick={() => onSelect(incident.id)}
            >
              <ShapeSymbol eventType={incident.eventType} dashed={incident.place.type === "country"} />
              <span>
                {eventTypeLabel(incident.eventType)} — {placeWithAltNames(incident.place)}
                {incident.place.type === "country" && " (≈ approximate)"}
                {highlight.has(incident.id) && " · linked"}{" "}
                <span className="muted small">
                  <TimeLabel iso={incident.lastReportedAt} regionZone={regionZone} />
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
});
