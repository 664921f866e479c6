import type { PlaceRole } from "@/lib/types/tags";
import {
  ACTOR_VERBS,
  ATTACK_VERBS,
  EVENT_NOUNS,
  EVENT_WORDS,
  LOCATIVE,
  PASSIVE_AUX,
  PASSIVE_EVENT,
  PLACE_ADJECTIVES,
  PLACE_NOUNS,
  SPEECH_VERBS,
} from "./lexicon";
import type { Token } from "./tokens";

const EVENT_WINDOW = 12;
const LINKS_AFTER_EVENT_NOUN = new Set(["of", "on", "against", "at", "for", "toward", "towards", "in"]);

/** What the whole text says, read once: whether it reports an event at all, and where its title ends. */
export interface RoleScene {
  tokens: Token[];
  /** Some event word occurs somewhere in the text. */
  eventful: boolean;
  /** The first line is a title (a line of its own before the body). */
  titled: boolean;
}

export function roleScene(tokens: Token[]): RoleScene {
  let eventful = false;
  let titled = false;
  for (const t of tokens) {
    if (!eventful && EVENT_WORDS.has(t.lower)) eventful = true;
    if (!titled && t.sentence === 0 && /\n/.test(t.gapAfter)) titled = true;
  }
  return { tokens, eventful, titled };
}

// Words before "in X" that make X where something was said, not where it happened.
const SPEECH_CONTEXT = new Set(
  "told said says reporters briefing conference statement speaking spoke interview based headquartered born lives living".split(
    " ",
  ),
);

function speechBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (SPEECH_CONTEXT.has(tokens[j]?.lower ?? "")) return true;
  return false;
}

function eventNear(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  const from = Math.max(0, first - EVENT_WINDOW);
  const to = Math.min(tokens.length - 1, last + EVENT_WINDOW);
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t && t.sentence === sentence && (k < first || k > last) && EVENT_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Reads back from the place over lower-case words and possessives ("in the central city of",
 * "of Russia's"): a locative preposition with an event in the sentence, an attack noun with
 * "of"/"on", or an attack verb whose object the place is, makes it the site.
 */
function siteBefore(scene: RoleScene, first: number, last: number, country: boolean): boolean {
  const { tokens } = scene;
  const sentence = tokens[first]?.sentence;
  let direct = true;
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    // In a report of an event, "in [the town of] X" is where it happened even when the event word is
    // a sentence away ("SAF vs RSF in Khartoum, Bahri"), unless X is where someone spoke. A country
    // needs the event in its own sentence ("the dispute goes back to 1921, when the republics ..." is no site).
    if (LOCATIVE.has(t.lower)) {
      if (eventNear(tokens, first, last)) return true;
      return scene.eventful && direct && !country && !speechBefore(tokens, k);
    }
    if (!(PLACE_NOUNS.has(t.lower) || PLACE_ADJECTIVES.has(t.lower))) direct = false;
    if (ATTACK_VERBS.has(t.lower)) return true;
    if (LINKS_AFTER_EVENT_NOUN.has(t.lower)) {
      const before = tokens[k - 1];
      if (before && before.sentence === sentence && EVENT_NOUNS.has(before.lower)) return true;
      continue;
    }
    if (SPEECH_VERBS.has(t.lower) || ACTOR_VERBS.has(t.lower)) return false;
    // "the Azerbaijani city of Ganja": a capitalised adjective before a place noun is passed over.
    const isAdjective = PLACE_NOUNS.has(tokens[k + 1]?.lower ?? "");
    if (t.cap && !t.possessive && !isAdjective) return false;
  }
  return false;
}

/**
 * "X was shelled", "X, the second city, came under fire", "X dam on the river was destroyed", and in
 * a headline without auxiliaries "X shelled".
 */
function siteAfter(tokens: Token[], first: number, last: number): boolean {
  const place = tokens[last];
  if (!place || place.possessive) return false;
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
  let aux = 0;
  let skipped = 0;
  for (; k < tokens.length && k <= last + 14; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== place.sentence || t.cap) return false;
    if (PASSIVE_AUX.has(t.lower)) {
      aux++;
      continue;
    }
    // Headlines and digest lines drop the auxiliary: "Terter city hit again", "Kakhovka dam destroyed".
    if (PASSIVE_EVENT.has(t.lower)) return aux > 0 || (tokens[first]?.sentenceStart ?? false);
    if (aux > 0 || SPEECH_VERBS.has(t.lower) || ACTOR_VERBS.has(t.lower) || ++skipped > 5) return false;
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
  }
  return false;
}

/**
 * Incident when the text makes the place the site of an event; mentioned otherwise. `metonym` marks a
 * country or capital, which a title names as an actor more often than as a site.
 */
export function placeRole(scene: RoleScene, first: number, last: number, metonym: boolean): PlaceRole {
  const { tokens } = scene;
  // "Armenia's defence ministry": a possessor is no site; "in Kyiv's Solomianskyi district" is.
  if (tokens[last]?.possessive && !possessesPlace(tokens, last)) return "mentioned";
  // The place a title of an event report is about is that event's site ("EL FASHER WATCH").
  if (scene.titled && scene.eventful && !metonym && tokens[first]?.sentence === 0) return "incident";
  if (
    siteBefore(scene, first, last, metonym) ||
    siteAfter(tokens, first, last) ||
    headlineSite(tokens, first, last)
  ) {
    return "incident";
  }
  return "mentioned";
}
