import type { ClaimView } from "../types/facts";
import type { CasualtyKind, Civilian } from "../types/tags";
import type { TimeWindow } from "./filters";
import type { Contest, DailyBar, Ledger, LedgerPoint, LedgerSeries } from "./ledger";
import { windowDomain } from "./ledger-time";

/**
 * Points drawn over all series: past it, series are thinned to the highest step per time bucket. A chart
 * a few hundred pixels wide shows no more, and each drawn figure is an SVG group with its handlers.
 */
export const MAX_POINTS = 400;
/** Even with many series, each keeps enough points to show its shape. */
export const MIN_POINTS_PER_SERIES = 16;
/** Past this many days, bars are weekly: a bar a few pixels wide says nothing. */
export const MAX_DAILY_BARS = 120;
const WEEK_MS = 7 * 86_400_000;

export interface SeriesView {
  series: LedgerSeries;
  /** Points to draw (in the window, thinned). */
  points: LedgerPoint[];
  /** The step line: the figure standing at the window's start, each rise, and the end of the window. */
  line: Array<{ t: number; value: number }>;
}

export interface BarView {
  t: number;
  party: string | null;
  kind: CasualtyKind;
  total: number;
  byStatus: Record<Civilian, number>;
  days: DailyBar[];
  contested: boolean;
}

export interface LedgerView {
  domain: [number, number] | null;
  /** Claims reported within the window. */
  inWindow: number;
  /** Why nothing is drawn: no claims at all, or none in this window. */
  empty: "none" | "window" | null;
  series: SeriesView[];
  bars: BarView[];
  barUnit: "day" | "week";
  contests: Contest[];
}

export interface ViewOptions {
  window: TimeWindow;
  now: number;
  /** Claim ids whose points must survive thinning (selected and highlighted). */
  keep?: ReadonlySet<number>;
  /** Points drawn over all series (default MAX_POINTS). */
  maxPoints?: number;
}

