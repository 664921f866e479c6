/**
 * Tokens and sentences over the tagged text. Every token keeps its offsets into the original string so
 * that evidence spans can always be cut from the text the tagger was given.
 */

import { isSpace } from "@/lib/geo/tokens";

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, diacritics folded ("Çavuşoğlu" → "cavusoglu"); curly quotes folded to straight ones. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The first character is an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to (filled by `splitSentences`). */
  sentence: number;
  /** The word classes (see `wordClass`) its normal form belongs to, one bit each. */
  classes: number;
}

export interface Sentence {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
  start: number;
  end: number;
}

// Letters that NFD does not decompose into base + mark, and the two schwas Azerbaijani text mixes.
const SPECIAL_FOLDS: Record<string, string> = {
  ə: "e",
  ǝ: "e",
  Ə: "e",
  Ǝ: "e",
  ı: "i",
  ß: "ss",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ł: "l",
  Ł: "l",
  æ: "ae",
  œ: "oe",
  "’": "'",
  "‘": "'",
  "`": "'",
  "“": '"',
  "”": '"',
  "«": '"',
  "»": '"',
  "„": '"',
  "–": "-",
  "—": "-",
};

const foldCache = new Map<string, string>();
const NON_ASCII = /[\u0080-\uffff]/g;

function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  const special = SPECIAL_FOLDS[ch];
  const out =
    special ??
    ch
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase();
  foldCache.set(ch, out);
  return out;
}

/** Lower-case and strip diacritics so that transliteration variants compare equal. */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s.replace(NON_ASCII, foldChar).toLowerCase();
}

// Numbers keep their thousands separators ("1,119"); words keep inner hyphens ("Nagorno-Karabakh");
// everything else is one punctuation character per token. A word starts with a letter: a variation
// selector or other mark after an emoji ("⚡️AZ MoD") is not part of the word that follows it. The scanner
// below reads by character codes (as /\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}\d]+)*|\S/u would,
// at a fraction of the cost); only non-ASCII characters are tested against Unicode classes.

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 2 for a surrogate pair at i, else 1. */
function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function letterAt(s: string, i: number, marks: boolean): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (marks ? LETTER_OR_MARK : LETTER).test(s.slice(i, i + codePointLength(s, i)));
}

// ASCII character classes, read by table: most news copy is ASCII, and the scanner visits every character.
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const UPPER = 3;
const LOWER = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = isSpace(c)
    ? SPACE
    : isDigit(c)
      ? DIGIT
      : c >= 65 && c <= 90
        ? UPPER
        : c >= 97 && c <= 122
          ? LOWER
          : OTHER;
}

// Set by wordEnd for the word just scanned (module state, not a result object: this runs per word).
/** The word holds an upper-case ASCII letter. */
let wordUpper = false;
/** The word holds a non-ASCII character (folding it may change more than case). */
let wordWide = false;

/**
 * Where the rest of a word that continues at i ends: letters and marks, and hyphens before a letter or a
 * digit ("Nagorno-Karabakh", "Su-25"). Sets wordUpper and wordWide for what it reads.
 */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  let k = i;
  let hyphenated = false;
  for (;;) {
    while (k < n) {
      const c = s.charCodeAt(k);
      if (c < 0x80) {
        const cls = ASCII_CLASS[c];
        if (cls === LOWER) k++;
        else if (cls === UPPER) {
          wordUpper = true;
          k++;
        } else if (cls === DIGIT && hyphenated) k++;
        else break;
      } else if (letterAt(s, k, true)) {
        wordWide = true;
        k += codePointLength(s, k);
      } else break;
    }
    if (k + 1 < n && s.charCodeAt(k) === 45 && (letterAt(s, k + 1, true) || isDigit(s.charCodeAt(k + 1)))) {
      hyphenated = true;
      k++;
    } else return k;
  }
}

/** The end of a number that starts at i: digits, with inner separators ("1,119", "2.5"). */
function numberEnd(s: string, i: number): number {
  const n = s.length;
  let k = i + 1;
  while (k < n && isDigit(s.charCodeAt(k))) k++;
  while (k + 1 < n && (s.charCodeAt(k) === 46 || s.charCodeAt(k) === 44) && isDigit(s.charCodeAt(k + 1))) {
    k += 2;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
  }
  return k;
}

/**
 * Word lists that the extractors test on every token (words of kind, count openers, speech verbs) are
 * looked up once per token, here, and read as bits by their owners: one map look-up per token instead of
 * one per list and pass.
 */
const WORD_CLASSES = new Map<string, number>();
let classCount = 0;

/**
 * Registers a list of normal forms as a word class; returns its bit. Call at module load: tokens made
 * before a word joins a class do not carry its bit.
 */
export function wordClass(words: Iterable<string>): number {
  if (classCount >= 31) throw new Error("wordClass: no bits left (31 classes at most)");
  const bit = 1 << classCount++;
  addToWordClass(bit, words);
  return bit;
}

