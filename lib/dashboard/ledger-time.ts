import type { TimeWindow } from "./filters";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export const WINDOW_SPAN_MS: Record<Exclude<TimeWindow, "all">, number> = {
  "24h": DAY_MS,
  "7d": 7 * DAY_MS,
  "30d": 30 * DAY_MS,
};

/** A calendar day in the region's zone: its key ("2020-10-04") and the instant it starts. */
export interface Day {
  key: string;
  start: number;
}

/**
 * Calendar days in one time zone. Intl formatting is slow next to 20,000 claims, so each local day is
 * worked out once and cached under the UTC days it overlaps (at most two lookups per claim).
 */
export function dayClock(timeZone: string): (ms: number) => Day {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const wall = (ms: number) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(ms))
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    const y = parts.year ?? 1970;
    const m = parts.month ?? 1;
    const d = parts.day ?? 1;
    // The wall clock read as if it were UTC, minus the instant, is the zone's offset at that instant.
    const offset =
      Date.UTC(y, m - 1, d, parts.hour ?? 0, parts.minute ?? 0) - Math.floor(ms / 60_000) * 60_000;
    return { y, m, d, offset };
  };
  // On a daylight-saving day midnight has another offset than the hour asked about: ask again there.
  const startOf = (y: number, m: number, d: number, near: number) => {
    const midnight = Date.UTC(y, m - 1, d);
    return midnight - wall(midnight - wall(near).offset).offset;
  };
  const cache = new Map<number, Array<Day & { end: number }>>();
  return (ms) => {
    const utcDay = Math.floor(ms / DAY_MS);
    const known = cache.get(utcDay)?.find((day) => ms >= day.start && ms < day.end);
    if (known) return known;
    const { y, m, d } = wall(ms);
    const start = startOf(y, m, d, ms);
    const end = startOf(y, m, d + 1, ms + DAY_MS);
    const day = { key: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, start, end };
    for (let u = Math.floor(start / DAY_MS); u <= Math.floor((end - 1) / DAY_MS); u++) {
      const list = cache.get(u);
      if (list) list.push(day);
      else cache.set(u, [day]);
    }
    return day;
  };
}

/** A tail of this length or less between the last report and now counts as live data. */
const LIVE_TAIL_MS = 7 * DAY_MS;

/**
 * The time span the chart shows. A fixed window ends now. "All" spans the data: up to now when the
 * latest report is recent (a live toll still stands), up to the last report for a historical archive (a
 * 2020 war should not be squeezed against five empty years). Null when there is nothing to span.
 */
export function windowDomain(
  window: TimeWindow,
  now: number,
  first: number | null,
  last: number | null,
): [number, number] | null {
  if (window !== "all") return [now - WINDOW_SPAN_MS[window], now];
  if (first === null || last === null) return null;
  if (now - last <= LIVE_TAIL_MS && now >= last)
    return now - first < DAY_MS / 2 ? [now - DAY_MS / 2, now] : [first, now];
  // An archive ends a little after its last report, so that the last figure is not lost on the edge.
  const pad = Math.max(3 * HOUR_MS, (last - first) * 0.03);
  return [first - pad / 3, last + pad];
}

const TICK_STEPS = [1, 3, 6, 12, 24, 48, 168, 336, 720, 2160, 8760].map((hours) => hours * HOUR_MS);

/**
 * About `target` axis ticks on round times of the region's clock: whole hours within a day, midnights
 * beyond (so that a day tick sits where the daily bars start).
 */
export function timeTicks([from, to]: [number, number], timeZone: string, target = 5): number[] {
  const step = TICK_STEPS.find((s) => (to - from) / s <= target) ?? (TICK_STEPS.at(-1) as number);
  const dayOf = dayClock(timeZone);
  const ticks: number[] = [];
  if (step < DAY_MS) {
    const midnight = dayOf(from).start;
    for (let t = midnight + Math.ceil((from - midnight) / step) * step; t <= to; t += step) ticks.push(t);
    return ticks;
  }
  let day = dayOf(from);
  if (day.start < from) day = dayOf(day.start + DAY_MS + HOUR_MS * 12);
  // Whole days counted on the calendar, so a daylight-saving change does not shift later ticks.
  while (day.start <= to && ticks.length < 100) {
    ticks.push(day.start);
    day = dayOf(day.start + step + HOUR_MS * 12);
  }
  return ticks;
}
