/**
 * Pure matching rules of the tagging evaluation: when a predicted tag counts as the expected one.
 * Every category is matched one-to-one and greedily (best-scoring pair first), so that one prediction
 * can never satisfy two expectations.
 */

/** Expected labels, as data/eval/labelled.jsonl stores them. */
export interface GoldCasualty {
  kind: string;
  count: number;
  qualifier: string;
  civilian: string;
  party: string | null;
  claimedBy: string | null;
  cumulative: boolean;
}
export interface GoldPlace {
  name: string;
  lat: number;
  lon: number;
  type: string;
  country: string;
  role: string;
}
export interface GoldStatement {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  quote: string;
  direct: boolean;
}

/** The fields of a prediction the rules read (a subset of lib/types/tags). */
export type PredCasualty = GoldCasualty;
export type PredPlace = Omit<GoldPlace, "name"> & { name: string };
export type PredStatement = GoldStatement;

export interface Matching<E, P> {
  pairs: Array<[E, P]>;
  missed: E[];
  spurious: P[];
}

/** One-to-one greedy matching: highest score first; `score` returns null when a pair may not match. */
export function greedyMatch<E, P>(
  expected: readonly E[],
  predicted: readonly P[],
  score: (e: E, p: P) => number | null,
): Matching<E, P> {
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  expected.forEach((e, i) => {
    predicted.forEach((p, j) => {
      const s = score(e, p);
      if (s !== null) candidates.push({ i, j, s });
    });
  });
  // Stable tie-break on position keeps the result deterministic.
  candidates.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[E, P]> = [];
  for (const { i, j } of candidates) {
    if (usedE.has(i) || usedP.has(j)) continue;
    usedE.add(i);
    usedP.add(j);
    pairs.push([expected[i] as E, predicted[j] as P]);
  }
  return {
    pairs,
    missed: expected.filter((_, i) => !usedE.has(i)),
    spurious: predicted.filter((_, j) => !usedP.has(j)),
  };
}

export const CASUALTY_FIELDS = ["qualifier", "civilian", "party", "claimedBy", "cumulative"] as const;

/** Casualties match on kind and count; among equals, the pair agreeing on more other fields wins. */
export function matchCasualties(expected: readonly GoldCasualty[], predicted: readonly PredCasualty[]) {
  return greedyMatch(expected, predicted, (e, p) => {
    if (e.kind !== p.kind || e.count !== p.count) return null;
    return CASUALTY_FIELDS.filter((f) => e[f] === p[f]).length;
  });
}

const EARTH_KM = 6371;
/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** How far a prediction may lie from an expected place of each precision. */
export const PLACE_TOLERANCE_KM: Record<string, number> = { city: 25, district: 100, region: 100 };

/** Countries match by ISO code; other places by distance within the expected precision's tolerance. */
export function matchPlaces(expected: readonly GoldPlace[], predicted: readonly PredPlace[]) {
  return greedyMatch(expected, predicted, (e, p) => {
    if (e.type === "country") {
      return p.type === "country" && p.country.toUpperCase() === e.country.toUpperCase() ? 0 : null;
    }
    if (p.type === "country") return null;
    const d = haversineKm(e.lat, e.lon, p.lat, p.lon);
    const tol = PLACE_TOLERANCE_KM[e.type] ?? 25;
    return d <= tol ? -d : null;
  });
}

/** Lower case, accents and Azerbaijani/Turkish letters folded, so "Çavuşoğlu" equals "Cavusoglu". */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[əǝ]/g, "e")
    .replace(/ı/g, "i")
    .replace(/defense/g, "defence");
}

export function tokens(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const STOP = new Set([
  "a",
  "an",
  "the",
  "of",
  "for",
  "s",
  "to",
  "and",
  "in",
  "on",
  "at",
  "by",
  "from",
  "with",
]);
const content = (s: string | null) => (s ? tokens(s).filter((t) => !STOP.has(t)) : []);

/** Share of the expected quote's tokens that the predicted quote contains (0..1). */
export function quoteOverlap(expected: string, predicted: string): number {
  const want = tokens(expected);
  if (want.length === 0) return 0;
  const have = new Set(tokens(predicted));
  return want.filter((t) => have.has(t)).length / want.length;
}

// "azerbaijani" should meet "azerbaijan", "ministry's" meets "ministry": a shared stem of 5+ letters.
const tokEq = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
const within = (small: string[], big: string[]) =>
  small.length > 0 && small.every((t) => big.some((u) => tokEq(t, u)));

/** Whether a label names a person or body (name) rather than only giving a role as written. */
export function speakerIsRole(e: GoldStatement): boolean {
  return e.role !== null && fold(e.speaker).trim() === fold(e.role).trim();
}

/**
 * Speaker rule: with a name, a surname match counts (either side's last word found in the other);
 * with only a role, the content words of one side must all be found in the other (speaker or role).
 */
export function speakerMatches(e: GoldStatement, p: Pick<PredStatement, "speaker" | "role">): boolean {
  const want = content(e.speaker);
  if (want.length === 0) return false;
  if (!speakerIsRole(e)) {
    const got = content(p.speaker);
    const lastWant = want[want.length - 1] as string;
    const lastGot = got[got.length - 1];
    return (
      got.some((t) => tokEq(t, lastWant)) || (lastGot !== undefined && want.some((t) => tokEq(t, lastGot)))
    );
  }
  return [content(p.speaker), content(p.role)].some((got) => within(got, want) || within(want, got));
}

export const QUOTE_THRESHOLD = 0.8;

/** Statements match when the speaker matches and the quote covers 80% of the expected quote's words. */
export function matchStatements(expected: readonly GoldStatement[], predicted: readonly PredStatement[]) {
  return greedyMatch(expected, predicted, (e, p) => {
    const overlap = quoteOverlap(e.quote, p.quote);
    if (overlap < QUOTE_THRESHOLD || !speakerMatches(e, p)) return null;
    return overlap;
  });
}

/** Set comparison for actors and event types. */
export function matchSets(expected: readonly string[], predicted: readonly string[]) {
  const e = new Set(expected);
  const p = new Set(predicted);
  return greedyMatch([...e], [...p], (a, b) => (a === b ? 1 : null));
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 from counts; null where the ratio has no denominator. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
