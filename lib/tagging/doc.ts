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
}

export function buildDoc(text: string, lex: Lexicon): Doc {
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const sentences = splitSentences(
    text,
    tokens,
    quotes.map((q) => [q.start, q.end]),
  );
  const mentions = findActorMentions(lex, tokens);
  const mentionAt: Array<ActorMention | undefined> = new Array(tokens.length);
  for (const m of mentions) for (let k = m.from; k < m.to; k++) mentionAt[k] = m;
  return { text, tokens, sentences, quotes, mentions, mentionAt, lex };
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
