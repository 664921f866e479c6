"use client";

import { useEffect, useState } from "react";

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** Past a month, "2,240 days ago" says less than the date itself. */
const RELATIVE_WITHIN_MS = 30 * 86_400_000;

function relative(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, ms] of units) if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  return "just now";
}

function absolute(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(iso));
}

/** A clock that ticks every 30 s, only in the browser (so server and client render the same first). */
export function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A time as UTC, with the region's local time on hover and a relative age once mounted. */
export function TimeLabel({ iso, regionZone }: { iso: string; regionZone: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={`${absolute(iso, regionZone)} (${regionZone})`}>
      {absolute(iso, "UTC")}
      {now !== null && Math.abs(now - Date.parse(iso)) < RELATIVE_WITHIN_MS && (
        <span className="muted"> · {relative(iso, now)}</span>
      )}
    </time>
  );
}
