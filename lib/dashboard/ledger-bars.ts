import type { ClaimView } from "../types/facts";
import type { Civilian, CountQualifier } from "../types/tags";
import type { Contest, DailyBar, IncidentFigure } from "./ledger";
import { BOUND_OF, disagree } from "./ledger-bounds";
import type { Day } from "./ledger-time";

/** A claim with what the ledger derives from it once: its time, its day and who claims it. */
export interface Prepared {
  claim: ClaimView;
  t: number;
  day: Day;
  claimant: string | null;
}

const STATUSES: Civilian[] = ["civilian", "military", "unknown"];

/** The highest credible figure among claims; an upper bound only when there is nothing else. */
function figureOf(
  items: readonly Prepared[],
): { count: number; qualifier: CountQualifier; upperOnly: boolean } | null {
  let best: Prepared | null = null;
  let upper: Prepared | null = null;
  for (const item of items) {
    const slot = BOUND_OF[item.claim.qualifier] === "upper" ? "upper" : "best";
    const current = slot === "upper" ? upper : best;
    if (current === null || item.claim.count > current.claim.count) {
      if (slot === "upper") upper = item;
      else best = item;
    }
  }
  const chosen = best ?? upper;
  return chosen && { count: chosen.claim.count, qualifier: chosen.claim.qualifier, upperOnly: best === null };
}

/** Lowest and highest figure when claimants (each at its highest figure) cannot all be right. */
function contestedRange(items: readonly Prepared[]): [number, number] | null {
  const one = items[0]?.claimant;
  if (items.every((item) => item.claimant === one)) return null;
  const byClaimant = new Map<string | null, Prepared[]>();
  for (const item of items) {
    const list = byClaimant.get(item.claimant);
    if (list) list.push(item);
    else byClaimant.set(item.claimant, [item]);
  }
  if (byClaimant.size < 2) return null;
  const figures = [...byClaimant.values()].map(figureOf).filter((f) => f !== null);
  if (!disagree(figures)) return null;
  const counts = figures.map((f) => f.count);
  return [Math.min(...counts), Math.max(...counts)];
}

function groupBy(items: readonly Prepared[], key: (item: Prepared) => string): Map<string, Prepared[]> {
  const groups = new Map<string, Prepared[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const incidentKey = (claim: ClaimView) =>
  claim.incidentId !== null
    ? `i${claim.incidentId}`
    : claim.storyId !== null
      ? `s${claim.storyId}`
      : `c${claim.id}`;

function incidentFigure(key: string, group: Prepared[]): IncidentFigure {
  const only = group.length === 1 ? group[0] : undefined;
  if (only) {
    // Most incidents have one figure: nothing to compare or overlap.
    const { count, civilian, qualifier } = only.claim;
    const byStatus = { civilian: 0, military: 0, unknown: 0 };
    byStatus[civilian] = count;
    const upperOnly = BOUND_OF[qualifier] === "upper";
    return { key, count, byStatus, upperOnly, contested: null, claims: [only.claim] };
  }
  const of = (status: Civilian) => figureOf(group.filter((item) => item.claim.civilian === status));
  const figures = STATUSES.map(of);
  const [civilian = 0, military = 0, unknown = 0] = figures.map((f) => f?.count ?? 0);
  const total = Math.max(unknown, civilian + military);
  let contested: [number, number] | null = null;
  for (const status of STATUSES) {
    contested ??= contestedRange(group.filter((item) => item.claim.civilian === status));
  }
  return {
    key,
    count: total,
    byStatus: { civilian, military, unknown: total - civilian - military },
    upperOnly: figures.every((f) => f === null || f.upperOnly),
    contested,
    claims: group.map((item) => item.claim),
  };
}

/** Single-incident figures as daily bars per party and kind (items sorted by time). */
export function incidentBars(items: readonly Prepared[]): DailyBar[] {
  const groups = groupBy(items, (i) => `${i.claim.party}|${i.claim.kind}|${incidentKey(i.claim)}`);
  const bars = new Map<string, DailyBar>();
  for (const [key, group] of groups) {
    const first = group[0];
    if (!first) continue;
    const { party, kind } = first.claim;
    const barKey = `${first.day.key}|${party}|${kind}`;
    let bar = bars.get(barKey);
    if (!bar) {
      bar = {
        day: first.day.key,
        t: first.day.start,
        party,
        kind,
        total: 0,
        byStatus: { civilian: 0, military: 0, unknown: 0 },
        incidents: [],
      };
      bars.set(barKey, bar);
    }
    const figure = incidentFigure(key, group);
    bar.incidents.push(figure);
    bar.total += figure.count;
    for (const status of STATUSES) bar.byStatus[status] += figure.byStatus[status];
  }
  return [...bars.values()].sort((a, b) => a.t - b.t);
}

/** Days on which running tolls about one party, kind and status contradict each other. */
export function tollContests(items: readonly Prepared[]): Contest[] {
  const groups = groupBy(items, (i) => `${i.claim.party}|${i.claim.kind}|${i.claim.civilian}|${i.day.key}`);
  const contests: Contest[] = [];
  for (const [id, group] of groups) {
    const range = contestedRange(group);
    const first = group[0];
    if (!range || !first) continue;
    contests.push({
      id,
      day: first.day.key,
      t: first.day.start,
      party: first.claim.party,
      kind: first.claim.kind,
      civilian: first.claim.civilian,
      min: range[0],
      max: range[1],
      claimants: [...new Set(group.map((item) => item.claimant))],
      claims: group.map((item) => item.claim),
    });
  }
  return contests.sort((a, b) => a.t - b.t);
}
