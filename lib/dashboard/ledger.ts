/**
 * The casualty ledger: claims arranged the way an analyst would defend them in public.
 *
 * Series. A running toll (claim.cumulative) belongs to one series per suffering party, kind, status
 * (civilian / military / unknown) and claimant relation (own report, other side's claim, independent; see
 * ledger-relation.ts). A series is a step line over time whose value is the highest credible figure
 * reported so far. Figures are never summed across articles.
 * - The same figure repeated (same count and kind of bound, whoever repeats it) is one point, at the
 *   time it was first reported; its sources are the union of the claims behind it.
 * - A later figure higher than the highest so far raises the step (a claimant's newer, higher toll
 *   supersedes its older one).
 * - A later figure lower than the highest so far does not lower the step: tolls are running totals, so
 *   a lower one is an older figure quoted late or a correction. It is kept as a point flagged "below",
 *   so a reader sees it rather than it being silently dropped.
 * Qualifiers. "exact" and "about" are values. "at least" and "more than" are lower bounds: they raise the
 * step (what is claimed is at least that). "up to" is an upper bound: drawn as a point, never raising the
 * step, since it does not say that many died. A vague word ("hundreds", counted at the tagger's floor,
 * 100) is drawn as a hollow point labelled with the word and does not raise the step either.
 *
 * Daily bars. Single-incident figures (not cumulative) become bars per calendar day (region zone) and
 * party + kind. Claims arrive deduplicated per story; several stories about one incident are grouped by
 * the incident (else the story, else the claim), and an incident counts once, on the day it was first
 * reported, with its highest credible figure per status. A bar is the sum over distinct incidents that
 * day. Within one incident, an unknown-status figure and civilian/military ones overlap, so the incident
 * counts max(unknown, civilian + military). Only if an incident has nothing but "up to" figures does an
 * upper bound count, flagged as such.
 *
 * Contested. For running tolls, claims about one party, kind and status reported the same day by
 * different claimants (each at its highest figure that day) are compared as intervals: exact n is
 * [n, n], about n is [0.9n, 1.1n], lower bounds and vague floors are [n, ∞), up to n is [0, n]. When the
 * intervals share no value, that day gets a contested range (lowest to highest figure). The same test
 * marks an incident whose claimants disagree.
 */
import type { ClaimView } from "../types/facts";
import type { CasualtyKind, Civilian, CountQualifier } from "../types/tags";
import { incidentBars, type Prepared, tollContests } from "./ledger-bars";
import { BOUND_OF } from "./ledger-bounds";
import {
  type ClaimantRelation,
  claimantOf,
  type LedgerContext,
  partyOrder,
  relationOf,
  sidesOf,
} from "./ledger-relation";
import { type Day, dayClock } from "./ledger-time";

export type { ClaimantRelation, LedgerContext } from "./ledger-relation";

/** How a point stands to its series' step: raised or held it, lower than it, or not a credible figure. */
export type PointRole = "step" | "below" | "bound" | "vague";

/** One figure of a series: a distinct count, with every claim that reported it. */
export interface LedgerPoint {
  t: number;
  count: number;
  qualifier: CountQualifier;
  vagueWord: string | null;
  role: PointRole;
  claims: ClaimView[];
  claimants: Array<string | null>;
}

export interface LedgerSeries {
  /** Stable key: party|kind|status|relation. */
  id: string;
  party: string | null;
  kind: CasualtyKind;
  civilian: Civilian;
  relation: ClaimantRelation;
  claimants: Array<string | null>;
  points: LedgerPoint[];
  /** The step line: each time the highest credible figure rose, and to what. */
  steps: Array<{ t: number; value: number }>;
  /** The point that set the current step (null when the series has only bounds or vague words). */
  top: LedgerPoint | null;
}

/** One incident's figure within a daily bar. */
export interface IncidentFigure {
  key: string;
  count: number;
  byStatus: Record<Civilian, number>;
  /** Only "up to" figures were given. */
  upperOnly: boolean;
  /** Lowest and highest figure when the claimants disagree. */
  contested: [number, number] | null;
  claims: ClaimView[];
}

export interface DailyBar {
  day: string;
  t: number;
  party: string | null;
  kind: CasualtyKind;
  total: number;
  byStatus: Record<Civilian, number>;
  incidents: IncidentFigure[];
}

