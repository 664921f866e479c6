/**
 * The word lists that role.ts's scans ask of each word near a place, as one number of bits per word:
 * a scan step makes one look-up instead of up to a dozen set look-ups.
 */
import {
  ACTOR_VERBS,
  ATTACK_VERBS,
  BE_AUX,
  DESTINATION_PREPS,
  FLIGHT_VERBS,
  INTRANSITIVE_EVENT,
  LOCATIVE,
  PASSIVE_AUX,
  PASSIVE_EVENT,
  PLACE_ADJECTIVES,
  PLACE_NOUNS,
  SPEECH_VERBS,
} from "./lexicon";

export const W_LOCATIVE = 1;
export const W_PLACE_NOUN = 2;
export const W_PLACE_ADJECTIVE = 4;
export const W_ATTACK = 8;
export const W_FLIGHT = 16;
export const W_DESTINATION = 32;
export const W_SPEECH = 64;
export const W_ACTOR = 128;
export const W_BE = 256;
export const W_HAVE = 512;
export const W_PASSIVE_AUX = 1024;
export const W_INTRANSITIVE = 2048;
export const W_PASSIVE_EVENT = 4096;
/** "of on against at for toward towards in": links between an event noun and its place. */
export const W_EVENT_LINK = 8192;

const EVENT_LINKS = new Set(["of", "on", "against", "at", "for", "toward", "towards", "in"]);
const HAVE = new Set(["has", "have", "had"]);

function classify(word: string): number {
  return (
    (LOCATIVE.has(word) ? W_LOCATIVE : 0) |
    (PLACE_NOUNS.has(word) ? W_PLACE_NOUN : 0) |
    (PLACE_ADJECTIVES.has(word) ? W_PLACE_ADJECTIVE : 0) |
    (ATTACK_VERBS.has(word) ? W_ATTACK : 0) |
    (FLIGHT_VERBS.has(word) ? W_FLIGHT : 0) |
    (DESTINATION_PREPS.has(word) ? W_DESTINATION : 0) |
    (SPEECH_VERBS.has(word) ? W_SPEECH : 0) |
    (ACTOR_VERBS.has(word) ? W_ACTOR : 0) |
    (BE_AUX.has(word) ? W_BE : 0) |
    (HAVE.has(word) ? W_HAVE : 0) |
    (PASSIVE_AUX.has(word) ? W_PASSIVE_AUX : 0) |
    (INTRANSITIVE_EVENT.has(word) ? W_INTRANSITIVE : 0) |
    (PASSIVE_EVENT.has(word) ? W_PASSIVE_EVENT : 0) |
    (EVENT_LINKS.has(word) ? W_EVENT_LINK : 0)
  );
}

// Words already classified; emptied when full, so that a long-running feed cannot grow it unbounded.
const RECENT_WORDS = 20_000;
const classes = new Map<string, number>();

/** The bits of a lower-case word. */
export function roleBits(word: string): number {
  let bits = classes.get(word);
  if (bits === undefined) {
    if (classes.size >= RECENT_WORDS) classes.clear();
    bits = classify(word);
    classes.set(word, bits);
  }
  return bits;
}
