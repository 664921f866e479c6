import { type ActorMention, findActorMentions, type Lexicon } from "./lexicon";
import { findQuotes, type QuoteSpan } from "./quotes";
import { type Sentence, splitSentences, type Token, tokenize } from "./text";

/** One article prepared for the extractors: tokens, sentences, quotations and actor mentions, built once. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  mentions: ActorMention[];
  /** The mention covering each token, if any. */
  mentionAt: Array<ActorMention | undefined>;
  lex: Lexicon;
  /** Sentences with no capitals at all (lower-case digests): names are read without case there. */
  caseless: Set<number>;
  /** Sentences in capitals throughout (shouted headlines). */
  shouted: Set<number>;
}

export function buildDoc(text: string, lex: Lexicon): Doc {
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const sentences = splitSentences(
    text,
    tokens,
    quotes.map((q) => [q.start, q.end]),
  );
  const caseless = caselessSentences(tokens, sentences);
  const shouted = shoutedSentences(tokens, sentences);
  const mentions = findActorMentions(lex, tokens, caseless).filter((m) => !personNamed(tokens, m.from, m.to));
  const mentionAt: Array<ActorMention | undefined> = new Array(tokens.length);
  for (const m of mentions) for (let k = m.from; k < m.to; k++) mentionAt[k] = m;
  return { text, tokens, sentences, quotes, mentions, mentionAt, lex, caseless, shouted };
}

/** Sentences whose words are all in capitals ("AZERBAIJAN SAYS …"). */
function shoutedSentences(tokens: Token[], sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    let words = 0;
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k];
      if (t?.kind !== "word") continue;
      if (t.text !== t.text.toUpperCase()) return;
      words++;
    }
    if (words >= 3) out.add(i);
  });
  return out;
}

/** Sentences written all in lower case (digest headlines), where names are matched without capitals. */
function caselessSentences(tokens: Token[], sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    let words = 0;
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k];
      if (t?.kind !== "word") continue;
      if (t.cap) return;
      words++;
    }
    if (words >= 3) out.add(i);
  });
  return out;
}

// Country names that are also first names: "Chad Brooks" is a person, not Chad.
const FIRST_NAMES = new Set(["chad", "jordan", "georgia", "israel", "kenya", "india", "america"]);

function personNamed(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from];
  const next = tokens[to];
  if (!t || !next || to - from !== 1 || !FIRST_NAMES.has(t.norm)) return false;
  if (next.kind !== "word" || !next.cap || next.start - t.end !== 1) return false;
  // In a headline set in title case every word is capitalised; there "Georgia Bans" is the country.
  let words = 0;
  let caps = 0;
  for (let k = Math.max(0, from - 6); k < Math.min(tokens.length, to + 6); k++) {
    const x = tokens[k];
    if (x?.kind !== "word" || x.sentence !== t.sentence) continue;
    words++;
    if (x.cap) caps++;
  }
  return caps / Math.max(1, words) < 0.6;
}

/** Mentions whose tokens lie inside [from, to). */
export function mentionsIn(doc: Doc, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of doc.mentions) {
    if (m.from >= to) break;
    if (m.from >= from && m.to <= to) out.push(m);
  }
  return out;
}
