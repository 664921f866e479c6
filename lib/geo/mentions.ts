import { demonymOfFolded } from "./countries";
import { russianStemsOf } from "./fold";
import type { Gazetteer } from "./gazetteer";
import { ADMIN_NOUNS, CONNECTORS, FACILITY_NOUNS, NAME_PARTICLES, NEVER_PLACES, TITLES } from "./lexicon";
import { lowercaseFlag, lowercaseRowOk } from "./links";
import { joinable, type Token } from "./tokens";
import { articleVariants, isArticle, unitOfTown } from "./variants";

/** A span of tokens that matched one or more gazetteer names. */
export interface Mention {
  first: number;
  last: number;
  /** Encoded place references (see NameIndex). */
  refs: readonly number[];
}

const MAX_WORDS = 5;
// Digest shorthand: "S. Sudan", "W. Tigray", "Kharkiv obl", "Kherson reg".
const ABBREVIATIONS = new Map([
  ["s", "south"],
  ["n", "north"],
  ["e", "east"],
  ["w", "west"],
  ["obl", "oblast"],
  ["reg", "region"],
]);
const DIRECTION_INITIAL = /^[NSEW]$/;
// "the Dnipro river" is the river, "Moscow time" a clock: neither is the city.
const NOT_THE_CITY = new Set(["river", "rivers", "time"]);
// "Zaporizhzhia nuclear plant", "Kakhovka HPP", "Kursk power station": a facility named after a place
// (often far from it) holds no place.
const FACILITY_HEADS = new Set(["nuclear", "npp", "hpp", "tpp", "chp", "hydroelectric", "thermal"]);

function facilityAfter(tokens: Token[], last: number): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end || !next || !joinable(end.gapAfter) || end.possessive) return false;
  if (FACILITY_HEADS.has(next.lower)) return true;
  // "a Barbados-flagged bulk carrier": a ship's flag of registry is no place.
  if (next.lower === "flagged" && end.gapAfter === "-") return true;
  const after = tokens[last + 2]?.lower;
  return next.lower === "power" && (after === "plant" || after === "station");
}

function canStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.cap) return true;
  const next = tokens[i + 1];
  return t.gapAfter === "-" && next?.cap === true && NAME_PARTICLES.has(t.lower);
}

/** How many tokens from i can form a name: joined by spaces or hyphens, inner words capitalised. */
function spanLimit(tokens: Token[], i: number): number {
  let n = 1;
  while (n < MAX_WORDS) {
    const prev = tokens[i + n - 1];
    const next = tokens[i + n];
    if (!prev || !next || prev.possessive) break;
    const initial = DIRECTION_INITIAL.test(prev.text) && /^\.\s?$/.test(prev.gapAfter);
    if (!joinable(prev.gapAfter) && !initial) break;
    if (!next.cap && !CONNECTORS.has(next.lower) && !ADMIN_NOUNS.has(next.lower) && prev.gapAfter !== "-")
      break;
    n++;
  }
  return n;
}

/** Whether a person's title stands before token i in its run of capitalised words. */
function afterTitle(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const t = tokens[j];
    if (!t || !joinable(t.gapAfter)) return false;
    if (TITLES.has(t.lower)) return true;
    if (!t.cap) return false;
  }
  return false;
}

function lookup(gaz: Gazetteer, tokens: Token[], i: number, n: number): readonly number[] | "stop" {
  const head = tokens[i] as Token;
  if (n === 1 && !head.cyrillic)
    return gaz.notPlaces.has(head.folded) ? "stop" : gaz.names.word(head.folded).refs;
  const parts: string[] = [];
  for (let k = i; k < i + n; k++) {
    const folded = tokens[k]?.folded ?? "";
    parts.push(ABBREVIATIONS.get(folded) ?? folded);
  }
  const key = parts.join(" ");
  if (gaz.notPlaces.has(key)) return "stop";
  if (tokens[i]?.cyrillic) return lookupRussian(gaz, parts);
  const found = gaz.names.lookup(key);
  if (found.length > 0) return found;
  for (const variant of articleVariants(parts)) {
    const refs = gaz.names.lookup(variant);
    if (refs.length > 0) return refs;
  }
  return (n === 2 && unitOfTown(gaz, parts[0] ?? "", parts[1] ?? "")) || found;
}

/** Tries the case-stripped stems of each word (a few combinations for a two- or three-word name). */
function lookupRussian(gaz: Gazetteer, parts: string[]): readonly number[] {
  let keys = [""];
  for (const part of parts) {
    const stems = russianStemsOf(part);
    keys = keys.flatMap((k) => stems.map((s) => (k ? `${k} ${s}` : s))).slice(0, 64);
  }
  for (const key of keys) {
    const refs = gaz.names.lookupCyrillic(key);
    if (refs.length > 0) return refs;
  }
  return [];
}

const LIST_GAP = /^\s*[,/&+]\s*$/;

/** A lower-case place name: a safe one anywhere, an English word only listed beside a safe one. */
function lowercaseName(gaz: Gazetteer, tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // Most lower-case words are short function words: no lookup for them.
  if (t.folded.length < 4) return false;
  const safe = lowercaseFlag(gaz.lowercase, t.folded);
  if (safe !== false) return safe === true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev !== undefined &&
      !prev.cap &&
      LIST_GAP.test(prev.gapAfter) &&
      lowercaseFlag(gaz.lowercase, prev.folded) === true) ||
    (next !== undefined &&
      !next.cap &&
      LIST_GAP.test(t.gapAfter) &&
      lowercaseFlag(gaz.lowercase, next.folded) === true)
  );
}

