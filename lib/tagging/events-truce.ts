/**
 * Truces and their breaches. A truce is news when it is agreed, declared, in force or carried out
 * (handovers, prisoner swaps, peacekeepers arriving); one only asked for ("called for a ceasefire"),
 * discussed ("ceasefire talks"), refused, past ("the 1994 truce") or only named as broken is not.
 * A breach is a truce violated, collapsing, or fighting "despite" it or resumed after it.
 */
import { background, type Context, contextAt, NEGATOR, setAside } from "./events-context";

const TRUCE = "(?:cease-?fires?|truces?|armistice|humanitarian pause|cessation of hostilities|c\\/f|cf)\\b";

const BREACH_VERB =
  "(?:violat\\w*|viol\\b\\.?|breach\\w*|broke|breaking|broken|flout\\w*|ignor(?:ed|ing)|disregard\\w*|undermin\\w*)";
/**
 * A breach named before the truce word: "violating the truce", "despite the ceasefire", "fighting
 * resumed hours after the truce".
 */
const BREACH_BEFORE = new RegExp(
  `\\b(?:${BREACH_VERB}\\b[^.;]{0,40}|(?:despite|in spite of|notwithstanding)\\s+(?:(?:a|an|the|last \\w+'s|its|this \\w+'s)\\s+)?(?:[\\w-]+\\s+){0,2}|(?:resum\\w+|renewed|broke out|erupted|flared)\\b[^.;]{0,40}\\b(?:hours|minutes|days|shortly|soon) after\\b[^.;]{0,25})$`,
);
/** A breach named after it: "the truce collapsed", "ceasefire violations", "the truce did not hold". */
const BREACH_AFTER =
  /^[^.;]{0,40}?\b(?:violations?|viol\b|breach(?:es|ed)?|violated|collapsed|collapsing|collapse|broke down|broken|shattered|crumbl\w+|unravel\w*|fell apart|falter\w*|frayed|failed to hold|did not hold|didn't hold|in tatters|short-lived|came under strain)\b/;

/** Whether the clause around a truce word says it was breached ("has not been violated" does not). */
function breached(c: Context): boolean {
  const m = BREACH_BEFORE.exec(c.before) ?? BREACH_AFTER.exec(c.after);
  return m !== null && !NEGATOR.test(m[0]) && !NOT_NEWS(c);
}

/**
 * Evidence that a truce is being carried out, even where the word is missing: peacekeepers (who are
 * only there under a truce), prisoner and body swaps, land handed over under a deal.
 */
const CARRIED_OUT =
  "(?:peacekeep(?:ers?|ing)|(?:bodies|prisoners|pows|remains|captives|detainees)\\b[^.]{0,40}\\b(?:handed over|exchanged|swapped)|handover of (?:bodies|prisoners|pows|remains)|(?:exchanged?|swap(?:ped)?) (?:of )?(?:bodies|prisoners|pows|captives)|prisoner (?:swaps?|exchanges?)|(?:districts?|regions?|territor(?:y|ies)|areas?)\\b[^.]{0,30}\\b(?:handed (?:over|back)|returned to)|(?:handed over|handover of|withdr(?:ew|awal) from|pulled out of|entered|moved into)\\b[^.]{0,60}\\b(?:under|as part of|in line with|in accordance with)\\b[^.]{0,20}\\b(?:deal|agreement|accord|statement))";
/** Truce words (group 1) and deeds of a truce, in one pass over the text. */
const TRUCE_OR_DEED = new RegExp(`\\b(?:(${TRUCE})|${CARRIED_OUT})`, "g");

const NOT_NEWS = setAside(["negated", "background"]);
const ONLY_ASKED = setAside(["negated", "background", "called"]);
const DEED_ASIDE = setAside(["negated", "background", "unreal", "called"]);

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

function truceNews(c: Context): boolean {
  if (AGREED_AFTER.test(c.after) || AGREED_BEFORE.test(c.before)) return !NOT_NEWS(c);
  return !ONLY_ASKED(c) && !PROPOSED_BEFORE.test(c.before) && !PROPOSED_AFTER.test(c.after);
}

// The breach before a truce word can be a long phrase ("fighting resumed in the north hours after the ...").
const TRUCE_SPAN = 100;

export function findTruces(folded: string): TruceFindings {
  let ceasefire = false;
  let violation = false;
  TRUCE_OR_DEED.lastIndex = 0;
  for (
    let m = TRUCE_OR_DEED.exec(folded);
    m !== null && !(ceasefire && violation);
    m = TRUCE_OR_DEED.exec(folded)
  ) {
    const end = m.index + m[0].length;
    if (m[1] === undefined) {
      ceasefire ||= !DEED_ASIDE(contextAt(folded, m.index, end));
      continue;
    }
    const c = contextAt(folded, m.index, end, TRUCE_SPAN);
    // A truce named only in its breach is not news of a truce, unless the clause says it was agreed.
    if (breached(c)) {
      violation = true;
      ceasefire ||= AGREED_AFTER.test(c.after) && !background(c);
    } else ceasefire ||= truceNews(c);
  }
  return { ceasefire, violation };
}
