import {
  CHANNEL_PREPS,
  CITATIONS,
  CUES,
  CYRILLIC_ROLES,
  PLACE_LEAD,
  PLACE_TAIL,
  SEATS,
  SHORT_SIDES,
  SOURCE_ACRONYMS,
} from "./digest-words";
import type { Doc } from "./doc";
import { parseCount } from "./numbers";
import { acronymActor } from "./speaker-actors";
import { NOT_NAMES, ROLE_WORDS } from "./speaker-words";
import { npBefore } from "./speakers";
import { CHANNEL_NOUNS } from "./statement-adverbials";
import { type Np, w } from "./statement-frames";

/** Which phrases before a digest line's separator are sources ("AZ MoD", "Kherson reg. gov", "UA SOF"). */

/** The source phrase from `lineStart` to the separator at `sep`, or null when it is no source. */
export function sourceBefore(doc: Doc, si: number, lineStart: number, sep: number): Np | null {
  let end = sep;
  // "Aliyev (tweet): …"
  if (w(doc, end - 1) === ")") {
    let o = end - 2;
    while (o > lineStart && o >= end - 4 && w(doc, o) !== "(") o--;
    if (w(doc, o) === "(") end = o;
  }
  // "Pashinyan on FB: …", "UA GS update: …", "Zelensky in nightly address: …"
  for (let c = Math.max(lineStart + 1, end - 4); c < end; c++) {
    const via = doc.tokens[c + 1]?.cap || CUES.has(w(doc, c + 1)) || CHANNEL_NOUNS.has(w(doc, end - 1));
    if (CHANNEL_PREPS.has(w(doc, c)) && via) {
      end = c;
      break;
    }
  }
  while (end - 1 > lineStart && CUES.has(w(doc, end - 1)) && !doc.tokens[end - 1]?.cap) end--;
  // "AZ mil. losses: …", "army dead per its own list: …", "AZ MoD DAILY — …": a topic heads the claim.
  if (TOPICS.has(w(doc, end - 1))) return null;
  for (let k = lineStart; k < end; k++) if (w(doc, k) === "per") return null;
  if (quotedIn(doc, lineStart, end)) return null;
  const np = npBefore(doc, end, lineStart);
  if (!np || np.from !== lineStart)
    return cyrillicSource(doc, lineStart, end) ?? shortSource(doc, si, lineStart, end);
  if (CITATIONS.has(w(doc, np.from))) return null;
  const first = doc.mentionAt[np.from];
  const org = first && doc.lex.actors.get(first.actor)?.kind !== "country" && first.via === "name";
  const hasRole = roleWordIn(doc, np.from, np.to);
  const person = [...Array(np.to - np.from).keys()].some((i) => doc.mentionAt[np.from + i]?.via === "person");
  // A country code alone ("AZ: …") is a source; a country's name ("Ukraine: …") may be a heading.
  // An actor's acronym ("ENDF: …", "IDF: …") speaks like a code.
  const one = np.to - np.from === 1 ? doc.tokens[np.from] : undefined;
  // A country's name in capitals is a heading ("SUDAN: …"), its acronym a code ("SAF: …").
  const spelled =
    one && first
      ? doc.lex.actors.get(first.actor)?.names.find((n) => n.toLowerCase() === one.norm)
      : undefined;
  const nameInCaps = !!spelled && spelled !== spelled.toUpperCase();
  const code =
    (!!one && !!first && !nameInCaps && /^\p{Lu}{2,5}$/u.test(one.text)) ||
    (!!one && !!acronymActor(doc, np.from));
  // A short form of a side ("Arm: …", "Ukr: …") speaks for it. (An unknown word in capitals is not taken
  // for an acronym: "GAZA: …" and "AXUM: …" are headings.)
  const short = !!one && !first && SHORT_SIDES.has(one.norm) && !doc.shouted.has(si);
  const acronym = !!one && one.text === one.text.toUpperCase() && SOURCE_ACRONYMS.has(one.norm);
  // Two or three capitalised words that are no actor are a person's name: "Anar Guliyev: …".
  // Not in a shouted line, where every word is capitalised ("AXUM MASSACRE: HUNDREDS KILLED"), and not
  // a place ("El Fasher: …", "North Darfur: …", "Donetsk Oblast: …").
  const named =
    !doc.shouted.has(si) &&
    np.to - np.from >= 2 &&
    np.to - np.from <= 3 &&
    !PLACE_LEAD.has(w(doc, np.from)) &&
    !PLACE_TAIL.has(w(doc, np.to - 1)) &&
    [...Array(np.to - np.from).keys()].every(
      (i) =>
        doc.tokens[np.from + i]?.cap &&
        !doc.mentionAt[np.from + i] &&
        !NOT_NAMES.has(w(doc, np.from + i)) &&
        !SHOUTED_WORD.test(doc.tokens[np.from + i]?.text ?? ""),
    );
  // Seats of power speak ("Kremlin: …"); a capital city may be a place heading ("Kyiv: …").
  const seat = first?.via === "metonym" && SEATS.has(doc.tokens[np.from]?.norm ?? "");
  // "El Fasher - 12 dead, 30 inj": capitalised words heading a bare tally are a place, not a source.
  const tallyHeading = named && parseCount(doc.tokens, sep + 1) !== null;
  // A sitrep's section label ("Health: …", "Emergency: …"): a word that qualifies an office names nobody.
  if (one && !first && QUALIFIERS.has(one.norm)) return null;
  if (!org && !hasRole && !person && !code && !(named && !tallyHeading) && !seat && !short && !acronym)
    return shortSource(doc, si, lineStart, end);
  // Kept as written when the resolver does not know it ("CENTCOM").
  return { ...np, asWritten: true };
}

