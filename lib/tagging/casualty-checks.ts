import type { CasualtyClaim, CasualtyKind } from "@/lib/types/tags";
import { word } from "./casualty-phrase";
import {
  CUMULATIVE_RE,
  DENIAL,
  INCIDENT_RE,
  KIND_AFTER,
  KIND_BEFORE,
  PERSON_NOUNS,
  RISE_RE,
} from "./casualty-words";
import type { Doc } from "./doc";
import type { CountPhrase } from "./numbers";
import { SPEECH_VERBS } from "./speaker-words";
import { type Token, wordClass } from "./text";

/** The tests the casualty reader applies around a figure: negation, breakdowns, releases, running tolls. */

const NOT_DENIED = new Set(["responsibility", "involvement", "role", "blame", "targeting", "firing"]);

const CLAUSE_AFTER_COMMA = new Set(["though", "although", "which", "yet", "even"]);

/** Is the count negated, hypothetical or inside a denial? */
export function negated(doc: Doc, c: CountPhrase, sentenceFrom: number): boolean {
  const { tokens } = doc;
  const prev = word(tokens, c.from - 1);
  if (["no", "not", "nor", "without", "if", "unless", "whether", "zero"].includes(prev)) return true;
  let asideClosed = false;
  for (let k = c.from - 1; k >= sentenceFrom; k--) {
    const w = word(tokens, k);
    // "(5 killed, per MSF)": a bracketed aside is the reporter's, not the denier's.
    if (w === ";" || w === "but" || w === "while" || w === "whereas" || w === "(") break;
    // ", though 9 people died", ", which killed 40": a new clause after a comma is no longer denied.
    // Not when that clause is itself an aside closed by another comma ("reports, which Baku published, that").
    if (w === "," && CLAUSE_AFTER_COMMA.has(word(tokens, k + 1)) && !asideClosed) break;
    if (w === ",") asideClosed = true;
    // "deny responsibility for the shelling": the deaths are not what is denied.
    if (DENIAL.has(w) && !NOT_DENIED.has(word(tokens, k + 1)) && !NOT_DENIED.has(word(tokens, k + 2)))
      return true;
    // "denied the report and said 12 soldiers died": a new speech verb ends the denial's reach; but in
    // "denied reports that", "rejected the claims that" the word is the denial's object.
    if (SPEECH_VERBS.has(w) && !DENIAL.has(w)) {
      const det = ["the", "these", "those", "such"].includes(word(tokens, k - 1)) ? 1 : 0;
      if (DENIAL.has(word(tokens, k - 1 - det))) return true;
      break;
    }
  }
  return false;
}

/** "9,000 troops have died": is the sentence's figure a running toll rather than one incident's? */
export function runningToll(t: string): boolean {
  return (
    CUMULATIVE_RE.test(t) ||
    (RISE_RE.test(t) && !INCIDENT_RE.test(t)) ||
    (PERFECT_RE.test(t) && !INCIDENT_RE.test(t) && !WHEN_RE.test(t))
  );
}

export function hasKind(claims: CasualtyClaim[], kind: CasualtyKind): boolean {
  for (const x of claims) if (x.kind === kind) return true;
  return false;
}

export function firstKindFrom(claims: CasualtyClaim[], start: number): CasualtyKind | null {
  for (const x of claims) if (x.evidence.start >= start) return x.kind;
  return null;
}

/** Was one person of this kind counted already in the same part (headline or body)? */
export function countedOne(
  claims: CasualtyClaim[],
  kind: CasualtyKind,
  bodyStart: number,
  inBody: boolean,
): boolean {
  for (const x of claims)
    if (x.count === 1 && x.kind === kind && x.evidence.start >= bodyStart === inBody) return true;
  return false;
}

/** "a woman and a child", "a mother and her two sons": glue between two victims of one claim. */
export function coordinated(tokens: Token[], npEnd: number, next: number): boolean {
  if (word(tokens, npEnd) !== "and") return false;
  const gap = next - npEnd;
  return gap === 1 || (gap === 2 && ["her", "his", "their"].includes(word(tokens, npEnd + 1)));
}

