import type { CountQualifier } from "@/lib/types/tags";
import { lookup } from "./casualty-words";

/** The words of counts: number words, scales, vague plurals, qualifiers and month names. */

export const UNITS: Record<string, number> = lookup({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

export const SCALES: Record<string, number> = lookup({ hundred: 100, thousand: 1000, million: 1_000_000 });

/**
 * Vague plural words, mapped the way conflict-event coders do it: to the smallest number the word can
 * honestly stand for (tens 10, dozens 12, scores 20, hundreds 100, thousands 1000).
 */
export const VAGUE: Record<string, number> = lookup({
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1_000_000,
});

export const HEADLINE_KILL = new Set(["kills", "killed", "kill", "killing", "wipes", "wounds", "injures"]);

/** Qualifier phrases, longest first, as token sequences of normalised words. */
export const QUALIFIERS: Array<[string[], CountQualifier]> = [
  [["no", "fewer", "than"], "at least"],
  [["no", "less", "than"], "at least"],
  [["a", "minimum", "of"], "at least"],
  [["at", "least"], "at least"],
  [["more", "than"], "more than"],
  [["upwards", "of"], "more than"],
  [["in", "excess", "of"], "more than"],
  [["over"], "more than"],
  [["as", "many", "as"], "up to"],
  [["up", "to"], "up to"],
  [["fewer", "than"], "up to"],
  [["less", "than"], "up to"],
  [["close", "to"], "about"],
  [["approx", "."], "about"],
  [["approx"], "about"],
  [["~"], "about"],
  [["≈"], "about"],
  // "c. 40", "ca. 40", "circa 40": circa.
  [["c", "."], "about"],
  [["ca", "."], "about"],
  [["circa"], "about"],
  [["est", "."], "about"],
  [["an", "estimated"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["approximately"], "about"],
  [["roughly"], "about"],
  [["nearly"], "about"],
  [["almost"], "about"],
  [["some"], "about"],
  [["estimated"], "about"],
];

/** The qualifiers by their first word, longest first within each word. */
export const QUALIFIERS_BY_FIRST = new Map<string, Array<[string[], CountQualifier]>>();
for (const entry of QUALIFIERS) {
  const key = entry[0][0] ?? "";
  QUALIFIERS_BY_FIRST.set(key, [...(QUALIFIERS_BY_FIRST.get(key) ?? []), entry]);
}

export const MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);
