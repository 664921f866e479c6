/**
 * Truces and their breaches. A truce is news when it is agreed, declared, in force or carried out
 * (handovers, prisoner swaps, peacekeepers arriving); one only asked for ("called for a ceasefire"),
 * discussed ("ceasefire talks"), refused, past ("the 1994 truce") or only named as broken is not.
 * A breach is a truce violated, collapsing, or fighting "despite" it or resumed after it.
 */
import { background, type Context, called, contextAt, NEGATOR, negated, unreal } from "./events-context";

const TRUCE = /\b(?:cease-?fires?|truces?|armistice|humanitarian pause|cessation of hostilities|c\/f|cf)\b/g;

const BREACH_VERB =
  "(?:violat\\w*|viol\\b\\.?|breach\\w*|broke|breaking|broken|flout\\w*|ignor(?:ed|ing)|disregard\\w*|undermin\\w*)";
const TRUCE_WORD = "(?:cease-?fires?|truces?|armistice|humanitarian pause|cessation of hostilities|c\\/f|cf)";
const BREACH = new RegExp(
  `\\b(?:${BREACH_VERB}\\b[^.;]{0,40}\\b${TRUCE_WORD}|${TRUCE_WORD}\\b[^.;]{0,40}?\\b(?:violations?|viol\\b|breach(?:es|ed)?|violated|collapsed|collapsing|collapse|broke down|broken|shattered|crumbl\\w+|unravel\\w*|fell apart|falter\\w*|frayed|failed to hold|did not hold|didn't hold|in tatters|short-lived|came under strain)\\b|(?:despite|in spite of|notwithstanding)\\s+(?:(?:a|an|the|last \\w+'s|its|this \\w+'s)\\s+)?(?:[\\w-]+\\s+){0,2}${TRUCE_WORD})`,
  "g",
);
/** Violence in the same sentence as a truce, resumed after it: "shelling resumed hours after the truce". */
const RESUMED =
  /\b(?:resum\w+|renewed|broke out|erupted|flared)\b[^.;]{0,60}\b(?:hours|minutes|days|shortly|soon) after\b[^.;]{0,30}\b(?:cease-?fire|truce)/g;

/**
 * Evidence that a truce is being carried out, even where the word is missing: peacekeepers (who are
 * only there under a truce), prisoner and body swaps, land handed over under a deal.
 */
const CARRIED_OUT =
  /\b(?:peacekeep(?:ers?|ing)|(?:bodies|prisoners|pows|remains|captives|detainees)\b[^.]{0,40}\b(?:handed over|exchanged|swapped)|handover of (?:bodies|prisoners|pows|remains)|(?:exchanged?|swap(?:ped)?) (?:of )?(?:bodies|prisoners|pows|captives)|prisoner (?:swaps?|exchanges?)|(?:districts?|regions?|territor(?:y|ies)|areas?)\b[^.]{0,30}\b(?:handed (?:over|back)|returned to)|(?:handed over|handover of|withdr(?:ew|awal) from|pulled out of)\b[^.]{0,60}\b(?:under|as part of|in line with|in accordance with)\b[^.]{0,20}\b(?:deal|agreement|accord|statement))/g;

function carriedOut(folded: string): boolean {
  CARRIED_OUT.lastIndex = 0;
  for (let m = CARRIED_OUT.exec(folded); m !== null; m = CARRIED_OUT.exec(folded)) {
    const c = contextAt(folded, m.index, m.index + m[0].length);
    if (!negated(c) && !background(c) && !unreal(c) && !called(c)) return true;
  }
  return false;
}

/** Words that make a truce mention news of it, whatever else the sentence says. */
const AGREED_AFTER =
  /^[^.;]{0,40}?\b(?:agreed|took effect|came into (?:force|effect)|comes into (?:force|effect)|entered into force|went into effect|takes effect|took hold|was signed|signed|declared|announced|brokered|began|begins|started|holding|held|holds|largely held|remains? in (?:place|force)|is in (?:place|force)|was extended|extended)\b/;
const AGREED_BEFORE =
  /\b(?:agreed|signed|brokered|declared|announced|reached|extended|renewed|under|implement\w*)\b(?:\s+[\w'-]+){0,3}\s+$/;
/** Only proposed or talked about: "a possible truce", "ceasefire talks", "negotiations on a truce". */
const PROPOSED_BEFORE =
  /\b(?:possible|potential|proposed|draft|hoped-for|elusive|prospective|lasting|permanent|durable|talks? (?:on|about|over|for)|negotiat\w+ (?:on|over|for)|plan for|proposal for|bid for|efforts? (?:for|to)|push for|reach|secure|broker|agree on|agree to|rejected|refused|ruled out|dismissed)\s+(?:[\w'-]+\s+){0,2}$/;
const PROPOSED_AFTER =
  /^\s*(?:talks|negotiations|proposal|plan|bid|push|efforts?|initiative|framework|terms|draft)\b/;

export interface TruceFindings {
  ceasefire: boolean;
  violation: boolean;
}

function breaches(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [BREACH, RESUMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const c = contextAt(folded, m.index, m.index + m[0].length);
      // "the truce has not been violated", "no violations of the ceasefire were recorded".
      if (NEGATOR.test(m[0]) || negated(c) || background(c)) continue;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

function truceNews(c: Context): boolean {
  if (AGREED_AFTER.test(c.after) || AGREED_BEFORE.test(c.before)) return !negated(c) && !background(c);
  return (
    !called(c) &&
    !negated(c) &&
    !background(c) &&
    !PROPOSED_BEFORE.test(c.before) &&
    !PROPOSED_AFTER.test(c.after)
  );
}

export function findTruces(folded: string): TruceFindings {
  const mayHaveTruce = ["cease", "truce", "armistice", "pause", "hostilities", "c/f", "cf"].some((w) =>
    folded.includes(w),
  );
  const spans = mayHaveTruce ? breaches(folded) : [];
  let ceasefire = carriedOut(folded);
  if (!ceasefire && mayHaveTruce) {
    TRUCE.lastIndex = 0;
    for (let m = TRUCE.exec(folded); m !== null && !ceasefire; m = TRUCE.exec(folded)) {
      const at = m.index;
      const c = contextAt(folded, at, at + m[0].length);
      // A truce named only inside its breach is not news of a truce, unless the sentence says it was agreed.
      const inBreach = spans.some(([s, e]) => at >= s && at < e);
      if (inBreach) ceasefire = AGREED_AFTER.test(c.after) && !background(c);
      else ceasefire = truceNews(c);
    }
  }
  return { ceasefire, violation: spans.length > 0 };
}
