"use client";

import { useEffect, useRef, useState } from "react";
import type { IncidentView } from "@/lib/types/facts";

/** How long a new incident pulses: two one-second pulses and a little slack. */
export const PULSE_MS = 2_200;

const NONE: ReadonlySet<number> = new Set();

/**
 * Ids of incidents that arrived after the first render, for a couple of seconds. "Arrived" means never
 * shown before and newer than anything shown: an old incident that a filter change brings back in view
 * does not pulse.
 */
export function useFreshIds(incidents: readonly IncidentView[]): ReadonlySet<number> {
  const known = useRef<{ ids: Set<number>; maxSeq: number } | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const [fresh, setFresh] = useState(NONE);

  useEffect(() => {
    const maxSeq = incidents.reduce((max, i) => Math.max(max, i.seq), 0);
    if (known.current === null) {
      known.current = { ids: new Set(incidents.map((i) => i.id)), maxSeq };
      return;
    }
    const seen = known.current;
    const added = incidents.filter((i) => !seen.ids.has(i.id) && i.seq > seen.maxSeq).map((i) => i.id);
    for (const incident of incidents) seen.ids.add(incident.id);
    seen.maxSeq = Math.max(seen.maxSeq, maxSeq);
    if (added.length === 0) return;
    setFresh((previous) => new Set([...previous, ...added]));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setFresh((previous) => {
        const next = new Set(previous);
        for (const id of added) next.delete(id);
        return next.size ? next : NONE;
      });
    }, PULSE_MS);
    timers.current.add(timer);
  }, [incidents]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);
  return fresh;
}
