import { foldLower, hasCyrillic } from "./fold";

const CAP = 1;
const ALL_CAPS = 2;
const CYRILLIC = 4;
const POSSESSIVE = 8;
const SENTENCE_START = 16;

/**
 * A word of the text, with what the place matcher needs to know about it. A class with its yes/no facts
 * packed in one number: an article makes hundreds of these, and a smaller object is cheaper to make
 * and to collect.
 */
export class Token {
  constructor(
    readonly start: number,
    /** End offset, before any possessive "'s". */
    readonly end: number,
    readonly text: string,
    readonly folded: string,
    readonly lower: string,
    private readonly flags: number,
    /** Sentence number: role cues are only read within one sentence. */
    readonly sentence: number,
    /** The characters between this token and the next (punctuation, spaces). */
    public gapAfter: string,
  ) {}

  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }

  get cyrillic(): boolean {
    return (this.flags & CYRILLIC) !== 0;
  }

  /** Followed by "'s" / "’s". */
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  /** First word of its sentence or line: capitalised for grammar, not because it is a name. */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }
}

const LETTER = /[\p{L}\p{M}]/u;

// The gap tests below are hand-written: a regular expression per gap costs several times more.

/** The characters that `\s` matches in a regular expression. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Closing quotes and brackets that may follow a full stop: " ' ” ’ » ). */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29;
}

/**
 * Whether a gap ends a sentence: a line break, or ". ! ? ;" (then closing quotes) before white space,
 * or ". ! ?" (then closing quotes) at the end of the gap.
 */
function endsSentence(gap: string): boolean {
  const n = gap.length;
  for (let i = 0; i < n; i++) {
    const c = gap.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3b) continue;
    let j = i + 1;
    while (j < n && isCloser(gap.charCodeAt(j))) j++;
    if (j === n ? c !== 0x3b : isSpace(gap.charCodeAt(j))) return true;
  }
  return false;
}

/** Whether a gap opens a quote, a bracket, a colon's clause or a dash's aside before the next word. */
function opensClause(gap: string): boolean {
  let j = gap.length - 1;
  while (j >= 0 && isSpace(gap.charCodeAt(j))) j--;
  if (j < 0) return false;
  const c = gap.charCodeAt(j);
  if (c === 0x22 || c === 0x201c || c === 0xab || c === 0x28 || c === 0x3a) return true;
  return (c === 0x2014 || c === 0x2013 || c === 0x2d) && j > 0 && isSpace(gap.charCodeAt(j - 1));
}

const ASCII_LETTER = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) ASCII_LETTER[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_LETTER[c] = 1;

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // Accented Latin letters, and the quotes and dashes of news copy, without the Unicode expression.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(text.charAt(i));
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** No lower-case letter in the word ("BAKU", "UN"); stops at the first, usually the second letter. */
function isAllCaps(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x80) return word === word.toUpperCase();
  }
  return true;
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
    // Skip to the next letter; ASCII by table, the rest through isLetterAt.
    let code = text.charCodeAt(i);
    if (code < 0x80 ? ASCII_LETTER[code] === 0 : !isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Only a-z: most words of running text, which need no case folding (see pushToken).
    let plain = code >= 0x61 && code < 0x80;
    while (++i < n) {
      code = text.charCodeAt(i);
      if (code < 0x80) {
        if (ASCII_LETTER[code] === 1) {
          if (code < 0x61) plain = false;
          continue;
        }
      } else if (isLetterAt(text, i)) {
        plain = false;
        continue;
      }
      if (!isApostrophe(code) || i + 1 >= n || !isLetterAt(text, i + 1)) break;
      plain = false;
      i++;
    }
    sentence = pushToken(out, text, start, i, prevEnd, sentence, plain);
    prevEnd = i;
  }
  const last = out[out.length - 1];
  if (last) last.gapAfter = text.slice(prevEnd);
  return out;
}

/** The gap before a word: the common short ones as literals, so that no string is cut for them. */
function gapOf(text: string, from: number, to: number): string {
  const len = to - from;
  if (len === 1 && text.charCodeAt(from) === 32) return " ";
  if (len === 2 && text.charCodeAt(from + 1) === 32) {
    const c = text.charCodeAt(from);
    if (c === 0x2c) return ", ";
    if (c === 0x2e) return ". ";
  }
  return text.slice(from, to);
}

/** Appends the token text[start, end) and returns the sentence number after its gap. */
function pushToken(
  out: Token[],
  text: string,
  start: number,
  end: number,
  prevEnd: number,
  sentence: number,
  plain: boolean,
): number {
  const gapBefore = gapOf(text, prevEnd, start);
  const prev = out[out.length - 1];
  let newSentence = out.length === 0;
  if (prev) {
    prev.gapAfter = gapBefore;
    if (gapBefore !== " " && gapBefore !== ", " && endsSentence(gapBefore)) {
      sentence++;
      newSentence = true;
    }
  }
  const sentenceStart = newSentence || (gapBefore !== " " && opensClause(gapBefore));
  if (plain) {
    // A lower-case ASCII word is its own lower-case and folded form.
    const word = text.slice(start, end);
    out.push(new Token(start, end, word, word, word, sentenceStart ? SENTENCE_START : 0, sentence, ""));
    return sentence;
  }
  let word = text.slice(start, end);
  let possessive = false;
  const tail = word.charCodeAt(word.length - 2);
  if (word.length > 2 && isApostrophe(tail) && (word.endsWith("s") || word.endsWith("S"))) {
    word = word.slice(0, -2);
    possessive = true;
  }
  const code = word.charCodeAt(0);
  const cap = code < 0x80 ? code >= 0x41 && code <= 0x5a : isUpper(word.charAt(0));
  const lower = word.toLowerCase();
  const flags =
    (cap ? CAP : 0) |
    (cap && word.length > 1 && isAllCaps(word) ? ALL_CAPS : 0) |
    (code >= 0x400 && hasCyrillic(word.charAt(0)) ? CYRILLIC : 0) |
    (possessive ? POSSESSIVE : 0) |
    (sentenceStart ? SENTENCE_START : 0);
  // Only capitalised words start names; the rest are compared in lower case, folded on demand.
  const folded = cap || code > 0x7f ? foldLower(lower) : lower;
  out.push(new Token(start, start + word.length, word, folded, lower, flags, sentence, ""));
  return sentence;
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
  const out = new Set<number>();
  let sentence = -1;
  let caps = 0;
  let lower = false;
  // Tokens come in sentence order: one pass, a sentence settled as soon as a lower-case word shows.
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      if (sentence >= 0 && caps >= 3 && !lower) out.add(sentence);
      sentence = t.sentence;
      caps = 0;
      lower = false;
    }
    if (lower) continue;
    if (t.cap) caps++;
    else if (!FUNCTION_WORDS.has(t.lower)) lower = true;
  }
  if (sentence >= 0 && caps >= 3 && !lower) out.add(sentence);
  return out;
}
