import type { ArticleTags, PlaceTag, TagInput } from "@/lib/types/tags";
import { taggedText } from "@/lib/types/tags";
import { extractActors } from "./actors";
import { extractCasualties, type PlacePartyFinder } from "./casualties";
import { claimantFinder } from "./claimants";
import { buildDoc, type Doc } from "./doc";
import { extractEventTypes } from "./events";
import type { Lexicon } from "./lexicon";
import { extractStatements } from "./statements";
import { fold } from "./text";

/** Finds places in the tagged text; supplied by lib/geo, injected so that the engine stays testable. */
export type PlaceFinder = (text: string) => PlaceTag[];

/**
 * In a war between states, people hurt at a place that is plainly one side's own belong to that side
 * (Ganja: AZ; Kharkiv: UA); a town held by a party other than its country goes to that party. The place
 * must be named in the claim's sentence; the one nearest to the claim wins.
 */
// Words that open another clause with its own events ("…have died after Armenia accused …").
const CLAUSE_BREAK = /\b(?:after|while|whereas|although|but)\b|;/i;

function placePartyFinder(doc: Doc, places: PlaceTag[]): PlacePartyFinder {
  return (from, to, wide = false) => {
    const tok = doc.tokens[from];
    const end = doc.tokens[to - 1]?.end ?? tok?.end ?? 0;
    const sen = tok ? doc.sentences[tok.sentence] : undefined;
    if (!tok || !sen) return null;
    // The place must belong to the claim's own clause: "killed in Ganja", "In Barda, two died"; not
    // "90 are dead after Yerevan blamed Baku for rockets fired at the region". The nearest such place
    // with a side wins.
    let inSentence = 0;
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    let last: PlaceTag | null = null;
    for (const p of places) {
      if (
        p.evidence.start < tok.start &&
        p.role === "incident" &&
        (p.type === "city" || p.type === "district" || (wide && p.type === "region"))
      )
        last = p;
      if (p.evidence.start < sen.start || p.evidence.end > sen.end || !tied(doc, p, tok.start, end)) continue;
      inSentence++;
      const distance = Math.abs(p.evidence.start - tok.start);
      if (distance >= bestDistance) continue;
      const side = sideOfPlace(doc, p);
      if (side) {
        best = side;
        bestDistance = distance;
      }
    }
    if (inSentence > 0) return best;
    // No place in the claim's sentence: the town or district where the article's last reported event
    // before it happened ("GANJA - … 12 dead, 40+ injured"), if that place is plainly one side's.
    return last ? sideOfPlace(doc, last) : null;
  };
}

/** Is the place in the claim's own clause (no clause break between them), and near it if wide? */
function tied(doc: Doc, p: PlaceTag, claimStart: number, claimEnd: number): boolean {
  const gap =
    p.evidence.start >= claimEnd
      ? doc.text.slice(claimEnd, p.evidence.start)
      : doc.text.slice(p.evidence.end, Math.max(p.evidence.end, claimStart));
  // A region or a country is too wide to stand for a side unless it sits near the claim.
  if (CLAUSE_BREAK.test(gap)) return false;
  return p.type === "city" || p.type === "district" || gap.length <= 200;
}

/** The side whose own place this is: a holder named in the lexicon, or a state at war on its land. */
function sideOfPlace(doc: Doc, p: PlaceTag): string | null {
  // A place's names are many (alternate spellings): its side is worked out once per place and spelling
  // as written, for every article the lexicon tags.
  let sides = SIDES_BY_LEXICON.get(doc.lex);
  if (!sides || sides.size > 50_000) {
    sides = new Map();
    SIDES_BY_LEXICON.set(doc.lex, sides);
  }
  const key = `${p.id}\u0000${p.evidence.text}`;
  let side = sides.get(key);
  if (side === undefined) {
    side = doc.lex.placeCountries.has(p.country) ? p.country : null;
    // Entries match a spelling of the place or the last part of its gazetteer id ("martuni-kb").
    for (const n of [p.id.split(":").pop() ?? "", p.evidence.text, p.name, ...p.altNames]) {
      const holder = doc.lex.placeHolders.get(fold(n));
      if (holder) {
        side = holder;
        break;
      }
    }
    sides.set(key, side);
  }
  return side;
}

/** Sides by place id and spelling, per lexicon: the same for every article. */
const SIDES_BY_LEXICON = new WeakMap<Doc["lex"], Map<string, string | null>>();

/** Tag one article. Pure: the lexicon and the place finder are loaded beforehand. */
export function tagArticle(lex: Lexicon, places: PlaceFinder, input: TagInput): ArticleTags {
  const text = taggedText(input.title ?? "", input.text ?? "");
  const doc = buildDoc(text, lex);
  const statements = extractStatements(doc);
  const found = places(text);
  // Each mention is a claim, even a figure repeated in headline and body; repeats across articles and
  // within a story are merged downstream (stories.ts), where the sources are counted.
  const placeSide = placePartyFinder(doc, found);
  const casualties = extractCasualties(doc, claimantFinder(doc, statements, placeSide), placeSide);
  const actors = extractActors(doc, statements, casualties);
  const eventTypes = extractEventTypes(fold(text), casualties, statements, lex.organisations);
  return { casualties, places: found, statements, actors, eventTypes };
}
