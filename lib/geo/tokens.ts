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

const LETTER = /[\p{L}\p{M}]/u;
const SENTENCE_END = /[.!?;]["'”’»)]*\s|[\n\r]|[.!?]["'”’»)]*$/;
const OPENER = /(["“«(:]|\s[—–-])\s*$/;

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(text.charAt(i));
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Splits text into word tokens (letters, with inner apostrophes) with sentence numbers; offsets are
 * UTF-16 offsets into `text`. A hand-written scanner: this runs on every article and a Unicode regex
 * over the whole text costs several times more.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let prevEnd = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      if (isLetterAt(text, i)) i++;
      else if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && isLetterAt(text, i + 1)) i += 2;
      else break;
    }
    pushToken(out, text, start, i, prevEnd, sentence);
    const last = out[out.length - 1] as Token;
    sentence = last.sentence;
    prevEnd = i;
  }
  const last = out[out.length - 1];
  if (last) last.gapAfter = text.slice(prevEnd);
  return out;
}

function pushToken(
  out: Token[],
  text: string,
  start: number,
  end: number,
  prevEnd: number,
  sentence: number,
) {
  // Most gaps are one space: reuse the literal instead of slicing a new string.
  const gapBefore =
    start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? " " : text.slice(prevEnd, start);
  const prev = out[out.length - 1];
  let newSentence = out.length === 0;
  if (prev) {
    prev.gapAfter = gapBefore;
    if (gapBefore !== " " && SENTENCE_END.test(gapBefore)) {
      sentence++;
      newSentence = true;
    }
  }
  let word = text.slice(start, end);
  let possessive = false;
  const tail = word.charCodeAt(word.length - 2);
  if (word.length > 2 && isApostrophe(tail) && (word.endsWith("s") || word.endsWith("S"))) {
    word = word.slice(0, -2);
    possessive = true;
  }
  const first = word.charAt(0);
  const lower = word.toLowerCase();
  const cap = isUpper(first);
  out.push({
    start,
    end: start + word.length,
    text: word,
    // Only capitalised words start names; the rest are compared in lower case, folded on demand.
    folded: cap || lower.charCodeAt(0) > 0x7f ? foldName(word) : lower,
    lower,
    cap,
    allCaps: cap && word.length > 1 && word === word.toUpperCase(),
    cyrillic: first.charCodeAt(0) >= 0x400 && hasCyrillic(first),
    possessive,
    sentence,
    sentenceStart: newSentence || (gapBefore !== " " && OPENER.test(gapBefore)),
    gapAfter: "",
  });
}

/** Whether two neighbouring tokens can belong to one name: only a space or a hyphen between them. */
export function joinable(gap: string): boolean {
  return gap === " " || gap === "-" || gap === "‐" || gap === "‑";
}

// Short words a title-case headline leaves in lower case.
const FUNCTION_WORDS = new Set(
  "a an the of in on at to for by and or but with from as vs via into over up out off per nor so yet is are".split(
    " ",
  ),
);

/**
 * Title case: a headline or digest line where every word but the short function words is capitalised,
 * so capitals say nothing about names. Measured per sentence; "President X met Y in Z" is not one.
 */
export function titleCaseSentences(tokens: Token[]): Set<number> {
  const counts = new Map<number, [number, boolean]>();
  for (const t of tokens) {
    const c = counts.get(t.sentence) ?? [0, false];
    if (t.cap) c[0]++;
    else if (!FUNCTION_WORDS.has(t.lower)) c[1] = true;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, [caps, lower]] of counts) if (caps >= 3 && !lower) out.add(s);
  return out;
}
