/** Turns evaluation results into the plain-text report score-tagging prints. */
import { EVENT_TYPES } from "@/lib/types/tags";
import type { Counts, GoldCasualty, GoldPlace, GoldStatement, Matching } from "./match";
import { prf } from "./match";
import {
  CATEGORIES,
  type Category,
  casualtyFieldAccuracy,
  countResults,
  type ItemResult,
  placeRoleAccuracy,
} from "./run";

/** The F1 each category should reach (from the issue); actors and event types have none yet. */
export const TARGETS: Partial<Record<Category, number>> = { casualties: 0.9, places: 0.9, statements: 0.85 };

const fmt = (x: number | null) => (x === null ? "  -  " : x.toFixed(3));
const pad = (s: string, n: number) => s.padEnd(n);

export function categoryTable(results: readonly ItemResult[]): string[] {
  const counts = countResults(results);
  const lines = [
    `${pad("category", 12)} ${pad("P", 6)} ${pad("R", 6)} ${pad("F1", 6)} ${pad("target", 8)} tp/fp/fn`,
  ];
  for (const c of CATEGORIES) {
    const { precision, recall, f1 } = prf(counts[c]);
    const target = TARGETS[c];
    const verdict = target === undefined || f1 === null ? "" : f1 >= target ? " ok" : " below";
    const t = target === undefined ? "-" : `>=${target.toFixed(2)}`;
    const { tp, fp, fn } = counts[c];
    lines.push(
      `${pad(c, 12)} ${fmt(precision)}  ${fmt(recall)}  ${fmt(f1)}  ${pad(t, 8)} ${tp}/${fp}/${fn}${verdict}`,
    );
  }
  return lines;
}

/** One line per group: the F1 of each category. An item may belong to several groups (phenomena). */
export function breakdown(
  results: readonly ItemResult[],
  key: (r: ItemResult) => string | string[],
): string[] {
  const groups = new Map<string, ItemResult[]>();
  for (const r of results) {
    const keys = key(r);
    for (const k of Array.isArray(keys) ? keys : [keys]) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const lines: string[] = [];
  for (const [k, rs] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const counts = countResults(rs);
    const cells = CATEGORIES.map((c) => `${c} ${fmt(prf(counts[c]).f1)}`);
    lines.push(`  ${pad(`${k} (${rs.length})`, 30)} ${cells.join("  ")}`);
  }
  return lines;
}

/**
 * Precision, recall and F1 of each event type over all items, in the taxonomy's order; a label outside
 * the taxonomy (from either side) is listed after it.
 */
export function eventTypeTable(results: readonly ItemResult[]): string[] {
  const counts = new Map<string, Counts>(EVENT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const at = (t: string) => {
    let c = counts.get(t);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(t, c);
    }
    return c;
  };
  for (const r of results) {
    for (const [t] of r.eventTypes.pairs) at(t).tp++;
    for (const t of r.eventTypes.spurious) at(t).fp++;
    for (const t of r.eventTypes.missed) at(t).fn++;
  }
  const lines = [`  ${pad("event type", 26)} ${pad("P", 6)} ${pad("R", 6)} ${pad("F1", 6)} tp/fp/fn`];
  for (const [t, c] of counts) {
    const { precision, recall, f1 } = prf(c);
    lines.push(`  ${pad(t, 26)} ${fmt(precision)}  ${fmt(recall)}  ${fmt(f1)}  ${c.tp}/${c.fp}/${c.fn}`);
  }
  return lines;
}

export function fieldLines(results: readonly ItemResult[]): string[] {
  const acc = casualtyFieldAccuracy(results);
  const total = acc[0]?.total ?? 0;
  const ratio = (c: number, t: number) => (t === 0 ? "-" : `${(c / t).toFixed(3)} (${c}/${t})`);
  const role = placeRoleAccuracy(results);
  return [
    `Casualty fields on ${total} matched pairs:`,
    ...acc.map((a) => `  ${pad(a.field, 11)} ${ratio(a.correct, a.total)}`),
    `Place role on ${role.total} matched pairs: ${ratio(role.correct, role.total)}`,
  ];
}

const cas = (c: GoldCasualty) =>
  `${c.kind} ${c.count} (${c.qualifier}, ${c.civilian}, party ${c.party ?? "?"}, by ${c.claimedBy ?? "?"}, ${c.cumulative ? "cumulative" : "single"})`;
const place = (p: GoldPlace) =>
  `${p.name} [${p.type} ${p.country} ${p.lat.toFixed(2)},${p.lon.toFixed(2)} ${p.role}]`;
const stmt = (s: GoldStatement) => `${s.speaker}${s.direct ? "" : " (reported)"}: "${s.quote}"`;

function diff<T>(label: string, m: Matching<T, T>, show: (x: T) => string): string[] {
  return [
    ...m.missed.map((x) => `  ${label} missed:   ${show(x)}`),
    ...m.spurious.map((x) => `  ${label} spurious: ${show(x)}`),
  ];
}

/** Misses and false positives of every item that has any. */
export function verboseLines(results: readonly ItemResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const lines = [
      ...(r.error ? [`  error: ${r.error}`] : []),
      ...diff("casualty", r.casualties, cas),
      ...diff("place", r.places, place),
      ...diff("statement", r.statements, stmt),
      ...diff("actor", r.actors, String),
      ...diff("event", r.eventTypes, String),
    ];
    if (lines.length)
      out.push(`${r.item.id} [${r.item.conflict}, ${r.item.style}] ${r.item.title}`, ...lines);
  }
  return out;
}
