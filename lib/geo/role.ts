import type { PlaceRole } from "@/lib/types/tags";
import {
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
 * Reads back from the place over a few lower-case words ("in the eastern city of"): a locative
 * preposition with an event in the sentence, an attack noun with "of"/"on", or an attack verb whose
 * object the place is, makes it the site.
 */
function siteBefore(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (LOCATIVE.has(t.lower)) return eventNear(tokens, first, last);
    if (ATTACK_VERBS.has(t.lower)) return true;
    if (LINKS_AFTER_EVENT_NOUN.has(t.lower)) {
      const before = tokens[k - 1];
      if (before && before.sentence === sentence && EVENT_NOUNS.has(before.lower)) return true;
      if (t.lower !== "of") return false;
      continue;
    }
    if (t.cap || !(PLACE_NOUNS.has(t.lower) || /ern$|ed$|ing$|ine$/.test(t.lower))) return false;
  }
  return false;
}

/** "X was shelled", "X, the second city, came under fire", "X under attack". */
function siteAfter(tokens: Token[], last: number): boolean {
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
  for (; k < tokens.length && k <= last + 14; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== place.sentence) return false;
    if (PASSIVE_AUX.has(t.lower)) {
      aux++;
      continue;
    }
    return aux > 0 && PASSIVE_EVENT.has(t.lower);
  }
  return false;
}

/** A digest line that opens with the place: "Kharkiv: two killed in a missile strike". */
function headlineSite(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first];
  const end = tokens[last];
  if (!t || !end || !t.sentenceStart) return false;
  return /^\s*[:—–-]\s/.test(end.gapAfter) && eventNear(tokens, first, last);
}

/** Incident when the text makes the place the site of a violent event; mentioned otherwise. */
export function placeRole(tokens: Token[], first: number, last: number): PlaceRole {
  const next = tokens[last + 1];
  if (next && SPEECH_VERBS.has(next.lower) && !tokens[last]?.possessive) return "mentioned";
  if (siteBefore(tokens, first, last) || siteAfter(tokens, last) || headlineSite(tokens, first, last)) {
    return "incident";
  }
  return "mentioned";
}
