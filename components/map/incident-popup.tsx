"use client";

import type { LatLngTuple } from "leaflet";
import { useLayoutEffect, useMemo, useRef } from "react";
import { Popup } from "react-leaflet";
import { figureText, placeRepresentation, placeWithAltNames } from "@/lib/dashboard/map-incidents";
import type { DashboardContext } from "@/lib/types/dashboard";
import type { ClaimView, IncidentView } from "@/lib/types/facts";
import { eventTypeLabel } from "../labels";
import { SourceList } from "../source-list";
import { TimeLabel } from "../time-label";
import type { ClusterList } from "./incident-layer";
import styles from "./map.module.css";
import { ShapeSymbol } from "./map-legend";

const actorName = (id: string | null, context: DashboardContext) =>
  id ? (context.actors[id]?.name ?? id) : null;

/** Everything known about one incident, as React text nodes only. */
export function IncidentDetails({
  incident,
  claims,
  context,
}: {
  incident: IncidentView;
  claims: readonly ClaimView[];
  context: DashboardContext;
}) {
  const shown = placeRepresentation(incident.place.type);
  const zone = context.region.timeZone;
  return (
    <div className={styles.popup} data-testid="incident-popup" data-incident-id={incident.id}>
      <p className={styles.popupTitle}>
        <ShapeSymbol eventType={incident.eventType} size={16} />
        {eventTypeLabel(incident.eventType)}
      </p>
      <p>
        <strong data-testid="incident-place">{placeWithAltNames(incident.place)}</strong>
        <br />
        <span className="muted small">
          {shown.kind === "approximate" ? "≈ Approximate: " : "Located as "}
          {shown.label}
        </span>
      </p>
      <p className="small">
        First reported <TimeLabel iso={incident.firstReportedAt} regionZone={zone} />
        {incident.lastReportedAt !== incident.firstReportedAt && (
          <>
            <br />
            Last reported <TimeLabel iso={incident.lastReportedAt} regionZone={zone} />
          </>
        )}
      </p>
      <h3>Casualty claims</h3>
      {claims.length === 0 ? (
        <p className="muted small">No casualty figure was reported for this incident.</p>
      ) : (
        <ul data-testid="incident-claims">
          {claims.map((claim) => {
            const party = actorName(claim.party, context);
            const claimant = actorName(claim.claimedBy, context);
            return (
              <li key={claim.id}>
                <strong>{figureText(claim)}</strong>
                {party && ` on the side of ${party}`}
                {" · "}
                {claimant ? `claimed by ${claimant}` : "claimant not named"}
              </li>
            );
          })}
        </ul>
      )}
      <h3>Sources ({incident.sources.length})</h3>
      <SourceList sources={incident.sources} context={context} />
    </div>
  );
}

/**
 * Calls onClose when the reader closes a popup (its button, Escape), not when React unmounts it because
 * the selection moved on: a layout effect's cleanup runs before react-leaflet removes the popup in its
 * passive cleanup, so the flag is set by then.
 */
function useReaderClose(onClose: () => void) {
  const unmounting = useRef(false);
  useLayoutEffect(() => {
    unmounting.current = false;
    return () => {
      unmounting.current = true;
    };
  }, []);
  return useMemo(
    () => ({
      remove: () => {
        if (!unmounting.current) onClose();
      },
    }),
    [onClose],
  );
}

/** The popup of the selected incident; closing it clears the selection. */
export function SelectedPopup({
  incident,
  claims,
  context,
  onClose,
}: {
  incident: IncidentView;
  claims: readonly ClaimView[];
  context: DashboardContext;
  onClose: () => void;
}) {
  const position = useMemo<LatLngTuple>(
    () => [incident.place.lat, incident.place.lon],
    [incident.place.lat, incident.place.lon],
  );
  const handlers = useReaderClose(onClose);
  return (
    <Popup
      position={position}
      eventHandlers={handlers}
      closeOnClick={false}
      autoClose={false}
      maxHeight={360}
      maxWidth={360}
      autoPanPadding={[24, 24]}
    >
      <IncidentDetails incident={incident} claims={claims} context={context} />
    </Popup>
  );
}

/** Incidents at one spot that no zoom separates: listed, each a button to select it. */
export function ClusterListPopup({
  list,
  byId,
  onSelect,
  onClose,
}: {
  list: ClusterList;
  byId: ReadonlyMap<number, IncidentView>;
  onSelect: (id: number) => void;
  onClose: () => void;
}) {
  const position = useMemo<LatLngTuple>(() => [list.lat, list.lon], [list.lat, list.lon]);
  const handlers = useReaderClose(onClose);
  const items = list.ids.flatMap((id) => byId.get(id) ?? []).slice(0, 50);
  return (
    <Popup position={position} eventHandlers={handlers} maxHeight={300}>
      <div className={styles.popup} data-testid="cluster-popup">
        <p className={styles.popupTitle}>{list.ids.length} incidents at this spot</p>
        <ul>
          {items.map((incident) => (
            <li key={incident.id}>
              <button type="button" className="linkish" onClick={() => onSelect(incident.id)}>
                {eventTypeLabel(incident.eventType)} — {placeWithAltNames(incident.place)}
              </button>
            </li>
          ))}
        </ul>
        {list.ids.length > items.length && (
          <p className="muted small">The first {items.length} are listed.</p>
        )}
      </div>
    </Popup>
  );
}