/** Adds words to a class (a lexicon's words, as it loads); only tokens made afterwards carry the bit. */
export function addToWordClass(bit: number, words: Iterable<string>): void {
  for (const w of words) WORD_CLASSES.set(w, (WORD_CLASSES.get(w) ?? 0) | bit);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Lower-case the whole text once; only tokens with non-ASCII characters need folding one by one.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const n = text.length;
  for (let start = 0; start < n; ) {
    const c = text.charCodeAt(start);
    const cls = c < 0x80 ? ASCII_CLASS[c] : OTHER;
    if (cls === SPACE || (c >= 0x80 && isSpace(c))) {
      start++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    let norm: string;
    if (cls === DIGIT) {
      end = numberEnd(text, start);
      kind = "num";
      norm = text.slice(start, end);
    } else if (cls === UPPER || cls === LOWER || (c >= 0x80 && letterAt(text, start, false))) {
      wordUpper = cls === UPPER;
      wordWide = c >= 0x80;
      // The first character is a letter without its marks; the rest may carry them.
      end = wordEnd(text, start + codePointLength(text, start));
      kind = "word";
      norm = "";
    } else {
      end = start + codePointLength(text, start);
      kind = "punct";
      norm = "";
    }
    const t = kind === "num" ? norm : text.slice(start, end);
    if (kind === "word") {
      // A word with no capital and no accent is its own lower-case form.
      norm = wordWide || !sameLength ? fold(t) : wordUpper ? lower.slice(start, end) : t;
    } else if (kind === "punct") norm = c < 0x80 && sameLength ? t : fold(t);
    tokens.push({
      text: t,
      norm,
      start,
      end,
      kind,
      cap: kind === "word" && (cls === UPPER || (c >= 0x80 && t.charAt(0) !== t.charAt(0).toLowerCase())),
      sentence: 0,
      classes: WORD_CLASSES.get(norm) ?? 0,
    });
    start = end;
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "brig",
  "adm",
  "cmdr",
  "sgt",
  "st",
  "no",
  "vs",
  "prof",
  "rev",
  "sen",
  "rep",
  "gov",
  "jan",
  "feb",
  "aug",
  "sept",
  "approx",
  "est",
  "incl",
  "ca",
  "c",
  "appr",
  "oct",
  "nov",
  "dec",
]);

const CLOSERS = new Set(['"', "'", ")", "]"]);

/** Whether text[from, to) holds a line break (read in place: most gaps between tokens are one space). */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Split into sentences at . ! ? followed by a capitalised word, a digit or an opening quote, and at line
 * breaks. Never inside a quotation (`protected` spans), so a quoted passage stays with its attribution.
 */
export function splitSentences(
  text: string,
  tokens: Token[],
  protectedSpans: Array<[number, number]>,
): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let p = 0;
  const inProtected = (pos: number): boolean => {
    while (p < protectedSpans.length && (protectedSpans[p]?.[1] ?? 0) <= pos) p++;
    const span = protectedSpans[p];
    return span !== undefined && span[0] < pos && pos < span[1];
  };
  const close = (to: number) => {
    if (to > from) {
      const a = tokens[from];
      const b = tokens[to - 1];
      if (a && b) sentences.push({ from, to, start: a.start, end: b.end });
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next) continue;
    if (lineBreakIn(text, t.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (t.kind !== "punct" || !(t.text === "." || t.text === "!" || t.text === "?")) continue;
    // Swallow closing quotes/brackets that belong to this sentence.
    let j = i;
    while (tokens[j + 1] && CLOSERS.has(tokens[j + 1]?.norm ?? "") && tokens[j + 1]?.start === tokens[j]?.end)
      j++;
    const after = tokens[j + 1];
    const last = tokens[j];
    if (!after || !last || after.start === last.end) continue;
    if (!(after.cap || after.kind === "num" || after.norm === '"' || after.norm === "'")) continue;
    const prev = tokens[i - 1];
    if (prev && t.text === "." && prev.end === t.start) {
      if (ABBREVIATIONS.has(prev.norm)) continue;
      if (prev.kind === "word" && prev.text.length === 1 && prev.cap) continue; // "U.S.", initials
    }
    if (inProtected(last.end)) continue;
    close(j + 1);
    i = j;
  }
  close(tokens.length);
  for (let s = 0; s < sentences.length; s++) {
    const sen = sentences[s];
    if (!sen) continue;
    for (let k = sen.from; k < sen.to; k++) {
      const tok = tokens[k];
      if (tok) tok.sentence = s;
    }
  }
  return sentences;
}

/** Build an evidence object for a span of the text. */
export function span(text: string, start: number, end: number): { text: string; start: number; end: number } {
  return { text: text.slice(start, end), start, end };
}
