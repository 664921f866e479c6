/**
 * Tokens and sentences over the tagged text. Every token keeps its offsets into the original string so
 * that evidence spans can always be cut from the text the tagger was given.
 */

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
// everything else is one punctuation character per token.
// A word starts with a letter: a variation selector or other mark after an emoji ("⚡️AZ MoD") is not
// part of the word that follows it.
const TOKEN_RE = /\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}\d]+)*|\S/gu;

const LETTER = /[\p{L}\p{M}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Lower-case the whole text once; only tokens with non-ASCII letters need folding one by one.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const wide: number[] = [];
  NON_ASCII.lastIndex = 0;
  for (let w = NON_ASCII.exec(text); w !== null; w = NON_ASCII.exec(text)) wide.push(w.index);
  let wi = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const end = m.index + t.length;
    while (wi < wide.length && (wide[wi] ?? 0) < m.index) wi++;
    const plain = sameLength && !(wi < wide.length && (wide[wi] ?? 0) < end);
    const c = t.charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    const ascii = c < 128;
    const kind: TokenKind =
      c >= 48 && c <= 57
        ? "num"
        : upper || (c >= 97 && c <= 122) || (!ascii && LETTER.test(t[0] ?? ""))
          ? "word"
          : "punct";
    const first = t[0] ?? "";
    tokens.push({
      text: t,
      norm: plain ? lower.slice(m.index, end) : fold(t),
      start: m.index,
      end,
      kind,
      cap: kind === "word" && (upper || (!ascii && first !== first.toLowerCase())),
      sentence: 0,
    });
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
    const gap = text.slice(t.end, next.start);
    if (gap.includes("\n")) {
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
