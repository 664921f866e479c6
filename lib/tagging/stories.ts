import type { CasualtyClaim } from "@/lib/types/tags";
import { fold } from "./text";

/** The words of a title and lead that identify a story, as a set of word and word-pair shingles. */
export interface StorySignature {
  words: string[];
  pairs: string[];
  /** Figures in the title: the daily update "31 more deaths" is not the story "45 more deaths". */
  figures: string[];
}

const STOP = new Set(
  `a an the of in on at to for from by with and or but as is are was were be been has have had it its this that
   these those after over into than then their they he she his her we our says said say will would could
   about amid near new more up out also says`.split(/\s+/),
);

/** How much of the lead takes part: the first sentences carry the story, the rest is background. */
const LEAD_CHARS = 400;

/** Build a story signature from a title and the start of the text. */
export function storySignature(title: string, lead: string): StorySignature {
  const words = fold(`${title} ${lead.slice(0, LEAD_CHARS)}`)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((x) => x.length > 1 && !STOP.has(x));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  const figures = [...new Set(fold(title).match(/\d[\d,.]*/g) ?? [])]
    .map((f) => f.replace(/[,.]$/, ""))
    .sort();
  return { words: [...new Set(words)].sort(), pairs: [...pairs].sort(), figures };
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared / (a.length + b.length - shared);
}

/** Similarity of two signatures in [0, 1]: the mean of word and word-pair Jaccard indices. */
export function storySimilarity(a: StorySignature, b: StorySignature): number {
  return (jaccard(a.words, b.words) + jaccard(a.pairs, b.pairs)) / 2;
}

/** Threshold tuned so that rewrites of one wire story match and two stories about one town do not. */
export const SAME_STORY_THRESHOLD = 0.35;

/** Do two articles tell the same story (near-duplicate title and lead)? */
export function sameStory(a: StorySignature, b: StorySignature, threshold = SAME_STORY_THRESHOLD): boolean {
  if (a.figures.length > 0 && b.figures.length > 0 && !a.figures.some((f) => b.figures.includes(f)))
    return false;
  return storySimilarity(a, b) >= threshold;
}

/**
 * Group articles into story clusters (single linkage). Returns each article's cluster id: the id of the
 * first article of its cluster in input order.
 */
export function clusterStories(
  items: Array<{ id: string; title: string; lead: string }>,
): Map<string, string> {
  const sigs = items.map((i) => storySignature(i.title, i.lead));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sigs[i];
      const b = sigs[j];
      if (a && b && sameStory(a, b)) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const out = new Map<string, string>();
  items.forEach((item, i) => {
    out.set(item.id, items[find(i)]?.id ?? item.id);
  });
  return out;
}

/** A casualty claim as reported once by one source within one story cluster. */
export interface SourcedClaim {
  storyId: string;
  source: string;
  claim: CasualtyClaim;
}

/** One claim of a story cluster with every source that repeated it. */
export interface ClusterClaim extends CasualtyClaim {
  storyId: string;
  sources: string[];
}

function sameClaim(a: CasualtyClaim, b: CasualtyClaim): boolean {
  return (
    a.kind === b.kind &&
    a.count === b.count &&
    (a.party === b.party || a.party === null || b.party === null) &&
    (a.claimedBy === b.claimedBy || a.claimedBy === null || b.claimedBy === null) &&
    (a.civilian === b.civilian || a.civilian === "unknown" || b.civilian === "unknown")
  );
}

/**
 * A figure repeated across a story cluster is one claim with several sources, not several claims.
 * Claims are merged within a cluster only; what one copy leaves open (party, claimant, status) is filled
 * from another, never overwritten.
 */
export function dedupeClaims(items: SourcedClaim[]): ClusterClaim[] {
  const out: ClusterClaim[] = [];
  for (const { storyId, source, claim } of items) {
    const hit = out.find((o) => o.storyId === storyId && sameClaim(o, claim));
    if (!hit) {
      out.push({ ...claim, storyId, sources: [source] });
      continue;
    }
    if (!hit.sources.includes(source)) hit.sources.push(source);
    hit.party ??= claim.party;
    hit.claimedBy ??= claim.claimedBy;
    if (hit.civilian === "unknown") hit.civilian = claim.civilian;
    hit.cumulative ||= claim.cumulative;
  }
  return out;
}
