import path from "node:path";
import { findPlaces, loadGazetteer } from "@/lib/geo";
import type { ArticleTags, TagInput } from "@/lib/types/tags";
import { DEFAULT_DATA_DIR, loadLexicon } from "./load-lexicon";
import { tagArticle } from "./tagger";

export type { ActorEntry, ActorLexiconFile, PersonEntry } from "./lexicon-schema";
export { actorLexiconFileSchema, actorSchema, personSchema } from "./lexicon-schema";
export { type PlaceFinder, tagArticle } from "./tagger";

/** A loaded tagging engine: `tag` is pure and reuses the lexicon and gazetteer loaded once. */
export interface Tagger {
  regionId: string;
  /** Milliseconds spent loading the gazetteer and the actor lexicon. */
  loadMs: number;
  tag(input: TagInput): ArticleTags;
}

/** Load the actor lexicon and the gazetteer for a region profile (all file I/O happens here, once). */
export function loadTagger(opts: { regionId?: string; dataDir?: string } = {}): Tagger {
  const started = performance.now();
  const regionId = opts.regionId ?? "south-caucasus";
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const lex = loadLexicon(dataDir, regionId);
  const gaz = loadGazetteer({ regionId, dataDir });
  const places = (text: string) => findPlaces(gaz, text, { regionId });
  const loadMs = performance.now() - started;
  return { regionId, loadMs, tag: (input) => tagArticle(lex, places, input) };
}
