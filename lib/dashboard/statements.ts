import type { ActorInfo, DashboardContext } from "../types/dashboard";
import type { SourceRef, StatementView } from "../types/facts";
import { cachedNameKeys, foldQuery, nameMatches } from "./statements-fold";

/** The actor filter's value for statements whose speaker has no known affiliation. */
export const UNAFFILIATED = "(none)";

/** The statement panel's own narrowing, on top of the shared filter bar. */
export interface StatementFilter {
  /** An actor id, UNAFFILIATED, or "" for every actor. */
  actor: string;
  /** Words of the speaker's name or role, in any common spelling; "" for every speaker. */
  speaker: string;
}

export const NO_STATEMENT_FILTER: StatementFilter = { actor: "", speaker: "" };

/** Newest first by report time; ties (one article's statements) in the order they were stored, last first. */
export function sortNewestFirst(statements: readonly StatementView[]): StatementView[] {
  const keyed = statements.map((statement) => ({ statement, at: Date.parse(statement.reportedAt) || 0 }));
  keyed.sort((a, b) => b.at - a.at || b.statement.seq - a.statement.seq);
  return keyed.map((entry) => entry.statement);
}

/** Applies the panel's actor and speaker filters; the speaker words match names in any transliteration. */
export function filterStatements(
  statements: readonly StatementView[],
  filter: StatementFilter,
): StatementView[] {
  const query = foldQuery(filter.speaker);
  if (!filter.actor && !query) return [...statements];
  return statements.filter(
    (s) =>
      (!filter.actor || (s.affiliation ?? UNAFFILIATED) === filter.actor) &&
      (nameMatches(query, s.speaker) || nameMatches(query, s.role)),
  );
}

export interface Option {
  value: string;
  label: string;
  count: number;
}

/** The actors present among the statements, most quoted first, for the panel's actor filter. */
export function actorOptions(
  statements: readonly StatementView[],
  actors: Record<string, ActorInfo>,
): Option[] {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const key = s.affiliation ?? UNAFFILIATED;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({
      value,
      label: value === UNAFFILIATED ? "No known affiliation" : (actors[value]?.name ?? value),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * Speakers present, most quoted first, one entry per name however it is spelt (the first spelling seen
 * is the label), for suggestions under the speaker search.
 */
export function speakerOptions(statements: readonly StatementView[], limit = 50): Option[] {
  const byKey = new Map<string, Option>();
  for (const s of statements) {
    const key = cachedNameKeys(s.speaker)[0] ?? s.speaker;
    const known = byKey.get(key);
    if (known) known.count += 1;
    else byKey.set(key, { value: s.speaker, label: s.speaker, count: 1 });
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

const outletKey = (source: SourceRef) => source.outlet ?? source.feedName;

/**
 * What the "+N" button says about the sources beyond the first: other outlets when there are some, else
 * further articles of the same outlet; null when there is only one source.
 */
export function moreSources(sources: readonly SourceRef[]): { count: number; label: string } | null {
  const [first, ...rest] = sources;
  if (!first || rest.length === 0) return null;
  const others = new Set(rest.map(outletKey));
  others.delete(outletKey(first));
  if (others.size > 0)
    return { count: others.size, label: `+${others.size} outlet${others.size === 1 ? "" : "s"}` };
  return { count: rest.length, label: `+${rest.length} more article${rest.length === 1 ? "" : "s"}` };
}

/** Renders at most `limit` entries; the rest wait behind a "Show more" button. */
export function capList<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  const shown = items.slice(0, Math.max(0, limit));
  return { shown, hidden: items.length - shown.length };
}

/** How many entries one "Show more" adds, and how many are painted at first. */
export const PAGE_SIZE = 100;

/**
 * The colour order of actors, the same rule as the casualty chart's: the sides of the conflict first,
 * as the actor lexicon lists them (when the context carries them), so a side keeps its colour everywhere.
 */
export function sideOrder(
  context: Pick<DashboardContext, "actors"> & { opponents?: Record<string, readonly string[]> },
): string[] {
  return Object.keys(context.opponents ?? {});
}
