import {
  CHANNEL_PREPS,
  CITATIONS,
  CLIPPED,
  CUES,
  CYRILLIC_ROLES,
  HEADINGS,
  LINE_LEAD,
  MONTH_ABBR,
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
import { flagActor, isFlag } from "./statement-flags";
import { type Frame, type Np, reportedFrame, tokenAt, w } from "./statement-frames";

/**
 * Digest lines "SOURCE: claim" ("AZ MoD: 3 tanks destroyed near Fuzuli", "Arm MoD - shelling of Goris",
 * "UA GS update: …", "Pashinyan on FB: …", "🇺🇦 GS: …") report the source's words. The source must be a
 * role, a person or an organisation, so that "Ukraine: heavy fighting" (a topic), "El Fasher: …" (a place)
 * and "Per AZ MoD: …" (a citation) are not. One line may carry several sources split by "|", ";" or "•".
 */
export function digestFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  let header: Source | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    let open: Source | null = null;
    let segStart = s.from;
    let own = false;
    for (let k = s.from; k <= s.to; k++) {
      if (k < s.to && (doc.tokens[k]?.kind !== "punct" || !SEGMENT_BREAKS.has(w(doc, k)))) continue;
      const found = sourceAt(doc, si, segStart, k);
      if (found && found.qs < 0) {
        // "AZ MoD:" alone on its line heads the bullets below it.
        header = segStart === s.from && k === s.to ? found : null;
      } else if (found) {
        if (open) closeSource(frames, doc, si, open, segStart - 1);
        open = found;
        own = true;
      }
      segStart = k + 1;
    }
    if (open) {
      const run = sameLineRun(doc, si);
      closeSource(frames, doc, si, open, doc.sentences[run]?.to ?? s.to);
      header = null;
      si = run;
    } else if (header && header.np.to <= s.from && !own) {
      // "- 3 tanks destroyed near Fuzuli" under "AZ MoD:"
      if (!BULLETS.has(w(doc, s.from)) || s.to - s.from < 3) header = null;
      else {
        const before = frames.length;
        closeSource(frames, doc, si, { ...header, qs: s.from + 1 }, s.to);
        const f = frames[before];
        if (f) f.evStart = doc.tokens[s.from + 1]?.start ?? f.evStart;
      }
    }
  }
  return frames;
}

/**
 * The last sentence of a digest claim broken by a clipped word's dot on the same line ("IDF: 2 hurt in n.
 * Gaza", "IRGC: op. 'Dawn' hit 3 bases"): a lower-case word of word from CLIPPED before the dot.
 */
function sameLineRun(doc: Doc, si: number): number {
  let r = si;
  for (;;) {
    const s = doc.sentences[r];
    const next = doc.sentences[r + 1];
    if (!s || !next) return r;
    const dot = doc.tokens[s.to - 1];
    const word = doc.tokens[s.to - 2];
    if (dot?.text !== "." || word?.kind !== "word" || word.end !== dot.start) return r;
    if (!CLIPPED.has(word.text)) return r;
    if (doc.text.slice(dot.end, next.start).includes("\n")) return r;
    r++;
  }
}

const BULLETS = new Set(["-", "*", "•", "·", "▪", "►", "+", "–", "—"]);

type Source = { np: Np; qs: number; flag: string | null };

/** The frame of a source whose words run up to token `end` (the next source's separator or the line's end). */
function closeSource(frames: Frame[], doc: Doc, si: number, open: Source, end: number): void {
  let e = end;
  while (e > open.qs && CLOSING.has(w(doc, e - 1))) e--;
  if (e <= open.qs) return;
  const f = reportedFrame(doc, open.np, doc.tokens[open.qs]?.start ?? 0, doc.tokens[e - 1]?.end ?? 0, si);
  if (open.flag) f.affiliation = open.flag;
  frames.push(f);
}

const CLOSING = new Set([".", ",", ";", "!", "|", "•"]);
const SEGMENT_BREAKS = new Set(["|", ";", "•"]);

/** Emoji and symbols that open Telegram lines: "⚡️", "🚨", "🔴". */
function symbol(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t?.kind === "punct" && t.text.charCodeAt(0) >= 0x2190;
}

function isSeparator(doc: Doc, k: number): number {
  if (doc.tokens[k]?.kind !== "punct") return 0;
  const x = w(doc, k);
  if (x === ":") return 1;
  const t = doc.tokens[k];
  // "AZ MoD - …" (a spaced dash), "AZ MoD → …", "AZ MoD -> …"
  if (x === "-" && t?.start !== doc.tokens[k - 1]?.end) return w(doc, k + 1) === ">" ? 2 : 1;
  if (x === "→" || x === "»" || x === "⇒") return 1;
  return 0;
}

