/**
 * What role.ts reads about the text and the sentence around a place: whether the text reports an
 * event, whether the sentence does near the place, is a full clause, is dated to the past century,
 * or was spoken somewhere.
 */
import { ACTOR_VERBS, EVENT_WORDS, MONTHS, SPEECH_VERBS } from "./lexicon";
import type { Token } from "./tokens";

const EVENT_WINDOW = 12;

/** What the whole text says, read once: whether it reports an event at all, and where its title ends. */
export interface RoleScene {
  tokens: Token[];
  /** Whether some event word occurs in the text: 1, 0, or -1 until first asked (see isEventful). */
  eventful: number;
  /** The first line is a title (a line of its own before the body). */
  titled: boolean;
  /** First tokens of the place mentions, in order. */
  mentionFirsts: number[];
}

export function roleScene(tokens: Token[], mentionFirsts: number[]): RoleScene {
  let titled = false;
  for (const t of tokens) {
    if (t.sentence !== 0) break;
    if (t.gapAfter.includes("\n")) {
      titled = true;
      break;
    }
  }
  return { tokens, titled, mentionFirsts, eventful: -1 };
}

// "in 1992", "since 1994", "the 1988 pogroms": a sentence about a past century is background.
const YEAR_LEAD = new Set(
  "in since until till between from and the of by after before during mid early late to".split(" "),
);
const OLD_YEAR = /^\s*1[89]\d\d\b/;

/** Whether the sentence of token i dates what it tells to the 19th or 20th century. */
export function background(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = sentenceStart(tokens, i); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    // A year needs a gap other than one space: most words are passed over without a look-up.
    if (t.gapAfter !== " " && (YEAR_LEAD.has(t.lower) || MONTHS.has(t.lower)) && OLD_YEAR.test(t.gapAfter))
      return true;
  }
  return false;
}

/** The first token of the sentence that token i belongs to. */
function sentenceStart(tokens: Token[], i: number): number {
  const sentence = tokens[i]?.sentence;
  let k = i;
  while (k > 0 && tokens[k - 1]?.sentence === sentence) k--;
  return k;
}

/**
 * "In the city of Al-Fashir, the capital of North Darfur state, the militia launched a heavy artillery
 * bombardment": a locative that opens its sentence sets the scene of the whole clause after it.
 */
export function eventAfter(tokens: Token[], last: number): boolean {
  const sentence = tokens[last]?.sentence;
  for (let k = last + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (EVENT_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether the sentence of token i has a finite verb of its own ("said", "was", "will"): a full clause,
 * unlike the verbless lines of a digest ("SAF vs RSF in Khartoum, Bahri").
 */
export function clauseVerb(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = sentenceStart(tokens, i); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    if (SPEECH_VERBS.has(t.lower) || ACTOR_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Whether the text reports an event at all; read only when a rule asks, then remembered. */
export function isEventful(scene: RoleScene): boolean {
  if (scene.eventful < 0) scene.eventful = scene.tokens.some((t) => EVENT_WORDS.has(t.lower)) ? 1 : 0;
  return scene.eventful === 1;
}

/** The first token of the next place named after token `last`, or null. */
export function nextPlace(scene: RoleScene, last: number): number | null {
  for (const f of scene.mentionFirsts) if (f > last) return f;
  return null;
}

// Words before "in X" that make X where something was said, not where it happened.
const SPEECH_CONTEXT = new Set(
  "told said says reporters briefing conference statement speaking spoke interview based headquartered born lives living".split(
    " ",
  ),
);

export function speechBefore(tokens: Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return false;
    if (SPEECH_CONTEXT.has(t.lower)) return true;
  }
  return false;
}

/** An event word within EVENT_WINDOW tokens of the place, in its sentence. */
export function eventNear(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  // Sentence numbers only grow along the text: each side stops at the sentence's edge.
  const from = Math.max(0, first - EVENT_WINDOW);
  for (let k = first - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    if (EVENT_WORDS.has(t.lower)) return true;
  }
  const to = Math.min(tokens.length - 1, last + EVENT_WINDOW);
  for (let k = last + 1; k <= to; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    if (EVENT_WORDS.has(t.lower)) return true;
  }
  return false;
}
