"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { buildClusterIndex } from "@/lib/dashboard/map-clusters";
import type { IncidentView } from "@/lib/types/facts";

/** How often a stream of pushed incidents may rebuild the cluster index. */
const REINDEX_MS = 1_000;

/**
 * The cluster index, rebuilt at once when incidents go away (a filter changed) but at most once a
 * second while pushes only add: incidents pushed since the last build are drawn as single markers
 * meanwhile, so a push costs a marker, not a 10–40 ms rebuild.
 */
export function useThrottledIndex(incidents: IncidentView[], byId: ReadonlyMap<number, IncidentView>) {
  const [indexed, setIndexed] = useState(incidents);
  const appendOnly = useMemo(() => indexed.every((incident) => byId.has(incident.id)), [indexed, byId]);
  if (!appendOnly) setIndexed(incidents);
  const source = appendOnly ? indexed : incidents;
  const latest = useRef(incidents);
  latest.current = incidents;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (source === incidents || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      setIndexed(latest.current);
    }, REINDEX_MS);
  }, [incidents, source]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const index = useMemo(() => buildClusterIndex(source), [source]);
  const indexedIds = useMemo(() => new Set(source.map((incident) => incident.id)), [source]);
  const pending = useMemo(
    () => (source === incidents ? [] : incidents.filter((incident) => !indexedIds.has(incident.id))),
    [source, incidents, indexedIds],
  );
  return { index, pending };
}