/** Words that mark a sentence as about casualties; singular mentions are looked for only there. */
const KIND_WORDS = wordClass([
  ...Object.keys(KIND_AFTER),
  ...Object.keys(KIND_BEFORE),
  "lost",
  "lives",
  "bodies",
  "body",
  "unaccounted",
  "prisoner",
  "captive",
  "hospital",
  "condition",
  "treatment",
  "dead",
  "death",
  "martyrdom",
  "injury",
  "injuries",
  "wounds",
  "he",
  "she",
]);

export function mentionsKind(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (((tokens[k]?.classes ?? 0) & KIND_WORDS) !== 0) return true;
  return false;
}

const NUMBER_WORDS = new Set(
  "a an one two three four five six seven eight nine ten eleven twelve".split(" "),
);

/** "9,000 troops have died": a figure in the perfect, with no incident or day named, is a running toll. */
const PERFECT_RE =
  /\b(?:have|has) (?:now |so far )?(?:been )?(?:killed|died|wounded|injured|lost|perished)\b/i;
/** A day or an occasion named: the figure belongs to it. */
const WHEN_RE =
  /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|today|yesterday|this (?:morning|week)|last night|in (?:a|an|the|this|that) (?:\w+ )?(?:strike|attack|blast|raid|shelling|explosion|ambush|bombing|assault|incident|crash|fire))\b/i;

export const ESTIMATED = new Set(["estimated", "estimates", "estimate"]);

export const TALLY_LEAD = new Set(["/", "|", ",", ";", ":"]);

/** "the toll passed 100": over the figure. */
export const PASSED = new Set([
  "passed",
  "passes",
  "exceeded",
  "exceeds",
  "topped",
  "tops",
  "top",
  "surpassed",
  "surpasses",
  "above",
  "past",
]);

export function isBreakdown(tokens: Token[], at: number): boolean {
  // "including 3 women and 2 children": the second count of the list is a breakdown too.
  if (word(tokens, at - 1) === "and") {
    for (let k = at - 2; k >= Math.max(0, at - 6); k--) {
      const x = word(tokens, k);
      if (x === "including" || x === "incl") return true;
      // "among them 14 children and nine women", "of whom 3 children and 2 women"
      if ((x === "them" || x === "whom") && ["among", "of"].includes(word(tokens, k - 1))) return true;
      if (!(PERSON_NOUNS[x] !== undefined || tokens[k]?.kind === "num" || NUMBER_WORDS.has(x))) break;
    }
  }
  const p1 = word(tokens, at - 1);
  const p2 = word(tokens, at - 2);
  if (p1 === "including" || p1 === "incl" || (p1 === "." && p2 === "incl")) return true;
  // "among them 3 children" is a breakdown; "5 children were among 12 people killed" gives the toll (12).
  return (p1 === "them" || p1 === "whom") && (p2 === "among" || p2 === "of");
}

/** After the claim: "a figure that includes the wounded", "including the injured", "dead and wounded". */
export function mixedFigure(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const w = word(tokens, k);
    if (!["includes", "including", "include", "included"].includes(w)) continue;
    const n = word(tokens, k + 1) === "the" ? k + 2 : k + 1;
    if (KIND_AFTER[word(tokens, n)] === "injured") return true;
  }
  return false;
}

const RELEASE = new Set(
  "released freed exchanged swapped returned repatriated handed release releases exchange swap free frees freeing releasing".split(
    " ",
  ),
);

/** Prisoners released, exchanged or handed back are not a capture claim. */
export function released(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 4); k < from; k++) if (RELEASE.has(word(tokens, k))) return true;
  // After the claim, only within its clause: "held by AZ; talks on a swap stalled" is still a capture.
  for (let k = from; k < to + 9; k++) {
    const w = word(tokens, k);
    if (k >= to && (w === ";" || w === "." || w === "," || tokens[k]?.sentence !== tokens[from]?.sentence))
      break;
    if (RELEASE.has(w)) return true;
  }
  return false;
}
