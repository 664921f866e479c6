import type { PlaceRole } from "@/lib/types/tags";
import { isDateline } from "./dateline";
import { EVENT_NOUNS, FLIGHT_VERBS, LAND_NOUNS, ORG_NOUNS, PASSIVE_FOLLOWERS, PLACE_NOUNS } from "./lexicon";
import {
  destinationAt,
  disputeOver,
  eventNounAfter,
  futureAround,
  sectionHeading,
  spokenAt,
  whereAfter,
} from "./role-cues";
import {
  background,
  clauseVerb,
  eventAfter,
  eventNear,
  isEventful,
  nextPlace,
  type RoleScene,
  speechBefore,
} from "./role-scene";
import {
  roleBits,
  W_ACTOR,
  W_ATTACK,
  W_BE,
  W_DESTINATION,
  W_EVENT_LINK,
  W_FLIGHT,
  W_HAVE,
  W_INTRANSITIVE,
  W_LOCATIVE,
  W_PASSIVE_AUX,
  W_PASSIVE_EVENT,
  W_PLACE_ADJECTIVE,
  W_PLACE_NOUN,
  W_SPEECH,
} from "./role-words";
import type { Token } from "./tokens";

export { type RoleScene, roleScene } from "./role-scene";

const CLAUSE_GAP = /[,;:()]/;

// "evacuated from Mariupol", "withdrew from Kalbajar": the place left is the site.
const LEFT_FROM = new Set([
  ...FLIGHT_VERBS,
  "displaced",
  "withdrew",
  "withdrawn",
  "withdrawal",
  "retreated",
  "arrived",
  "arriving",
  "arrive",
  "arrives",
]);

/** What the words around a place say: it is the site, it is not, or they say nothing either way. */
type Cue = "site" | "not" | "none";

/**
 * Reads back from the place over lower-case words and possessives ("in the central city of",
 * "of Russia's"): a locative preposition with an event in the sentence, an attack noun with
 * "of"/"on", or an attack verb whose object the place is, makes it the site; a destination, an agent,
 * a speaker's seat or a dispute makes it no site.
 */
function siteBefore(scene: RoleScene, first: number, last: number, kind: PlaceKind): Cue {
  const { tokens } = scene;
  const sentence = tokens[first]?.sentence;
  let direct = true;
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return "none";
    // A comma, colon or bracket closes the phrase: "in the Tavush region, Baku said" puts no "in"
    // before Baku (members of a list share their role through the list instead).
    if (t.gapAfter !== " " && CLAUSE_GAP.test(t.gapAfter)) return "none";
    // "in [the town of] X" is where it happened when an event is named near it, and in a verbless
    // digest line of an event report even when the event word is a sentence away ("SAF vs RSF in
    // Khartoum, Bahri"), unless X is where someone spoke, where people went, or what a dispute is
    // about. A country needs the event in its own sentence ("the dispute goes back to 1921, when the
    // republics ..." is no site).
    const w = roleBits(t.lower);
    if (w & W_LOCATIVE) {
      if (disputeOver(tokens, k) || speechBefore(tokens, k) || destinationAt(tokens, k)) return "not";
      if (spokenAt(tokens, last, nextPlace(scene, last))) return "not";
      if (eventNear(tokens, first, last) || (t.sentenceStart && eventAfter(tokens, last))) return "site";
      return isEventful(scene) && direct && kind !== "country" && !clauseVerb(tokens, first)
        ? "site"
        : "none";
    }
    if ((w & (W_PLACE_NOUN | W_PLACE_ADJECTIVE)) === 0) direct = false;
    if (w & (W_ATTACK | W_FLIGHT)) return "site";
    if (t.lower === "from") return LEFT_FROM.has(tokens[k - 1]?.lower ?? "") ? "site" : "not";
    if (w & W_EVENT_LINK) {
      const before = tokens[k - 1];
      if (before && before.sentence === sentence && EVENT_NOUNS.has(before.lower)) return "site";
      // "fled to Armenia", "left for Goris": a destination.
      if (w & W_DESTINATION) return "not";
      continue;
    }
    // "positions held by Amhara militia": the agent of a passive is no site.
    if ((w & W_DESTINATION) !== 0 || t.lower === "by") return "not";
    if (w & (W_SPEECH | W_ACTOR)) return "not";
    // "the Azerbaijani city of Ganja": a capitalised adjective before a place noun is passed over.
    const isAdjective = PLACE_NOUNS.has(tokens[k + 1]?.lower ?? "");
    if (t.cap && !t.possessive && !isAdjective) return "none";
  }
  return "none";
}

/** The readings before and after a place: one that makes it the site wins, else one that denies it. */
function readCues(scene: RoleScene, first: number, last: number, kind: PlaceKind): Cue {
  const { tokens } = scene;
  const before = siteBefore(scene, first, last, kind);
  if (before === "site") return "site";
  const metonym = kind === "country" || kind === "capital";
  const after =
    siteAfter(tokens, first, last, kind === "country") ||
    headlineSite(tokens, first, last) ||
    whereAfter(tokens, last) ||
    eventNounAfter(tokens, last, metonym);
  return after ? "site" : before;
}

