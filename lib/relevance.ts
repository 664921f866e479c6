import type { RegionProfile } from "./config/schema";
import type { Relevance } from "./types/article";

export interface RelevanceModel {
  threshold: number;
  score(title: string, text: string): Relevance;
}

function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Scores how much an item concerns the region: each profile term found counts its weight once, twice
 * when it is in the title. The reason lists the terms, so an editor can see why an item was kept.
 * A term ending in `*` matches any word it begins ("Карабах*" finds "Карабахе"), for inflected languages.
 */
export function relevanceModel(relevance: RegionProfile["relevance"]): RelevanceModel {
  const weights = new Map<string, number>();
  const exact: string[] = [];
  const prefixes: string[] = [];
  for (const { term, weight } of relevance.terms) {
    const folded = term.toLocaleLowerCase();
    const isPrefix = folded.endsWith("*");
    const stem = isPrefix ? folded.slice(0, -1) : folded;
    weights.set(stem, weight);
    (isPrefix ? prefixes : exact).push(stem);
  }
  const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const alternatives = [...longestFirst(exact)];
  if (prefixes.length) alternatives.unshift(`(?<stem>${longestFirst(prefixes).join("|")})[\\p{L}\\p{M}]*`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const found = (text: string) =>
    new Set(Array.from(text.matchAll(pattern), (m) => (m.groups?.stem ?? m[0]).toLocaleLowerCase()));

  return {
    threshold: relevance.threshold,
    score(title, text) {
      const inTitle = found(title);
      const terms = new Set([...inTitle, ...found(text)]);
      let score = 0;
      const parts: string[] = [];
      for (const term of terms) {
        const weight = (weights.get(term) ?? 0) * (inTitle.has(term) ? 2 : 1);
        score += weight;
        parts.push(`${term} +${weight}`);
      }
      return { score, reason: parts.length ? parts.join(", ") : "no region terms" };
    },
  };
}