/**
 * Hasty offices the phrase reader does not take: clipped words with dots ("Kherson reg. gov: …", "UK def.
 * min.: …") and a side's code before an office acronym ("UA SOF: …", "US CENTCOM: …"). Kept as written.
 */
function shortSource(doc: Doc, si: number, lineStart: number, end: number): Np | null {
  const n = end - lineStart;
  const one = doc.tokens[lineStart];
  // A known acronym the phrase reader does not take as a noun ("CENTCOM: …").
  if (n === 1 && one && one.text === one.text.toUpperCase() && SOURCE_ACRONYMS.has(one.norm))
    return { from: lineStart, to: end, asWritten: true };
  if (n < 2 || n > 7 || doc.shouted.has(si)) return null;
  let office = false;
  let dotted = false;
  for (let k = lineStart; k < end; k++) {
    const t = doc.tokens[k];
    if (!t) return null;
    if (t.kind === "punct") {
      // Only a dot glued to the word before it: "reg.", "min."
      if (t.text !== "." || k === lineStart || doc.tokens[k - 1]?.end !== t.start) return null;
      dotted = true;
      continue;
    }
    if (t.kind !== "word") return null;
    if (CLIPPED_OFFICES.has(t.norm) || ROLE_WORDS.has(t.norm)) office = true;
    // An office's acronym after a side's code: "IL PMO", "UA SOF".
    else if (k > lineStart && /^\p{Lu}{2,8}$/u.test(t.text) && sideCode(doc, lineStart)) office = true;
  }
  if (!office) return null;
  // "Gaza health min: …", "IPC review committee: …": an office word closing a phrase opened by a
  // capitalised word, with a clipped office or a known acronym in it.
  const last = w(doc, end - 1);
  const closed =
    !!one?.cap &&
    (ROLE_WORDS.has(last) || CLIPPED_OFFICES.has(last)) &&
    (CLIPPED_OFFICES.has(last) || SOURCE_ACRONYMS.has(one.norm) || !!acronymActor(doc, lineStart));
  if (!dotted && !closed && !sideCode(doc, lineStart)) return null;
  return { from: lineStart, to: end, asWritten: true };
}

/** A country code or a short form of a side: "UA", "IL", "US", "Leb", "Ukr". */
function sideCode(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (SHORT_SIDES.has(t.norm)) return true;
  if (!/^\p{Lu}{2,3}$/u.test(t.text)) return false;
  // A code is a mention of its own, not the first word of a longer name ("NEW DELHI").
  const m = doc.mentionAt[k];
  return (!!m && m.to - m.from === 1) || (t.text.length === 2 && doc.lex.actors.has(t.text));
}

/** A word in capitals of three letters or more: a dateline or a heading ("LOS ANGELES", "HOSTAGE TALLY"), no name. */
const SHOUTED_WORD = /^\p{Lu}{3,}$/u;
/** Role words that qualify an office and alone name nobody. */
const QUALIFIERS = new Set(
  `health emergency emergencies security protection foreign information info defence defense interior state
   human rights press situations senior high first prime vice`.split(/\s+/),
);
/** A quotation in the phrase before the separator makes it a heading ("Rebels 'in the town' — …"). */
function quotedIn(doc: Doc, from: number, to: number): boolean {
  const a = doc.tokens[from]?.start ?? 0;
  const b = doc.tokens[to - 1]?.end ?? 0;
  for (const q of doc.quotes) if (q.start >= a && q.start < b) return true;
  return false;
}

/** Words that close a heading of what a line is about, not of who speaks. */
const TOPICS = new Set(
  `losses loss dead deaths casualties toll tolls killed wounded injured missing displaced pows damage daily weekly
   roundup digest summary list figures`.split(/\s+/),
);

const CLIPPED_OFFICES = new Set(
  "min gov reg admin def dept spkr cttee cmte comm cmdr hq mil pres sec govt off".split(" "),
);

/** "Минобороны РФ: …": a Cyrillic office word or acronym opening the line. */
function cyrillicSource(doc: Doc, lineStart: number, end: number): Np | null {
  if (end - lineStart > 3) return null;
  for (let k = lineStart; k < end; k++) {
    const t = doc.tokens[k];
    if (t?.kind !== "word" || !/\p{Script=Cyrillic}/u.test(t.text)) return null;
  }
  for (let k = lineStart; k < end; k++) {
    const t = doc.tokens[k];
    if (t && (CYRILLIC_ROLES.has(t.norm) || /^\p{Lu}{2,5}$/u.test(t.text)))
      return { from: lineStart, to: end, asWritten: true };
  }
  return null;
}

function roleWordIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ROLE_WORDS.has(w(doc, k))) return true;
  return false;
}
