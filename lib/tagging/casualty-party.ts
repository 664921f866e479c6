import type { Match } from "./casualty-patterns";
import { word } from "./casualty-phrase";
import type { Doc } from "./doc";
import type { Sentence } from "./text";

/**
 * The side holding the place of the claim in tokens [from, to). `wide`: when the claim's sentence names
 * no place, the article's last site may be a region too (a governor of the region speaks for it).
 */
export type PlacePartyFinder = (from: number, to: number, wide?: boolean) => string | null;

/**
 * The party whose people a claim counts, from the strongest cue to the weakest: the victims' nationality
 * ("Armenian troops"), their being the claimant's own ("its servicemen"), the claimant's enemy when the
 * claimant did the killing, a side named in the sentence ("on the Azerbaijani side"), the claimant itself
 * when a state reports deaths without saying whose, and last the place where it happened.
 */
export function partyOf(
  doc: Doc,
  m: Match,
  passive: boolean,
  claimedBy: string | null,
  sentence: Sentence,
  placePartyOf: PlacePartyFinder,
): string | null {
  // "killed on both sides", "losses on each side": a figure for more than one side belongs to none.
  if (!m.np.party && bothSides(doc, sentence)) return null;
  const side = sideOf(doc, m, passive, claimedBy, sentence, placePartyOf);
  if (!side) return null;
  // Aid groups, agencies and outlets are not sides ("Three MSF staff killed": README, null).
  if (doc.lex.organisations.has(side)) return null;
  // "Two French reporters were wounded": civilians of a country not at war here belong to no side.
  if (m.np.civilian === "civilian" && side === m.np.party && !atWarHere(doc, side)) return null;
  return side;
}

function bothSides(doc: Doc, s: Sentence): boolean {
  const at = doc.text.indexOf("side", s.start);
  if (at < 0 || at >= s.end) return false;
  for (let k = s.from + 1; k < s.to; k++) {
    const w = word(doc.tokens, k);
    if ((w === "sides" || w === "side") && ["both", "each", "all"].includes(word(doc.tokens, k - 1)))
      return true;
  }
  return false;
}

/** Is the actor a side of a war this article is about: one of its enemies is named in the text? */
function atWarHere(doc: Doc, actor: string): boolean {
  const enemies = doc.lex.opponents[actor];
  if (!enemies) return false;
  let named = NAMED.get(doc);
  if (!named) {
    named = new Set(doc.mentions.map((men) => men.actor));
    NAMED.set(doc, named);
  }
  for (const e of enemies) if (named.has(e)) return true;
  return false;
}

/** The actors named in each article, computed once per document. */
const NAMED = new WeakMap<Doc, Set<string>>();

function sideOf(
  doc: Doc,
  m: Match,
  passive: boolean,
  claimedBy: string | null,
  sentence: Sentence,
  placePartyOf: PlacePartyFinder,
): string | null {
  const { np } = m;
  const opponents = claimedBy ? doc.lex.opponents[claimedBy] : undefined;
  if (np.party) return np.party;
  if (np.own && claimedBy) return claimedBy;
  // A side reporting soldiers killed, with no nationality given, reports its own losses.
  if (passive && np.civilian === "military" && claimedBy && opponents) return claimedBy;
  if (np.enemy && opponents) return opponents[0] ?? null;
  // "Kyiv said it had killed 600 soldiers": a side counting what it did counts its enemy's losses.
  if (!passive && np.civilian !== "civilian" && claimedBy && opponents && agentIs(doc, m.from, claimedBy))
    return opponents[0] ?? null;
  const side = sidePhrase(doc, sentence.from, sentence.to);
  if (side) return side;
  // "Azerbaijan said 3 civilians were killed": in a war between states, a side reporting deaths without
  // naming whose reports its own (civilians of a civil war are nobody's side: see the README).
  if (passive && claimedBy && opponents && territorial(doc, claimedBy) && atWarHere(doc, claimedBy))
    return claimedBy;
  if (np.civilian !== "military") {
    const place = placePartyOf(m.from, m.to);
    // "Ukrainian shelling killed 3 in Donetsk": a side's own fire does not kill its own people there.
    const agent = passive ? null : agentBefore(doc, m.from);
    if (place && agent === place) return doc.lex.opponents[agent]?.[0] ?? null;
    if (place) return place;
  }
  return null;
}

const AGENT_NOUNS = new Set(
  "shelling shells strike strikes airstrike airstrikes missile missiles rocket rockets drone drones artillery fire forces troops soldiers fighters army military bombardment attack attacks raid raids jets warplanes units".split(
    " ",
  ),
);

/** The side named in the subject of an active verb at `verb`: "Russian missiles killed", "RSF shelling killed". */
function agentBefore(doc: Doc, verb: number): string | null {
  let k = verb - 1;
  while (["had", "has", "have", "reportedly", "also"].includes(word(doc.tokens, k))) k--;
  if (AGENT_NOUNS.has(word(doc.tokens, k))) k--;
  const m = doc.mentionAt[k];
  return m && m.via !== "person" ? m.actor : null;
}

/** Is the subject of the verb at `verb` the claimant itself ("it had killed", "its artillery killed")? */
function agentIs(doc: Doc, verb: number, actor: string): boolean {
  let k = verb - 1;
  while (["had", "has", "have", "also", "reportedly", "allegedly"].includes(word(doc.tokens, k))) k--;
  if (AGENT_NOUNS.has(word(doc.tokens, k))) k--;
  if (["it", "they", "we", "its", "their", "our"].includes(word(doc.tokens, k))) return true;
  return doc.mentionAt[k]?.actor === actor;
}

/** Does the actor hold places of its own in this region's wars (a state, or Karabakh's authorities)? */
function territorial(doc: Doc, actor: string): boolean {
  if (doc.lex.placeCountries.has(actor)) return true;
  for (const holder of doc.lex.placeHolders.values()) if (holder === actor) return true;
  return false;
}

/** "on the Armenian side", "Azerbaijani losses": the side named for the losses in this sentence. */
function sidePhrase(doc: Doc, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const w = word(doc.tokens, k);
    if (w !== "side" && w !== "losses") continue;
    const m = doc.mentionAt[k - 1];
    if (m && m.via !== "person") return m.actor;
  }
  return null;
}