/** Longest-match scan of capitalised n-grams against the name index. */
// Plural unit nouns after a list of names, and the singular each name takes.
const PLURAL_UNITS = new Map([
  ["regions", "region"],
  ["oblasts", "oblast"],
  ["provinces", "province"],
  ["districts", "district"],
  ["governorates", "governorate"],
  ["states", "state"],
]);

/** Whether mention b follows a straight after a comma, or after "and", "or", "&". */
function nextInList(tokens: Token[], a: Mention, b: Mention): boolean {
  const gap = tokens[a.last]?.gapAfter ?? "";
  if (b.first === a.last + 1) return /^\s*,\s*$/.test(gap);
  const joint = tokens[a.last + 1]?.lower;
  return b.first === a.last + 2 && (joint === "and" || joint === "or" || joint === "&");
}

/**
 * "the Belgorod and Kursk regions", "Kharkiv, Sumy and Chernihiv oblasts": each one-word name in a list
 * before a plural unit noun names that unit, as "Kursk region" would.
 */
function listedUnits(gaz: Gazetteer, tokens: Token[], mentions: Mention[]): void {
  for (let j = 1; j < mentions.length; j++) {
    const last = mentions[j] as Mention;
    const unit = PLURAL_UNITS.get(tokens[last.last + 1]?.lower ?? "");
    if (!unit) continue;
    let k = j;
    while (k > 0 && nextInList(tokens, mentions[k - 1] as Mention, mentions[k] as Mention)) k--;
    if (k === j) continue;
    for (let m = k; m <= j; m++) {
      const member = mentions[m] as Mention;
      if (member.first !== member.last) continue;
      const folded = tokens[member.first]?.folded ?? "";
      const own = gaz.names.lookup(`${folded} ${unit}`);
      const refs = own.length > 0 ? own : unitOfTown(gaz, folded, unit);
      if (refs && refs.length > 0) member.refs = refs;
    }
  }
}

export function findMentions(gaz: Gazetteer, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t && !t.cap && lowercaseName(gaz, tokens, i)) {
      // "kherson region", "donetsk obl": the unit rather than the town.
      const next = tokens[i + 1];
      if (next && !next.cap && ADMIN_NOUNS.has(next.lower) && joinable(t.gapAfter)) {
        const unit = gaz.names.lookup(`${t.folded} ${ABBREVIATIONS.get(next.folded) ?? next.folded}`);
        if (unit.length > 0) {
          out.push({ first: i, last: i + 1, refs: unit });
          i += 2;
          continue;
        }
      }
      const refs = gaz.names
        .lookup(t.folded)
        .filter(
          (r) => r >> 1 < 0 || lowercaseRowOk(gaz.cities, r >> 1, gaz.focusCountries, gaz.detailCountries),
        );
      if (refs.length > 0) out.push({ first: i, last: i, refs });
      i++;
      continue;
    }
    if (!t || !canStart(tokens, i)) {
      i++;
      continue;
    }
    // Cyrillic names are not in the head set (their index is built lazily), so always try them long.
    // A word before "region"/"oblast" may name the unit in a spelling only its town has ("Kharkov region").
    const entry = gaz.names.word(t.folded);
    const longer =
      t.cyrillic || entry.longer || (joinable(t.gapAfter) && ADMIN_NOUNS.has(tokens[i + 1]?.lower ?? ""));
    // A word that starts no longer name and is no name itself needs no other test: most capitals.
    if ((!longer && entry.refs.length === 0) || afterTitle(tokens, i)) {
      i++;
      continue;
    }
    const limit = longer ? spanLimit(tokens, i) : 1;
    let matched = 0;
    for (let n = limit; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (n > 1 && last && !last.cap && !ADMIN_NOUNS.has(last.lower) && !FACILITY_NOUNS.has(last.lower))
        continue;
      // "Al" of an unknown "Al-Something" is no place ("Ål" in Norway), nor is the first half of an
      // unknown hyphenated name ("Bilhorod" of a misspelt "Bilhorod-Dnistrovskyi" is no Belgorod).
      if (n === 1 && (isExcludedWord(gaz, t) || !t.cap || unknownCompound(gaz, tokens, i))) break;
      let refs = lookup(gaz, tokens, i, n);
      if (refs === "stop") {
        matched = n;
        break;
      }
      // A short all-capital word is an acronym unless it is a country's or a supplement's alias (US, UK).
      if (n === 1 && t.allCaps && t.text.length <= 3) refs = refs.filter((r) => r >> 1 < 0);
      if (refs.length === 0) continue;
      matched = n;
      if (NOT_THE_CITY.has(tokens[i + n]?.lower ?? "") && joinable(tokens[i + n - 1]?.gapAfter ?? "")) break;
      if (facilityAfter(tokens, i + n - 1)) break;
      out.push({ first: i, last: i + n - 1, refs });
      break;
    }
    i += Math.max(1, matched);
  }
  listedUnits(gaz, tokens, out);
  return out;
}

/** Whether token i opens a hyphenated name whose capitalised second half is no place either. */
function unknownCompound(gaz: Gazetteer, tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.gapAfter !== "-" || !next?.cap) return false;
  if (isArticle(t.folded)) return true;
  return gaz.names.word(next.folded).refs.length === 0 && demonymOfFolded(gaz.demonyms, next.folded) === null;
}

/** Demonyms ("Armenian" is an actor), months and weekdays are never single-word places. */
function isExcludedWord(gaz: Gazetteer, t: Token): boolean {
  return NEVER_PLACES.has(t.folded) || demonymOfFolded(gaz.demonyms, t.folded) !== null;
}
