/**
 * The clause around an event word, and the tests that tell an event the text reports from one it only
 * names: negated ("no shelling was reported"), in the background ("since the 1994 ceasefire"), or not
 * (yet) real ("could launch an offensive", "calls for an end to the fighting"). All text is folded.
 */

/** The text of the clause before and after a match, cut at sentence and clause breaks. */
export interface Context {
  before: string;
  match: string;
  after: string;
}

// How far the clause is read. Every test looks a few words back, and end-anchored patterns cost in
// proportion to the text they are given, so the text before is kept short unless a caller needs more.
const BEFORE_SPAN = 50;
const AFTER_SPAN = 70;

// A clause ends at a newline or a semicolon, a sentence at . ! or ? before a space (not "u.s." or "2.5").
function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 59) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 32 || next === 10;
}

export function contextAt(text: string, start: number, end: number, beforeSpan = BEFORE_SPAN): Context {
  let from = start;
  const floor = Math.max(0, start - beforeSpan);
  while (from > floor && !isBreak(text, from - 1)) from--;
  let to = end;
  const ceil = Math.min(text.length, end + AFTER_SPAN);
  while (to < ceil && !isBreak(text, to)) to++;
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) };
}

// Words that end the reach of a negation: "no casualties from the shelling" still reports shelling.
const NEG_STOP =
  "(?:from|in|at|on|after|during|by|since|despite|but|that|which|who|when|while|as|because|for|with|amid|following|near|to|than|stop|halt|end|prevent|deter|ease|slow|affect|reduce|say|said|know|clear)";
