import type { PlaceRole } from "@/lib/types/tags";
import type { Candidate } from "./candidates";
import { isDateline } from "./dateline";
import {
  ACTOR_VERBS,
  ATTACK_VERBS,
  LOCATION_CUE,
  OF_PLACE_NOUNS,
  ORG_NOUNS,
  PLACE_ADJECTIVES,
  PLACE_CUE,
  PLACE_NOUNS,
  SPEECH_VERBS,
} from "./lexicon";
import { possessesPlace } from "./role";
import { borderAfter, possessedSetting, residentAfter, sectionHeading } from "./role-cues";
import type { Token } from "./tokens";

// Words that may follow a country acronym used as a noun ("to the US on Monday").
const FOLLOWERS = new Set(
  "on in at and or to for of with by as from since after before over is was has had would will said says".split(
    " ",
  ),
);

const BOUND_FOR = new Set([
  "bound",
  "headed",
  "heading",
  "destined",
  "left",
  "leaving",
  "departed",
  "sailed",
]);

/** A country or capital with a location word before it: "in", "to", "the territory of", "southern". */
function locatedBefore(tokens: Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  const prev = tokens[first - 1];
  // "south Khartoum", "southern Armenia", "occupied Crimea": only a place takes these.
  if (prev && prev.sentence === sentence && !prev.cap && PLACE_ADJECTIVES.has(prev.lower)) return true;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k];
    // A comma or colon closes the phrase: "were shelled, Yerevan said" puts no verb before Yerevan.
    if (!t || t.sentence !== sentence || /[,;:()]/.test(t.gapAfter)) return false;
    if (PLACE_CUE.has(t.lower) || LOCATION_CUE.has(t.lower) || ATTACK_VERBS.has(t.lower)) return true;
    // "of"/"with" locate only after a word of land ("the territory of Armenia", "the border with Iran"),
    // not in "the head of Russia's group" or "stands with Azerbaijan".
    if (t.lower === "of" || t.lower === "with" || t.lower === "between") {
      return OF_PLACE_NOUNS.has(tokens[k - 1]?.lower ?? "");
    }
    // "bound for Armenia", "headed for Baku": a destination.
    if (t.lower === "for") return BOUND_FOR.has(tokens[k - 1]?.lower ?? "");
    // "borders both Armenia and Azerbaijan"
    if (t.lower === "both" || t.lower === "either") continue;
    if (t.cap || !(PLACE_NOUNS.has(t.lower) || PLACE_ADJECTIVES.has(t.lower))) return false;
  }
  return false;
}

/** "Russia's Kursk region", "Armenia's southern Syunik province": a possessive container, no actor. */
function holdsNextPlace(tokens: Token[], last: number, nextFirst: number | null): boolean {
  if (nextFirst === null || nextFirst - last > 3) return false;
  for (let k = last + 1; k < nextFirst; k++) {
    const t = tokens[k];
    if (!t || t.cap || !(PLACE_ADJECTIVES.has(t.lower) || PLACE_NOUNS.has(t.lower))) return false;
  }
  return true;
}

/**
 * Whether a mention names an actor rather than a place. Countries and capitals stand for their
 * governments unless the text uses them as locations (a place cue before, a dateline, a qualifier
 * after a town, an incident site); regions ("Karabakh authorities", "Tigray's leaders") only when
 * possessive or followed by an institution or a verb.
 */
export function isActorUse(
  tokens: Token[],
  first: number,
  last: number,
  cand: Candidate,
  role: PlaceRole,
  qualifier: boolean,
  nextMentionFirst: number | null,
  followsKeptPlace: boolean,
): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  const metonym = cand.type === "country" || cand.capital;
  // "Baku: ready for talks" opens a digest line with its speaker.
  if (metonym && tokens[first]?.sentenceStart && /^\s*:/.test(end?.gapAfter ?? "")) return true;
  if (role === "incident" || qualifier || followsKeptPlace || isDateline(tokens, first, last)) return false;
  if (metonym) {
    // "KHARTOUM FRONT", "a Khartoum resident", "the Armenia-Azerbaijan border": places, not speakers.
    if (sectionHeading(tokens, first, last) || residentAfter(tokens, last) || borderAfter(tokens, last))
      return false;
    if (tokens[first - 1]?.lower === "to" && tokens[first - 2]?.lower === "according") return true;
    // "US state", "UK nationals": an acronym before a noun is an adjective.
    if (end?.allCaps && next && !next.cap && /^\s+$/.test(end.gapAfter) && !FOLLOWERS.has(next.lower))
      return true;
    // "Russia's Kursk region" names a container, "in Kyiv's Solomianskyi district" a location;
    // "Sudan's army" an actor.
    if (end?.possessive) {
      if (holdsNextPlace(tokens, last, nextMentionFirst) || possessedSetting(tokens, last)) return false;
      return !(locatedBefore(tokens, first) && possessesPlace(tokens, last));
    }
    return !locatedBefore(tokens, first);
  }
  if (cand.type !== "region" || locatedBefore(tokens, first)) return false;
  if (end?.possessive) return !(next && PLACE_NOUNS.has(next.lower));
  if (!next || !/^\s+$/.test(end?.gapAfter ?? "")) return false;
  return ORG_NOUNS.has(next.lower) || SPEECH_VERBS.has(next.lower) || ACTOR_VERBS.has(next.lower);
}
