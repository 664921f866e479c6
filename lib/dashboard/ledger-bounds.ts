import type { CountQualifier } from "../types/tags";

/** What a qualified count asserts: a value, a floor, a ceiling, or a vague word counted at its floor. */
export type Bound = "value" | "lower" | "upper" | "vague";

export const BOUND_OF: Record<CountQualifier, Bound> = {
  exact: "value",
  about: "value",
  "at least": "lower",
  "more than": "lower",
  "up to": "upper",
  vague: "vague",
};

/** The range of counts a qualified figure allows, for the contested test. */
export function intervalOf(count: number, qualifier: CountQualifier): [number, number] {
  if (qualifier === "about") return [count * 0.9, count * 1.1];
  const bound = BOUND_OF[qualifier];
  if (bound === "lower" || bound === "vague") return [count, Number.POSITIVE_INFINITY];
  if (bound === "upper") return [0, count];
  return [count, count];
}

/** True when figures (one per claimant) cannot all be true at once. */
export function disagree(figures: ReadonlyArray<{ count: number; qualifier: CountQualifier }>): boolean {
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  for (const figure of figures) {
    const [lo, hi] = intervalOf(figure.count, figure.qualifier);
    low = Math.max(low, lo);
    high = Math.min(high, hi);
  }
  return low > high;
}