/** A bare participle in a headline is passive when no object follows: "Ganja struck by missile". */
function passiveHeadline(tokens: Token[], k: number): boolean {
  const verb = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== verb.sentence || verb.gapAfter !== " ") return true;
  return PASSIVE_FOLLOWERS.has(next.lower);
}

/** "Bakhmut fell to Russian forces", "Avdiivka falls.": the place taken. */
function fellTo(tokens: Token[], k: number): boolean {
  const verb = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== verb.sentence || verb.gapAfter !== " ") return true;
  return next.lower === "to" || next.lower === "into";
}

/**
 * "X was shelled", "X, the second city, came under fire", "Kharkiv's main hospital was hit", and in a
 * headline without auxiliaries "X shelled". "X has shelled" and "X shelled Y" are active: X acted.
 */
function siteAfter(tokens: Token[], first: number, last: number, country: boolean): boolean {
  const place = tokens[last];
  if (!place || (place.possessive && country)) return false;
  let k = last + 1;
  // Skip an apposition between commas ("Ganja, the second city, was ...").
  if (place.gapAfter.trim().startsWith(",")) {
    for (let j = k; j < tokens.length && j <= last + 10; j++) {
      if ((tokens[j]?.gapAfter ?? "").includes(",")) {
        k = j + 1;
        break;
      }
    }
  }
  let be = false;
  let have = false;
  let skipped = 0;
  for (; k < tokens.length && k <= last + 14; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== place.sentence || t.cap) return false;
    const w = roleBits(t.lower);
    if (w & W_BE) {
      be = true;
      continue;
    }
    if (w & W_HAVE) {
      have = true;
      continue;
    }
    if (w & W_PASSIVE_AUX) continue;
    if (w & W_INTRANSITIVE) return fellTo(tokens, k);
    // Headlines and digest lines drop the auxiliary: "Terter city hit again", "Kakhovka dam destroyed".
    if (w & W_PASSIVE_EVENT) {
      return be || (!have && (tokens[first]?.sentenceStart ?? false) && passiveHeadline(tokens, k));
    }
    if (be || have || (w & (W_SPEECH | W_ACTOR)) !== 0 || ++skipped > 5) return false;
  }
  return false;
}

/** A digest line that opens with the place: "Kharkiv: two killed", "Xankəndi/Stepanakert: shelling". */
function headlineSite(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first];
  const end = tokens[last];
  if (!t || !end) return false;
  const prev = tokens[first - 1];
  const opener = t.sentenceStart || (prev?.sentenceStart === true && /^\s*[/+&]\s*$/.test(prev.gapAfter));
  return opener && /^\s*[:—–-]\s/.test(end.gapAfter) && eventNear(tokens, first, last);
}

/** Whether a possessive is followed, within two words, by a word of place ("Omdurman's old city"). */
export function possessesPlace(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (PLACE_NOUNS.has(t.lower) && t.lower !== "the" && t.lower !== "of") return true;
    // "Lebanon's south", "Armenia's territory", not "Armenia's border guards".
    if (LAND_NOUNS.has(t.lower)) return !ORG_NOUNS.has(tokens[k + 1]?.lower ?? "");
  }
  return false;
}

/**
 * What sort of place a mention was resolved to, as far as roles go: a country or a capital is often a
 * metonym for its government, a region often the setting of background, a town or district rarely.
 */
export type PlaceKind = "country" | "capital" | "region" | "place";

/** Incident when the text makes the place the site of an event; mentioned otherwise. */
export function placeRole(scene: RoleScene, first: number, last: number, kind: PlaceKind): PlaceRole {
  const { tokens } = scene;
  const country = kind === "country";
  const metonym = country || kind === "capital";
  // A dateline names where the report was filed ("KYIV, May 20 -"); a region in that slot opens a digest
  // line about it ("Kherson region, 5 March — shelling killed two").
  if (kind !== "region" && isDateline(tokens, first, last)) return "mentioned";
  // "Armenia's defence ministry" is no site; "in Kyiv's Solomianskyi district" and "Kharkiv's main
  // hospital was hit" are.
  if (tokens[last]?.possessive && !possessesPlace(tokens, last)) {
    if (country) return "mentioned";
    const site = siteBefore(scene, first, last, kind) === "site" || siteAfter(tokens, first, last, country);
    return site && !futureAround(tokens, first, last) ? "incident" : "mentioned";
  }
  // "KHARTOUM FRONT" over a report of fighting: the city is the site, a country only the setting.
  if (sectionHeading(tokens, first, last)) return isEventful(scene) && !country ? "incident" : "mentioned";
  // The place a title of an event report is about is that event's site ("EL FASHER WATCH").
  if (scene.titled && isEventful(scene) && !metonym && tokens[first]?.sentence === 0) return "incident";
  const cue = readCues(scene, first, last, kind);
  // A town named in a sentence that reports an event, with no word that makes it a destination, a
  // speaker's seat or a home, is where the event happened: war reports name towns as sites.
  const site = cue === "site" || (cue === "none" && kind === "place" && eventNear(tokens, first, last));
  return site && !futureAround(tokens, first, last) && !background(tokens, first) ? "incident" : "mentioned";
}
