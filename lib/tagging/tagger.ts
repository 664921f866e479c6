import type { ArticleTags, CasualtyClaim, PlaceTag, TagInput } from "@/lib/types/tags";
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

/**
 * One article's figure said twice (headline and body) is one claim: merge equal kind and count when
 * status and party do not contradict, keeping the first evidence and filling in what it lacked.
 */
export function mergeRepeatedClaims(claims: CasualtyClaim[]): CasualtyClaim[] {
  const out: CasualtyClaim[] = [];
  for (const c of claims) {
    const same = out.find(
      (o) =>
        o.kind === c.kind &&
        o.count === c.count &&
        (o.civilian === c.civilian || o.civilian === "unknown" || c.civilian === "unknown") &&
        (o.party === c.party || o.party === null || c.party === null) &&
        (o.claimedBy === c.claimedBy || o.claimedBy === null || c.claimedBy === null),
    );
    if (!same) {
      out.push({ ...c });
      continue;
    }
    if (same.civilian === "unknown") same.civilian = c.civilian;
    same.party ??= c.party;
    same.claimedBy ??= c.claimedBy;
    same.cumulative ||= c.cumulative;
    if (same.qualifier === "exact" && c.qualifier !== "exact") same.qualifier = c.qualifier;
  }
  return out;
}

/** Tag one article. Pure: the lexicon and the place finder are loaded beforehand. */
export function tagArticle(lex: Lexicon, places: PlaceFinder, input: TagInput): ArticleTags {
  const text = taggedText(input.title ?? "", input.text ?? "");
  const doc = buildDoc(text, lex);
  const statements = extractStatements(doc);
  const casualties = mergeRepeatedClaims(extractCasualties(doc, claimantFinder(doc, statements)));
  const actors = extractActors(doc, statements, casualties);
  const eventTypes = extractEventTypes(fold(text), casualties);
  return { casualties, places: places(text), statements, actors, eventTypes };
}
