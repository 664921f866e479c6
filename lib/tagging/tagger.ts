import type { ArticleTags, PlaceTag, TagInput } from "@/lib/types/tags";
import { taggedText } from "@/lib/types/tags";
import { extractActors } from "./actors";
import { extractCasualties } from "./casualties";
import { claimantFinder } from "./claimants";
import { buildDoc } from "./doc";
import { extractEventTypes } from "./events";
import type { Lexicon } from "./lexicon";
import { extractStatements } from "./statements";
import { fold } from "./text";

/** Finds places in the tagged text; supplied by lib/geo, injected so that the engine stays testable. */
export type PlaceFinder = (text: string) => PlaceTag[];

/** Tag one article. Pure: the lexicon and the place finder are loaded beforehand. */
export function tagArticle(lex: Lexicon, places: PlaceFinder, input: TagInput): ArticleTags {
  const text = taggedText(input.title ?? "", input.text ?? "");
  const doc = buildDoc(text, lex);
  const statements = extractStatements(doc);
  // Each mention is a claim, even a figure repeated in headline and body; repeats across articles and
  // within a story are merged downstream (stories.ts), where the sources are counted.
  const casualties = extractCasualties(doc, claimantFinder(doc, statements));
  const actors = extractActors(doc, statements, casualties);
  const eventTypes = extractEventTypes(fold(text), casualties, statements, lex.organisations);
  return { casualties, places: places(text), statements, actors, eventTypes };
}
