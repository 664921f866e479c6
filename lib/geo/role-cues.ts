/**
 * Small readings of the words around a place that role.ts and actor-use.ts combine: where someone
 * spoke, where people fled to, what is still to come, what a heading or a border names.
 */
import {
  BORDER_NOUNS,
  DESTINATION_CUES,
  DISPUTE_NOUNS,
  EVENT_WORDS,
  FUTURE_CUES,
  LAND_NOUNS,
  METONYM_EVENT_NOUNS,
  ORG_NOUNS,
  PLACE_EVENT_NOUNS,
  RESIDENT_NOUNS,
  SECTION_NOUNS,
  SETTING_NOUNS,
  SPEECH_VERBS,
} from "./lexicon";
import { joinable, type Token } from "./tokens";

/** "KHARTOUM FRONT", "UKRAINE WAR LATEST": a country or capital opening a line with a section noun. */
export function sectionHeading(tokens: Token[], first: number, last: number): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end || !next || !tokens[first]?.sentenceStart || !joinable(end.gapAfter)) return false;
  return (next.cap || next.sentence === 0) && SECTION_NOUNS.has(next.lower);
}

/** "a Khartoum resident", "Baku families": the place is someone's home. */
export function residentAfter(tokens: Token[], last: number): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  return (
    end !== undefined && !end.possessive && end.gapAfter === " " && RESIDENT_NOUNS.has(next?.lower ?? "")
  );
}

/** "the Armenia-Azerbaijan border", "the Sudan–Chad border", "the Iran border": sides of a border. */
export function borderAfter(tokens: Token[], last: number): boolean {
  const sentence = tokens[last]?.sentence;
  if (tokens[last]?.possessive) return false;
  for (let k = last + 1; k <= last + 4; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || !/^\s*([-–—/]|and)?\s*$/.test(tokens[k - 1]?.gapAfter ?? ""))
      return false;
    if (BORDER_NOUNS.has(t.lower)) return true;
    if (!t.cap && t.lower !== "and") return false;
  }
  return false;
}

/** "the war over Karabakh", "sovereignty over Crimea": `over` at k names the object of a dispute. */
export function disputeOver(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "over" && DISPUTE_NOUNS.has(tokens[k - 1]?.lower ?? "");
}

/**
 * "Refugees crossed into Chad", "families arrived in Goris": the preposition at k follows a word of
 * flight or arrival within its clause, so the place is where people went.
 */
export function destinationAt(tokens: Token[], k: number): boolean {
  const prep = tokens[k];
  if (!prep) return false;
  if (prep.lower !== "into" && prep.lower !== "in" && prep.lower !== "at") return false;
  const reach = prep.lower === "into" ? 6 : 1;
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== prep.sentence || /[,;:]/.test(t.gapAfter)) return false;
    if (DESTINATION_CUES.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether the place is where something was said rather than where it happened: "the ministry in Gaza
 * said", "In Baku, officials said". Only when another place is named after the verb of saying
 * (`nextPlace`, the first token of the next place in the text): with none, what was reported most
 * likely happened there; "in the Tavush region, Baku said" names the speaker, not a site.
 */
export function spokenAt(tokens: Token[], last: number, nextPlace: number | null): boolean {
  const end = tokens[last];
  if (!end || nextPlace === null || tokens[nextPlace]?.sentence !== end.sentence) return false;
  if (end.gapAfter === " ") return SPEECH_VERBS.has(tokens[last + 1]?.lower ?? "") && nextPlace > last + 1;
  if (!/^\s*,\s*$/.test(end.gapAfter)) return false;
  for (let k = last + 1; k <= last + 5; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== end.sentence) return false;
    if (SPEECH_VERBS.has(t.lower)) return nextPlace > k;
    if (EVENT_WORDS.has(t.lower) || /[,;:]/.test(t.gapAfter)) return false;
  }
  return false;
}

/**
 * "Talks will be held in Geneva", "plans to hold talks in Istanbul", "to be held in Vienna next week":
 * an event still to come happens nowhere yet.
 */
export function futureAround(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) break;
    if (FUTURE_CUES.has(t.lower)) return true;
    // "to be held", "would host"
    if (t.lower === "be" && tokens[k - 1]?.lower === "to") return true;
    if (t.lower === "would" && /^(host|hold|be|take)$/.test(tokens[k + 1]?.lower ?? "")) return true;
  }
  const after = tokens[last + 1];
  if (!after || after.sentence !== sentence) return false;
  return after.lower === "tomorrow" || after.lower === "next";
}

/** "Tartar, where shelling killed two": a relative clause of place with an event in it. */
export function whereAfter(tokens: Token[], last: number): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end || next?.lower !== "where" || !/^\s*,\s*$/.test(end.gapAfter)) return false;
  for (let k = last + 2; k <= last + 10; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== end.sentence) return false;
    if (EVENT_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "The Ganja strike", "the Geneva talks": an event noun right after the place. After a country or
 * capital only nouns that are never verbs count ("Russia strikes Kyiv" is a verb).
 */
export function eventNounAfter(tokens: Token[], last: number, metonym: boolean): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end || !next || end.possessive || end.gapAfter !== " ") return false;
  return (metonym ? METONYM_EVENT_NOUNS : PLACE_EVENT_NOUNS).has(next.lower);
}

/**
 * "Sudan's civil war", "Lebanon's south", "Armenia's territory": what a possessive country has here is
 * land or a war fought on it, so the country is a place, not an actor.
 */
export function possessedSetting(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 2; k++) {
    const t = tokens[k];
    if (!t || t.cap) return false;
    if (SETTING_NOUNS.has(t.lower)) return true;
    if (LAND_NOUNS.has(t.lower)) return !ORG_NOUNS.has(tokens[k + 1]?.lower ?? "");
  }
  return false;
}
