/**
 * Runs a tagger over the evaluation set and matches its output against the labels. Pure apart from
 * calling the tagger; the CLI (scripts/score-tagging.ts) does the loading and printing.
 */
import { z } from "zod";
import type { GoldItem } from "./eval-set";
import {
  CASUALTY_FIELDS,
  type Counts,
  type GoldCasualty,
  type GoldPlace,
  type GoldStatement,
  type Matching,
  matchCasualties,
  matchPlaces,
  matchSets,
  matchStatements,
} from "./match";

/** What the scorer needs from the engine: lib/tagging's Tagger satisfies it. */
export interface TaggerLike {
  tag(input: { id?: string; title: string; text: string; published?: string; source?: string }): unknown;
}

// The engine's output is checked, not trusted: a malformed tag is reported, never silently scored.
const predictedSchema = z.object({
  casualties: z.array(
    z.object({
      kind: z.string(),
      count: z.number(),
      qualifier: z.string(),
      civilian: z.string(),
      party: z.string().nullable(),
      claimedBy: z.string().nullable(),
      cumulative: z.boolean(),
    }),
  ),
  places: z.array(
    z.object({
      name: z.string(),
      lat: z.number(),
      lon: z.number(),
      type: z.string(),
      country: z.string(),
      role: z.string(),
    }),
  ),
  statements: z.array(
    z.object({
      speaker: z.string(),
      role: z.string().nullable(),
      affiliation: z.string().nullable(),
      quote: z.string(),
      direct: z.boolean(),
    }),
  ),
  actors: z.array(z.string()),
  eventTypes: z.array(z.string()),
});

export const CATEGORIES = ["casualties", "places", "statements", "actors", "eventTypes"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ItemResult {
  item: GoldItem;
  casualties: Matching<GoldCasualty, GoldCasualty>;
  places: Matching<GoldPlace, GoldPlace>;
  statements: Matching<GoldStatement, GoldStatement>;
  actors: Matching<string, string>;
  eventTypes: Matching<string, string>;
  /** Set when the tagger threw or returned a malformed result; the item then counts as tagged empty. */
  error?: string;
}

const EMPTY = { casualties: [], places: [], statements: [], actors: [], eventTypes: [] };

export function scoreItem(item: GoldItem, tagger: TaggerLike): ItemResult {
  let predicted: z.infer<typeof predictedSchema> = EMPTY;
  let error: string | undefined;
  try {
    const out = tagger.tag({
      id: item.id,
      title: item.title,
      text: item.text,
      published: item.published,
      source: item.source,
    });
    const parsed = predictedSchema.safeParse(out);
    if (parsed.success) predicted = parsed.data;
    else error = `malformed tags: ${parsed.error.message.slice(0, 300)}`;
  } catch (err) {
    error = `tagger threw: ${err instanceof Error ? err.message : String(err)}`;
  }
  const gold = item.expected;
  return {
    item,
    casualties: matchCasualties(gold.casualties, predicted.casualties),
    places: matchPlaces(gold.places, predicted.places),
    statements: matchStatements(gold.statements, predicted.statements),
    actors: matchSets(gold.actors, predicted.actors),
    eventTypes: matchSets(gold.eventTypes, predicted.eventTypes),
    ...(error ? { error } : {}),
  };
}

export type CategoryCounts = Record<Category, Counts>;

export function countResults(results: readonly ItemResult[]): CategoryCounts {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as CategoryCounts;
  for (const r of results) {
    for (const c of CATEGORIES) {
      const m = r[c];
      out[c].tp += m.pairs.length;
      out[c].fp += m.spurious.length;
      out[c].fn += m.missed.length;
    }
  }
  return out;
}

export interface FieldAccuracy {
  field: string;
  correct: number;
  total: number;
}

/** How often matched casualty pairs agree on each secondary field. */
export function casualtyFieldAccuracy(results: readonly ItemResult[]): FieldAccuracy[] {
  return CASUALTY_FIELDS.map((field) => {
    let correct = 0;
    let total = 0;
    for (const r of results)
      for (const [e, p] of r.casualties.pairs) {
        total++;
        if (e[field] === p[field]) correct++;
      }
    return { field, correct, total };
  });
}

/** How often matched places agree on their role (incident or mentioned). */
export function placeRoleAccuracy(results: readonly ItemResult[]): FieldAccuracy {
  let correct = 0;
  let total = 0;
  for (const r of results)
    for (const [e, p] of r.places.pairs) {
      total++;
      if (e.role === p.role) correct++;
    }
  return { field: "role", correct, total };
}
