import { foldName, hasCyrillic } from "./fold";

/** A word of the text, with what the place matcher needs to know about it. */
export interface Token {
  start: number;
  /** End offset, before any possessive "'s". */
  end: number;
  text: string;
  folded: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  allCaps: boolean;
  cyrillic: boolean;
  /** Followed by "'s" / "’s". */
  possessive: boolean;
  /** Sentence number: role cues are only read within one sentence. */
  sentence: number;
  /** First word of its sentence or line: capitalised for grammar, not because it is a name. */
  sentenceStart: boolean;
  /** The characters between this token and the next (punctuation, spaces). */
  gapAfter: string;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SENTENCE_END = /[.!?;]["'”’»)]*\s|[\n\r]|[.!?]["'”’»)]*$/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Splits text into word tokens with sentence numbers; offsets are UTF-16 offsets into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let prevEnd = 0;
  let newSentence = true;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    let word = m[0];
    const gapBefore = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    if (prev) {
      prev.gapAfter = gapBefore;
      if (SENTENCE_END.test(gapBefore)) {
        sentence++;
        newSentence = true;
      }
    }
    let possessive = false;
    if (/['’][sS]$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const first = word.charAt(0);
    out.push({
      start,
      end: start + word.length,
      text: word,
      folded: foldName(word),
      lower: word.toLowerCase(),
      cap: isUpper(first),
      allCaps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
      cyrillic: hasCyrillic(first),
      possessive,
      sentence,
      sentenceStart: newSentence || /(["“«(:]|\s[—–-])\s*$/.test(gapBefore),
      gapAfter: "",
    });
    newSentence = false;
    prevEnd = start + m[0].length;
  }
  const last = out[out.length - 1];
  if (last) last.gapAfter = text.slice(prevEnd);
  return out;
}

/** Whether two neighbouring tokens can belong to one name: only a space or a hyphen between them. */
export function joinable(gap: string): boolean {
  return gap === " " || gap === "-" || gap === "‐" || gap === "‑";
}

/**
 * Title case: a headline or digest line where most words are capitalised, so capitals say nothing about
 * names. Measured per sentence.
 */
export function titleCaseSentences(tokens: Token[]): Set<number> {
  const counts = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (t.text.length < 4) continue;
    const c = counts.get(t.sentence) ?? [0, 0];
    c[0]++;
    if (t.cap) c[1]++;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, [all, caps]] of counts) if (all >= 3 && caps / all >= 0.7) out.add(s);
  return out;
}