/** A negator at most three words before the event word: "no shelling", "there were no reports of clashes". */
const NEG_BEFORE = new RegExp(
  `(?:\\b(?:no|not|nor|never|without|none|neither|cannot)|n't)(?:\\s+(?!${NEG_STOP}\\b)[\\w'-]+){0,3}\\s+$`,
);
/** "shelling was not reported", "clashes have not been recorded". */
const NEG_AFTER =
  /^[\w\s'-]{0,25}?\b(?:was|were|has been|have been|had been|is|are)\s+(?:not|never)\s+(?:reported|recorded|observed|registered|confirmed|heard|seen)\b/;

/** A negation inside a two-cue match: "the truce has not been violated", "killed two soldiers but no civilians". */
export const NEGATOR = /\b(?:no|not|never|without|cannot)\b|n't\b/;

export function negated(c: Context): boolean {
  return NEG_BEFORE.test(c.before) || NEG_AFTER.test(c.after) || NEGATOR.test(c.match);
}

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)s?(?:[-/](?:\\d{4}|\\d{2}))?";
/** A year that dates the event word: "the 1994 ceasefire", "In 2016, clashes ...", "the April 2016 fighting". */
const YEAR_BEFORE = new RegExp(
  `\\b(?:in|since|after|before|until|of|during|the|a|its|their|from|by)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH}\\s+)?${YEAR}\\b[^.;\\n]{0,40}$`,
);
/** "the ceasefire of 1994", "clashes in April 2016", "a truce in place since 1994". */
const YEAR_AFTER = new RegExp(
  `^[^.;\\n]{0,25}?\\b(?:in|of|since|from|during)\\s+(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH}\\s+)?(?:\\d{1,2}\\s+)?${YEAR}\\b`,
);
/** "previous truces", "decades of fighting", "the anniversary of the massacre". */
const PAST_BEFORE =
  /\b(?:previous(?!\s+(?:day|night|evening|morning|week)\b)|prior(?!\s+to\b)|past(?!\s+(?:\d+|few|several|two|three|four|five|six|seven|24)?\s*(?:hours?|days?|nights?|weeks?|months?|day|week|month)\b)|former|decades?-old|decades?-long|decades of|years of|history of|legacy of|memories of|memory of|anniversary of|commemorat\w+|remembrance of)\s+(?:[\w'-]+\s+){0,2}$/;
/** "since the start of the fighting", "before the outbreak of the war". */
const SINCE_START_BEFORE =
  /\b(?:since|before|after|until)\s+the\s+(?:start|outbreak|beginning|onset|end)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$/;
/** "since fighting erupted in April" (but "clashes that erupted on Sunday" and "when fighting broke out" are news). */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?$/;
const ERUPTED_AFTER = /^\s+(?:first\s+)?(?:erupted|broke out|began|started|flared|escalated|ended)\b/;

export function background(c: Context): boolean {
  return (
    YEAR_BEFORE.test(c.before) ||
    YEAR_AFTER.test(c.after) ||
    PAST_BEFORE.test(c.before) ||
    SINCE_START_BEFORE.test(c.before) ||
    (SINCE_BEFORE.test(c.before) && ERUPTED_AFTER.test(c.after))
  );
}

/**
 * Violence that is feared, threatened, planned, asked to stop or to be prevented: "could launch an
 * offensive", "warned of new clashes", "an end to the fighting", "if the shelling continues".
 */
const UNREAL_BEFORE =
  /(?:\b(?:could(?! (?:hear|see|feel|smell))|would|might|may|will|shall|threaten(?:s|ed|ing)?(?: to)?|threats? of|vow(?:s|ed)? to|plan(?:s|ned|ning)? to|plans? (?:for|of)|prepar(?:e|es|ed|ing) (?:to|for)|ready to|intend(?:s|ed)? to|risks? of|fears? (?:of|over)|feared|warn(?:s|ed|ing)? (?:of|against)|possible|potential|imminent|looming|expected|future|avoid(?:ing)?|avert(?:ing)?|prevent(?:ing)?|deter(?:ring)?|to (?:stop|halt|end)|an? end to|halt to|(?:call(?:s|ed|ing)?|urg\w+|appeal\w*|demand\w*) for|if|unless|in case of|in the event of)\s+(?:[\w'-]+\s+){0,3})$/;

const UNREAL_INSIDE = /\b(?:could|would|might|threaten\w*)\b/;

export function unreal(c: Context): boolean {
  return UNREAL_BEFORE.test(c.before) || UNREAL_INSIDE.test(c.match);
}

/**
 * A weaker test for call-ups and talks: threatened, feared or refused, but "will deploy" is news, and so
 * is a denial ("denied sending fighters" still reports the fighters, as an alleged strike is a strike).
 */
const THREAT_BEFORE =
  /\b(?:could|would|might|threaten(?:s|ed|ing)? to|threats? of|risks? of|fears? (?:of|over)|feared|warn(?:s|ed|ing)? (?:of|against)|possible|potential|if|unless|in case of|in the event of|rul(?:e|es|ed|ing) out|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing))\s+(?:[\w'-]+\s+){0,3}$/;

/** Something only asked for or hoped for: "called for a ceasefire", "urged both sides to resume talks". */
const CALL_BEFORE =
  /(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|seek(?:s|ing)?|sought|plea|want(?:s|ed)?|need(?:s|ed)?|help|establish|propos(?:e|es|ed|ing)|hope(?:s|d)?|ask(?:s|ed)?|favou?r(?:s|ed)?|support(?:s|ed)?|encourag(?:e|es|ed|ing)|insist(?:s|ed)? on)\b[^.;]{0,40}$/;

export function called(c: Context): boolean {
  return CALL_BEFORE.test(c.before);
}

/** The parts of each test, so that several can be run as one pattern per part of the clause. */
export type Test = "negated" | "background" | "unreal" | "threatened" | "called";
const PARTS: Record<Test, { before: RegExp[]; after: RegExp[]; inside: RegExp[] }> = {
  negated: { before: [NEG_BEFORE], after: [NEG_AFTER], inside: [NEGATOR] },
  background: { before: [YEAR_BEFORE, PAST_BEFORE, SINCE_START_BEFORE], after: [YEAR_AFTER], inside: [] },
  unreal: { before: [UNREAL_BEFORE], after: [], inside: [UNREAL_INSIDE] },
  threatened: { before: [THREAT_BEFORE], after: [], inside: [] },
  called: { before: [CALL_BEFORE], after: [], inside: [] },
};

function union(res: RegExp[]): RegExp | null {
  return res.length === 0 ? null : new RegExp(res.map((r) => `(?:${r.source})`).join("|"));
}

/**
 * One test that sets a mention aside when any of `tests` would: a single pattern per part of the
 * clause, since this runs for every event word found and each pattern run costs more than its work.
 */
export function setAside(tests: Test[]): (c: Context) => boolean {
  const before = union(tests.flatMap((t) => PARTS[t].before));
  const after = union(tests.flatMap((t) => PARTS[t].after));
  const inside = union(tests.flatMap((t) => PARTS[t].inside));
  const since = tests.includes("background");
  return (c) =>
    (before !== null && c.before.length > 1 && before.test(c.before)) ||
    (after?.test(c.after) ?? false) ||
    (inside?.test(c.match) ?? false) ||
    (since && ERUPTED_AFTER.test(c.after) && SINCE_BEFORE.test(c.before));
}