function countBetween(sorted: readonly number[], from: number, to: number): number {
  const lowerIndex = (value: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lowerIndex(to + 1) - lowerIndex(from);
}

const keeps = (point: LedgerPoint, keep: ReadonlySet<number> | undefined) =>
  keep !== undefined && keep.size > 0 && point.claims.some((claim) => keep.has(claim.id));

/** Keeps the last step and the last other point per time bucket, and every point the reader is looking at. */
export function thin(
  points: readonly LedgerPoint[],
  [from, to]: [number, number],
  max: number,
  keep?: ReadonlySet<number>,
): LedgerPoint[] {
  if (points.length <= max) return [...points];
  const buckets = Math.max(1, Math.floor(max / 2));
  const width = (to - from) / buckets || 1;
  const chosen = new Map<string, LedgerPoint>();
  const kept: LedgerPoint[] = [];
  for (const point of points) {
    if (keeps(point, keep)) kept.push(point);
    const bucket = Math.min(buckets - 1, Math.floor((point.t - from) / width));
    chosen.set(`${bucket}|${point.role === "step"}`, point);
  }
  return [...new Set([...chosen.values(), ...kept])].sort((a, b) => a.t - b.t);
}

function seriesView(
  series: LedgerSeries,
  domain: [number, number],
  budget: number,
  keep: ReadonlySet<number> | undefined,
): SeriesView | null {
  const [from, to] = domain;
  const inside = series.points.filter((point) => point.t >= from && point.t <= to);
  const before = series.steps.filter((step) => step.t < from).at(-1);
  const rises = series.steps.filter((step) => step.t >= from && step.t <= to);
  if (inside.length === 0 && !before) return null;
  const points = thin(inside, domain, budget, keep);
  const stepTimes = new Set(points.filter((p) => p.role === "step").map((p) => p.t));
  // Rises of thinned-away points are dropped too, except the last one, so the line ends at the truth.
  const last = rises.at(-1);
  const line = rises.filter((step) => stepTimes.has(step.t) || step === last);
  if (before) line.unshift({ t: from, value: before.value });
  const end = line.at(-1);
  if (end && end.t < to) line.push({ t: to, value: end.value });
  return { series, points, line };
}

function barViews(bars: readonly DailyBar[], domain: [number, number]): Pick<LedgerView, "bars" | "barUnit"> {
  const [from, to] = domain;
  const inside = bars.filter((bar) => bar.t + 86_400_000 > from && bar.t <= to);
  const weekly = (to - from) / 86_400_000 > MAX_DAILY_BARS;
  const merged = new Map<string, BarView>();
  for (const bar of inside) {
    const t = weekly ? from + Math.floor((bar.t - from) / WEEK_MS) * WEEK_MS : bar.t;
    const key = `${t}|${bar.party}|${bar.kind}`;
    const view = merged.get(key) ?? {
      t,
      party: bar.party,
      kind: bar.kind,
      total: 0,
      byStatus: { civilian: 0, military: 0, unknown: 0 },
      days: [],
      contested: false,
    };
    view.total += bar.total;
    view.byStatus.civilian += bar.byStatus.civilian;
    view.byStatus.military += bar.byStatus.military;
    view.byStatus.unknown += bar.byStatus.unknown;
    view.days.push(bar);
    view.contested ||= bar.incidents.some((incident) => incident.contested !== null);
    merged.set(key, view);
  }
  return { bars: [...merged.values()], barUnit: weekly ? "week" : "day" };
}

/** The ledger cut to a time window: what the chart draws. */
export function viewLedger(ledger: Ledger, options: ViewOptions): LedgerView {
  const times = ledger.times;
  const domain = windowDomain(options.window, options.now, times[0] ?? null, times.at(-1) ?? null);
  const none: LedgerView = {
    domain,
    inWindow: 0,
    empty: times.length === 0 ? "none" : "window",
    series: [],
    bars: [],
    barUnit: "day",
    contests: [],
  };
  if (!domain) return none;
  const inWindow = countBetween(times, domain[0], domain[1]);
  if (inWindow === 0) return { ...none, domain };
  const rank = (party: string | null) => {
    const index = party === null ? -1 : ledger.parties.indexOf(party);
    return index < 0 ? ledger.parties.length : index;
  };
  const budget = Math.max(
    MIN_POINTS_PER_SERIES,
    Math.floor((options.maxPoints ?? MAX_POINTS) / Math.max(1, ledger.series.length)),
  );
  const series = ledger.series
    .map((s) => seriesView(s, domain, budget, options.keep))
    .filter((s): s is SeriesView => s !== null)
    .sort((a, b) => rank(a.series.party) - rank(b.series.party) || a.series.id.localeCompare(b.series.id));
  const contests = ledger.contests.filter((c) => c.t + 86_400_000 > domain[0] && c.t <= domain[1]);
  return { domain, inWindow, empty: null, series, contests, ...barViews(ledger.bars, domain) };
}

/** One line of the "figures as a table" alternative. */
export interface LedgerRow {
  key: string;
  type: "toll" | "incident";
  claim: ClaimView;
  party: string | null;
  kind: CasualtyKind;
  civilian: Civilian;
  count: number;
  series: LedgerSeries | null;
  /** For a toll: the latest report, when lower than the standing figure. */
  lowerLater: LedgerPoint | null;
  /** Lowest and highest figure when claimants disagree (the latest contested day of a toll). */
  contested: [number, number] | null;
  claims: ClaimView[];
  t: number;
}

/** Latest figure per series, then single-incident figures newest first (capped: the chart shows the rest). */
export function ledgerRows(view: LedgerView, maxIncidents = 200): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const { series } of view.series) {
    const shown = series.top ?? series.points.at(-1);
    const claim = shown?.claims[0];
    if (!shown || !claim) continue;
    const latest = series.points.at(-1);
    const contest = view.contests.findLast(
      (c) => c.party === series.party && c.kind === series.kind && c.civilian === series.civilian,
    );
    rows.push({
      key: series.id,
      type: "toll",
      claim,
      party: series.party,
      kind: series.kind,
      civilian: series.civilian,
      count: shown.count,
      series,
      lowerLater: latest && latest !== shown && latest.role === "below" ? latest : null,
      contested: contest ? [contest.min, contest.max] : null,
      claims: shown.claims,
      t: shown.t,
    });
  }
  const incidents = view.bars
    .flatMap((bar) => bar.days.flatMap((day) => day.incidents.map((incident) => ({ day, incident }))))
    .sort((a, b) => b.day.t - a.day.t)
    .slice(0, maxIncidents);
  for (const { day, incident } of incidents) {
    const claim = incident.claims.find((c) => c.count === incident.count) ?? incident.claims[0];
    if (!claim) continue;
    rows.push({
      key: `${day.party}|${day.kind}|${incident.key}`,
      type: "incident",
      claim,
      party: day.party,
      kind: day.kind,
      civilian: claim.civilian,
      count: incident.count,
      series: null,
      lowerLater: null,
      contested: incident.contested,
      claims: incident.claims,
      t: Date.parse(claim.reportedAt),
    });
  }
  return rows;
}
