"use client";

import { memo, useSyncExternalStore } from "react";

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** Past a month, "2,240 days ago" says less than the date itself. */
const RELATIVE_WITHIN_MS = 30 * 86_400_000;

// Formatters are costly to build: one per zone for the whole page, not one per label and render.
const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

function relative(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  for (const [unit, ms] of units)
    if (Math.abs(diff) >= ms) return relativeFormat.format(Math.round(diff / ms), unit);
  return "just now";
}

/** "27 Sept 2020, 05:10 UTC" in the given zone. */
export function absoluteTime(iso: string, timeZone: string): string {
  let format = absoluteFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    });
    absoluteFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

// One clock for the whole page, ticking every 30 s, so that hundreds of labels share one timer.
let now: number | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The page clock; null while rendering on the server, so server and client render the same first. */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
}

/** A time as UTC, with the region's local time on hover and a relative age once mounted. */
export const TimeLabel = memo(function TimeLabel({ iso, regionZone }: { iso: string; regionZone: string }) {
  const current = useNow();
  return (
    <time dateTime={iso} title={`${absoluteTime(iso, regionZone)} (${regionZone})`}>
      {absoluteTime(iso, "UTC")}
      {current !== null && Math.abs(current - Date.parse(iso)) < RELATIVE_WITHIN_MS && (
        <span className="muted"> · {relative(iso, current)}</span>
      )}
    </time>
  );
});