/** A day on which the claims about one party, kind and status contradict each other. */
export interface Contest {
  id: string;
  day: string;
  t: number;
  party: string | null;
  kind: CasualtyKind;
  civilian: Civilian;
  min: number;
  max: number;
  claimants: Array<string | null>;
  claims: ClaimView[];
}

export interface Ledger {
  series: LedgerSeries[];
  bars: DailyBar[];
  contests: Contest[];
  /** Parties in colour order. */
  parties: string[];
  /** Report times of every claim, ascending, to count what a window holds. */
  times: number[];
}

function addToSeries(series: LedgerSeries, item: Prepared, byFigure: Map<string, LedgerPoint>): void {
  const { claim } = item;
  const bound = BOUND_OF[claim.qualifier];
  const figureKey = `${claim.count}|${bound}`;
  const known = byFigure.get(figureKey);
  if (known) {
    // The same figure again is the same point, however many articles or days repeat it.
    known.claims.push(claim);
    if (!known.claimants.includes(item.claimant)) known.claimants.push(item.claimant);
    return;
  }
  const highest = series.steps.at(-1)?.value ?? Number.NEGATIVE_INFINITY;
  const credible = bound === "value" || bound === "lower";
  const role: PointRole = !credible
    ? bound === "vague"
      ? "vague"
      : "bound"
    : claim.count >= highest
      ? "step"
      : "below";
  const point: LedgerPoint = {
    t: item.t,
    count: claim.count,
    qualifier: claim.qualifier,
    vagueWord: claim.vagueWord,
    role,
    claims: [claim],
    claimants: [item.claimant],
  };
  byFigure.set(figureKey, point);
  series.points.push(point);
  if (!series.claimants.includes(item.claimant)) series.claimants.push(item.claimant);
  // At an equal count the first figure stands: "31" is not replaced by a later "at least 31".
  if (role === "step" && claim.count > highest) {
    series.steps.push({ t: item.t, value: claim.count });
    series.top = point;
  }
}

/**
 * What the ledger derives from each claim, kept per context and claim object: the live client keeps the
 * same objects across pushes, so a rebuild after a push only prepares the new claims.
 */
const preparedCache = new WeakMap<
  LedgerContext,
  { dayOf: (ms: number) => Day; byClaim: WeakMap<ClaimView, Prepared> }
>();

function preparer(context: LedgerContext): (claim: ClaimView) => Prepared {
  let cache = preparedCache.get(context);
  if (!cache) {
    cache = { dayOf: dayClock(context.timeZone), byClaim: new WeakMap() };
    preparedCache.set(context, cache);
  }
  const { dayOf, byClaim } = cache;
  return (claim) => {
    const known = byClaim.get(claim);
    if (known) return known;
    const t = Date.parse(claim.reportedAt);
    const item = { claim, t, day: dayOf(t), claimant: claimantOf(claim, context) };
    byClaim.set(claim, item);
    return item;
  };
}

/**
 * Builds the whole ledger from claims (any order). Independent of the time window and the clock, so it
 * is computed once per change of the claims; ledger-view.ts cuts it to a window.
 */
export function buildLedger(claims: readonly ClaimView[], context: LedgerContext): Ledger {
  const sides = sidesOf(claims, context);
  const prepared: Prepared[] = claims.map(preparer(context));
  prepared.sort((a, b) => a.t - b.t || a.claim.id - b.claim.id);

  const series = new Map<string, LedgerSeries>();
  const figures = new Map<string, Map<string, LedgerPoint>>();
  const tolls: Prepared[] = [];
  const incidents: Prepared[] = [];
  for (const item of prepared) {
    const { claim } = item;
    if (!claim.cumulative) {
      incidents.push(item);
      continue;
    }
    tolls.push(item);
    const relation = relationOf(claim.party, item.claimant, sides);
    const id = `${claim.party ?? "-"}|${claim.kind}|${claim.civilian}|${relation}`;
    let entry = series.get(id);
    let byFigure = figures.get(id);
    if (!entry || !byFigure) {
      const { party, kind, civilian } = claim;
      entry = { id, party, kind, civilian, relation, claimants: [], points: [], steps: [], top: null };
      byFigure = new Map();
      series.set(id, entry);
      figures.set(id, byFigure);
    }
    addToSeries(entry, item, byFigure);
  }
  const parties = partyOrder(
    claims.map((c) => c.party),
    context,
  );
  return {
    series: [...series.values()],
    bars: incidentBars(incidents),
    contests: tollContests(tolls),
    parties,
    times: prepared.map((item) => item.t),
  };
}
