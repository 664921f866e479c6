import type { PlaceRole } from "@/lib/types/tags";
import {
  ACTOR_VERBS,
  ATTACK_VERBS,
  EVENT_NOUNS,
  EVENT_WORDS,
  LOCATIVE,
  PASSIVE_AUX,
  PASSIVE_EVENT,
  PLACE_NOUNS,
  SPEECH_VERBS,
} from "./lexicon";
import type { Token } from "./tokens";

const EVENT_WINDOW = 12;
const LINKS_AFTER_EVENT_NOUN = new Set(["of", "on", "against", "at", "for", "toward", "towards", "in"]);

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
function siteBefore(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (LOCATIVE.has(t.lower)) return eventNear(tokens, first, last);
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

/** Incident when the text makes the place the site of a violent event; mentioned otherwise. */
export function placeRole(tokens: Token[], first: number, last: number): PlaceRole {
  if (tokens[last]?.possessive) return "mentioned";
  if (
    siteBefore(tokens, first, last) ||
    siteAfter(tokens, first, last) ||
    headlineSite(tokens, first, last)
  ) {
    return "incident";
  }
  return "mentioned";
}
