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
 */
export function relevanceModel(relevance: RegionProfile["relevance"]): RelevanceModel {
  const weights = new Map(relevance.terms.map((t) => [t.term.toLocaleLowerCase(), t.weight]));
  const alternatives = [...weights.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const found = (text: string) =>
    new Set(Array.from(text.matchAll(pattern), (m) => m[0].toLocaleLowerCase()));

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
