import type { ArticleInput, Store } from "../../lib/db";
import type { Change } from "../../lib/types/article";
import type { ArticleTags, EventType, PlaceTag } from "../../lib/types/tags";

const TYPES: EventType[] = [
  "shelling",
  "missile-strike",
  "air-drone-strike",
  "armed-clash",
  "attack-on-civilians",
];
const PARTIES = ["AM", "AZ", "karabakh-authorities"];
const evidence = (text: string) => ({ text, start: 0, end: text.length });
const GRID_ROWS = 10;
const GRID_COLS = 14;

/** Deterministic numbers, so that every run seeds the same data. */
function rng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export interface SeedShape {
  incidents: number;
  claimsPerIncident: number;
  statements: number;
  /** Region bounds the incidents fall in. */
  bounds: { south: number; west: number; north: number; east: number };
  start: Date;
  days: number;
}

/**
 * A synthetic article per incident, written for the benchmark: one incident site, a few distinct figures,
 * and for some a statement. Each article is its own story, so nothing merges and the counts are exact.
 */
export function syntheticArticle(
  i: number,
  shape: SeedShape,
  random: () => number,
  label = "Bench",
): ArticleInput {
  const at = new Date(shape.start.getTime() + (i / shape.incidents) * shape.days * 86_400_000).toISOString();
  const { south, west, north, east } = shape.bounds;
  const place: PlaceTag = {
    id: `bench:${i}`,
    name: `Site ${i}`,
    altNames: [],
    // A grid of sites about 20 km apart: the same site comes round again only after more than a day, so
    // no two synthetic incidents merge and the stored count is exact.
    lat: south + ((i % GRID_ROWS) + 0.5) * ((north - south) / GRID_ROWS),
    lon: west + ((Math.floor(i / GRID_ROWS) % GRID_COLS) + 0.5) * ((east - west) / GRID_COLS),
    type: i % 10 === 0 ? "district" : "city",
    country: "AZ",
    role: "incident",
    evidence: evidence(`Site ${i}`),
  };
  const party = PARTIES[i % PARTIES.length] ?? "AM";
  const tags: ArticleTags = {
    casualties: Array.from({ length: shape.claimsPerIncident }, (_, k) => ({
      kind: k % 2 === 0 ? ("killed" as const) : ("injured" as const),
      // A running toll only now and then (with its own rising figure); the rest are single-incident figures.
      count: k === 1 && i % 5 === 0 ? 10 + i : 1 + ((i * 7 + k * 13) % 400),
      qualifier: "exact" as const,
      civilian: k % 3 === 0 ? ("civilian" as const) : ("military" as const),
      party,
      claimedBy: k === shape.claimsPerIncident - 1 ? (PARTIES[(i + 1) % PARTIES.length] ?? null) : party,
      cumulative: k === 1 && i % 5 === 0,
      evidence: evidence(`figure ${k}`),
    })),
    places: [place],
    statements:
      i < shape.statements
        ? [
            {
              speaker: `Spokesperson ${i % 40}`,
              role: "spokesperson",
              affiliation: party,
              quote: `Statement number ${i} about the situation at site ${i}, in words written for the benchmark.`,
              direct: i % 2 === 0,
              evidence: evidence(`Statement number ${i}`),
            },
          ]
        : [],
    actors: [party],
    eventTypes: [TYPES[i % TYPES.length] ?? "shelling"],
  };
  // Words of their own, so that no two synthetic articles look like one story (which would merge figures).
  const word = () => Math.floor(random() * 36 ** 6).toString(36);
  const title = `${label} ${i}: ${word()} ${word()} ${word()} ${word()} ${word()}`;
  return {
    key: `bench:${label}:${i}`,
    url: `https://bench.example/${label}/${i}`,
    title,
    summary: `${word()} ${word()} ${word()} ${word()}.`,
    publishedAt: at,
    fetchedAt: at,
    dateMissing: false,
    dateClamped: false,
    language: "en",
    contentHash: `${label}:${i}`,
    relevance: { score: 10, reason: "benchmark" },
    tags,
  };
}

/** Stores the synthetic articles (through the real store and its fact merging) in batches. */
export async function seed(store: Store, feedId: number, shape: SeedShape): Promise<void> {
  const random = rng(42);
  const batch = 250;
  for (let from = 0; from < shape.incidents; from += batch) {
    const articles: ArticleInput[] = [];
    for (let i = from; i < Math.min(from + batch, shape.incidents); i++)
      articles.push(syntheticArticle(i, shape, random));
    await storeArticles(store, feedId, articles);
  }
}

/** Stores articles as one successful poll of the feed would. */
export function storeArticles(store: Store, feedId: number, articles: ArticleInput[]): Promise<Change[]> {
  return store.recordPoll(feedId, {
    kind: "ok",
    etag: null,
    lastModified: null,
    feedTitle: null,
    articles,
    polledAt: new Date().toISOString(),
    nextPollAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
}

export { rng };
