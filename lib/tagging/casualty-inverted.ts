import type { CasualtyKind } from "@/lib/types/tags";
import type { Match } from "./casualty-patterns";
import { nounPhrase, word } from "./casualty-phrase";
import { KIND_AFTER, MODAL_OR_NEGATION } from "./casualty-words";
import type { Doc } from "./doc";
import type { CountPhrase } from "./numbers";
import type { Token } from "./text";

/**
 * Figures written after the victims instead of before them: "Among the dead were 12 children", "Those
 * killed included 40 soldiers", "The dead number in the hundreds". The caller drops such a figure when
 * a claim of the same kind came before it in the article: then it is a breakdown of that toll.
 */

/** A group named by its kind that ends at token k: "the dead", "those wounded", "civilian deaths". */
function kindGroupEndingAt(tokens: Token[], k: number): { kind: CasualtyKind; from: number } | null {
  const w = word(tokens, k);
  const det = word(tokens, k - 1);
  if (w === "victims" && det === "the") return { kind: "killed", from: k - 1 };
  if (w === "deaths" || w === "fatalities") {
    let from = k;
    while (["civilian", "military", "the", "total"].includes(word(tokens, from - 1))) from--;
    return { kind: "killed", from };
  }
  const kind = KIND_AFTER[w];
  if (!kind || !["the", "those", "people"].includes(det)) return null;
  return { kind, from: k - 1 };
}

const COPULA = new Set(["were", "was", "are", "is"]);
const INCLUDE = new Set(["included", "include", "includes"]);
const NUMBER_VERBS = new Set([
  "number",
  "numbered",
  "numbers",
  "run",
  "ran",
  "runs",
  "are",
  "were",
  "is",
  "was",
]);

export function invertedPattern(doc: Doc, c: CountPhrase, limit: number, sentenceFrom: number): Match | null {
  const { tokens } = doc;
  const b = c.from - 1;
  const verb = word(tokens, b);
  const np = nounPhrase(doc, c.to, limit);
  if (!np || np.partOf) return null;
  // "The dead number in the hundreds", "deaths run into the thousands".
  if (c.qualifier === "vague" && word(tokens, b) === "the" && ["in", "into"].includes(word(tokens, b - 1))) {
    const v = b - 2;
    if (!NUMBER_VERBS.has(word(tokens, v))) return null;
    const g = kindGroupEndingAt(tokens, v - 1);
    if (!g || g.from < sentenceFrom) return null;
    return { kind: g.kind, np, from: g.from, to: np.end, toll: false };
  }
  if (MODAL_OR_NEGATION.has(word(tokens, b - 1))) return null;
  if (COPULA.has(verb)) {
    // "Among the dead were 12 children", "among the dead from the Hadrut fighting were 14 of its soldiers".
    for (let e = b - 1; e >= Math.max(sentenceFrom + 1, b - 8); e--) {
      const g = kindGroupEndingAt(tokens, e);
      if (!g) continue;
      if (word(tokens, g.from - 1) !== "among" || g.from - 1 < sentenceFrom) return null;
      // Only a place or time phrase may stand between: "from the Hadrut fighting", "in Ganja".
      if (e < b - 1 && !["from", "in", "at", "of", "on", "after"].includes(word(tokens, e + 1))) return null;
      return { kind: g.kind, np, from: g.from - 1, to: np.end, toll: false };
    }
    return null;
  }
  if (INCLUDE.has(verb)) {
    // "The dead included at least 9 children", "Those killed include 40 soldiers".
    const g = kindGroupEndingAt(tokens, b - 1);
    if (!g || g.from < sentenceFrom) return null;
    return { kind: g.kind, np, from: g.from, to: np.end, toll: false };
  }
  return null;
}