function sourceAt(doc: Doc, si: number, from: number, to: number): Source | null {
  // Most lines have no separator near their start: leave them at once.
  let any = false;
  for (let k = from + 1; k < Math.min(to, from + 16) && !any; k++) any = isSeparator(doc, k) > 0;
  if (!any) return null;
  // Bullets, dashes, dates, times and flags may open a digest line: "• Oct 4, 08:00 🇦🇿 MoD: …".
  let lineStart = from;
  let flagFrom = -1;
  for (;;) {
    const x = w(doc, lineStart);
    if (lineStart >= to) return null;
    if (isFlag(doc, lineStart)) {
      if (flagFrom < 0) flagFrom = lineStart;
      lineStart += 2;
    } else if (
      LINE_LEAD.has(x) ||
      doc.tokens[lineStart]?.kind === "num" ||
      MONTH_ABBR.has(x) ||
      symbol(doc, lineStart)
    )
      lineStart++;
    // "[08:15] AZ MoD: …", "(UPDATE) Arm MoD: …": a bracketed stamp before the source.
    else if ((x === "[" || x === "(") && lineStart === from) {
      let c = lineStart + 1;
      while (c < Math.min(to, lineStart + 7) && w(doc, c) !== "]" && w(doc, c) !== ")") c++;
      if (c >= Math.min(to, lineStart + 7)) break;
      lineStart = c + 1;
    }
    // "BREAKING: AZ MoD: …": a heading before the source.
    else if (HEADINGS.has(x) && lineStart + 1 < to) {
      let h = lineStart + 1;
      while (h < to && (HEADINGS.has(w(doc, h)) || doc.tokens[h]?.kind === "num")) h++;
      if (!isSeparator(doc, h)) break;
      lineStart = h + isSeparator(doc, h);
      flagFrom = -1;
    } else break;
  }
  if (flagFrom >= 0 && flagFrom + 2 !== lineStart) flagFrom = -1;
  // "@DefenceU: …": an account's handle speaks for it.
  if (w(doc, lineStart) === "@" && doc.tokens[lineStart + 1]?.start === doc.tokens[lineStart]?.end) {
    let e = lineStart + 1;
    while (e + 1 < to && doc.tokens[e + 1]?.start === doc.tokens[e]?.end && w(doc, e + 1) !== ":") e++;
    const sep = isSeparator(doc, e + 1);
    const at = doc.tokens[e + 1 + sep];
    if (!sep || !at || e + 1 + sep >= to) return null;
    return { np: { from: lineStart, to: e + 1, asWritten: true }, qs: e + 1 + sep, flag: null };
  }
  for (let k = lineStart + 1; k < Math.min(to, lineStart + 13); k++) {
    const sep = isSeparator(doc, k);
    if (!sep) continue;
    const np = sourceBefore(doc, si, lineStart, k);
    const after = k + sep;
    const at = doc.tokens[after];
    if (!np) return null;
    const flag =
      flagFrom >= 0
        ? flagActor(doc, flagFrom)
        : np.to - np.from === 1
          ? (SHORT_SIDES.get(w(doc, np.from)) ?? null)
          : null;
    const src = flagFrom >= 0 ? { ...np, from: flagFrom } : np;
    // A source with nothing after its colon heads the lines below it.
    if (after >= to && w(doc, k) === ":") return { np: src, qs: -1, flag };
    if (!at || after >= to || wholeQuote(doc, at.start, to)) return null;
    return { np: src, qs: after, flag };
  }
  return null;
}

/**
 * A claim that is all one quotation ("Arm MoD: 'no such launch took place'") is the source's direct words;
 * a quotation that opens a longer claim ("RU MoD: 'up to 50 troops eliminated' near Avdiivka") stays in it.
 */
function wholeQuote(doc: Doc, start: number, to: number): boolean {
  for (const q of doc.quotes) {
    if (q.start !== start) continue;
    let k = tokenAt(doc, q.end);
    while (k < to && CLOSING.has(w(doc, k))) k++;
    return k >= to;
  }
  return false;
}

/** The source phrase from `lineStart` to the separator at `sep`, or null when it is no source. */
function sourceBefore(doc: Doc, si: number, lineStart: number, sep: number): Np | null {
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
  const code =
    (!!one && !!first && /^\p{Lu}{2,5}$/u.test(one.text)) || (!!one && !!acronymActor(doc, np.from));
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
        doc.tokens[np.from + i]?.cap && !doc.mentionAt[np.from + i] && !NOT_NAMES.has(w(doc, np.from + i)),
    );
  // Seats of power speak ("Kremlin: …"); a capital city may be a place heading ("Kyiv: …").
  const seat = first?.via === "metonym" && SEATS.has(doc.tokens[np.from]?.norm ?? "");
  // "El Fasher - 12 dead, 30 inj": capitalised words heading a bare tally are a place, not a source.
  const tallyHeading = named && parseCount(doc.tokens, sep + 1) !== null;
  if (!org && !hasRole && !person && !code && !(named && !tallyHeading) && !seat && !short && !acronym)
    return shortSource(doc, si, lineStart, end);
  return np;
}

/**
 * Hasty offices the phrase reader does not take: clipped words with dots ("Kherson reg. gov: …", "UK def.
 * min.: …") and a side's code before an office acronym ("UA SOF: …", "US CENTCOM: …"). Kept as written.
 */
function shortSource(doc: Doc, si: number, lineStart: number, end: number): Np | null {
  const n = end - lineStart;
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
  if (!dotted && !sideCode(doc, lineStart)) return null;
  return { from: lineStart, to: end, asWritten: true };
}

/** A country code or a short form of a side: "UA", "IL", "US", "Leb", "Ukr". */
function sideCode(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (SHORT_SIDES.has(t.norm)) return true;
  if (!/^\p{Lu}{2,3}$/u.test(t.text)) return false;
  return !!doc.mentionAt[k] || (t.text.length === 2 && doc.lex.actors.has(t.text));
}

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
