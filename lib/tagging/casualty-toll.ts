import type { CasualtyKind, Civilian } from "@/lib/types/tags";
import type { Match } from "./casualty-patterns";
import { EMPTY_NP, nounPhrase, word } from "./casualty-phrase";
import { KIND_AFTER, lookup, PERSON_NOUNS, STATUS_ADJECTIVES } from "./casualty-words";
import type { Doc } from "./doc";
import type { CountPhrase } from "./numbers";

const MONTH_ABBR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?$/;

/** Plural nouns of a kind that may carry a running figure: "deaths rose to 1,177". */
const TOLL_NOUNS: Record<string, CasualtyKind> = lookup({
  deaths: "killed",
  fatalities: "killed",
  dead: "killed",
  injuries: "injured",
  wounded: "injured",
  injured: "injured",
  losses: "killed",
});
const RISE_VERBS = new Set(
  "rose rise rises risen climbed climb climbs reached reach reaches hit hits topped top tops passed passes now total totals stand stood stands jumped increased estimated put placed amounted amount amounts".split(
    " ",
  ),
);

/** "the death toll rose to 31", "the number of civilians killed reached 50". */
export function tollPattern(
  doc: Doc,
  c: CountPhrase,
  limit: number,
  sentenceFrom: number,
  inherit: CasualtyKind | null,
): Match | null {
  const { tokens } = doc;
  const lead = word(tokens, c.from - 1);
  const LEADS = [
    "to",
    "at",
    "of",
    "reached",
    "hit",
    "is",
    "was",
    ":",
    "passed",
    "exceeded",
    "topped",
    "surpassed",
    "passes",
    "exceeds",
    "tops",
    "surpasses",
    "now",
    "reaches",
    "stands",
    "hits",
    "nears",
    "approaches",
    "stood",
    "above",
    "past",
    "revised",
    "raised",
    "from",
    "=",
  ];
  // "mil. toll 588 -> 604": the figure after an arrow is the toll now, the one before it the toll then.
  const arrowIn =
    (word(tokens, c.from - 1) === ">" && word(tokens, c.from - 2) === "-") ||
    word(tokens, c.from - 1) === "→";
  const arrowOut =
    (word(tokens, c.to) === "-" && word(tokens, c.to + 1) === ">") || word(tokens, c.to) === "→";
  // "CIV TOLL 63 (WAS 61)": the earlier figure in brackets.
  const was = word(tokens, c.from - 1) === "was" && word(tokens, c.from - 2) === "(";
  // "bringing to at least 27 the number of civilians killed": the toll named after its figure.
  if (
    lead === "to" &&
    [
      "bringing",
      "raising",
      "taking",
      "pushing",
      "brought",
      "raised",
      "took",
      "pushed",
      "brings",
      "raises",
      "takes",
    ].includes(word(tokens, c.from - 2))
  ) {
    const after = forwardToll(doc, c, limit);
    if (after) return after;
  }
  // "death toll 31" in digests: the figure right after the toll word.
  // "mil deaths 874" at the end of a digest line: the figure right after a plural of kind.
  const endsLine = c.to >= limit || [",", ";", "(", "."].includes(word(tokens, c.to));
  const digestLead =
    endsLine &&
    (lead === "deaths" ||
      lead === "fatalities" ||
      lead === "dead" ||
      tollNounBefore(tokens, c.from, sentenceFrom));
  if (
    !LEADS.includes(lead) &&
    !["toll", "tally", "total"].includes(lead) &&
    !digestLead &&
    !arrowIn &&
    !arrowOut &&
    !was
  )
    return null;
  // "toll 'approx. 10' revised up": a toll's figure needs no noun after it.
  // "toll 'approx. 10' revised up", "its toll from 300 a day earlier": a toll's figure needs no noun.
  const np = nounPhrase(doc, c.to, limit) ?? { ...EMPTY_NP, end: c.to };
  if (!np) return null;
  for (let a = c.from - 1; a >= Math.max(sentenceFrom, c.from - 20); a--) {
    const w = word(tokens, a);
    // "rose from 12 to 31": the earlier figure of the same toll does not stop the search.
    // A day of the month ("since Sept. 27 to 1,068") is not an earlier figure.
    // "since 27/9": a day and month in figures.
    // The figure across an arrow or in "(was N)" is the same toll's other value.
    const sameToll =
      (arrowIn && (a === c.from - 3 || a === c.from - 2)) ||
      (tokens[a]?.kind === "num" && (word(tokens, a + 1) === "-" || word(tokens, a + 1) === "→")) ||
      (was && a === c.from - 3);
    const day =
      sameToll ||
      /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?$/.test(tokens[a]?.text ?? "") ||
      MONTH_ABBR.test(word(tokens, a - 1)) ||
      MONTH_ABBR.test(word(tokens, a + 1)) ||
      MONTH_ABBR.test(word(tokens, a - 2)) ||
      (word(tokens, a - 1) === "/" && tokens[a - 2]?.kind === "num") ||
      (word(tokens, a + 1) === "/" && tokens[a + 2]?.kind === "num");
    if (tokens[a]?.kind === "num" && !day && !(word(tokens, a - 1) === "from" && lead === "to")) return null;
    let kind: CasualtyKind | null = null;
    let civilian: Civilian = np.civilian;
    let anchor = a;
    if (w === "toll" || w === "tolls") {
      const mod = word(tokens, a - 1);
      if (mod === "casualty") return null;
      kind = mod === "injury" ? "injured" : "killed";
      anchor = mod === "death" || mod === "injury" ? a - 1 : a;
      for (let m = anchor - 1; m >= Math.max(sentenceFrom, anchor - 4); m--) {
        // A source before a colon ("UN monitors: death toll ...") is not the victims' side.
        if (tokens[m]?.kind === "punct") break;
        const st = STATUS_ADJECTIVES[word(tokens, m)] ?? PERSON_NOUNS[word(tokens, m)];
        if (st && st !== "unknown") civilian = st;
        const men = doc.mentionAt[m];
        if (men && !np.party && men.via !== "person") np.party = men.actor;
      }
    } else if (
      TOLL_NOUNS[w] &&
      ((a < c.from - 1 && RISE_VERBS.has(word(tokens, riseAfter(tokens, a + 1, c.from)))) ||
        (a === c.from - 2 && lead === "at" && putBefore(tokens, a)) ||
        (digestLead && a >= c.from - 5))
    ) {
      // "military deaths rise to 1,177", "civilian fatalities now total 91", "deaths are estimated at 3,000";
      // "losses reached 2,425 servicemen" only with people counted: losses may be tanks.
      if (w === "losses" && np.head === null) return null;
      kind = TOLL_NOUNS[w] ?? null;
      for (let m = a - 1; m >= Math.max(sentenceFrom, a - 4); m--) {
        if (tokens[m]?.kind === "punct") break;
        // "its own losses", "our deaths": the claimant's own.
        if (["its", "our", "their", "own"].includes(word(tokens, m))) np.own = true;
        const st = STATUS_ADJECTIVES[word(tokens, m)] ?? PERSON_NOUNS[word(tokens, m)];
        if (st && st !== "unknown") civilian = st;
        const men = doc.mentionAt[m];
        if (men && !np.party && men.via !== "person") np.party = men.actor;
      }
    } else if ((w === "total" || w === "tally") && inherit && word(tokens, a + 1) !== "of") {
      // "35 more deaths, bringing the total to 1,177": the running total of the kind just counted.
      kind = inherit;
    } else if ((w === "number" || w === "tally") && word(tokens, a + 1) === "of") {
      for (let m = a + 2; m < Math.min(c.from, a + 6); m++) {
        const k = KIND_AFTER[word(tokens, m)];
        if (k) kind = k;
        const cls = PERSON_NOUNS[word(tokens, m)];
        if (cls && civilian === "unknown") civilian = cls;
        const st = STATUS_ADJECTIVES[word(tokens, m)];
        if (st) civilian = st;
      }
      if (!kind) continue;
    } else continue;
    if (!kind) continue;
    for (let m = a + 1; m < c.from; m++) {
      const cls = PERSON_NOUNS[word(tokens, m)];
      if (cls && civilian === "unknown") civilian = cls;
      const men = doc.mentionAt[m];
      if (men && !np.party && men.via !== "person") np.party = men.actor;
    }
    np.civilian = civilian;
    return { kind, np, from: anchor, to: Math.max(np.end, c.to), toll: true };
  }
  return null;
}

/** The toll written after the figure: "the number of civilians killed", "the death toll", "the total". */
function forwardToll(doc: Doc, c: CountPhrase, limit: number): Match | null {
  const { tokens } = doc;
  let k = c.to;
  if (word(tokens, k) !== "the") return null;
  k++;
  let kind: CasualtyKind | null = null;
  let civilian: Civilian = "unknown";
  const end = Math.min(limit, k + 7);
  for (; k < end; k++) {
    const w = word(tokens, k);
    const kw = KIND_AFTER[w] ?? TOLL_NOUNS[w] ?? (w === "toll" ? "killed" : undefined);
    if (kw) {
      kind = kw;
      k++;
      break;
    }
    const cls = STATUS_ADJECTIVES[w] ?? PERSON_NOUNS[w];
    if (cls && cls !== "unknown") civilian = cls;
  }
  if (!kind) return null;
  return { kind, np: { ...EMPTY_NP, end: k, civilian }, from: c.from, to: k, toll: true };
}

/** "put civilian deaths at 12,450", "estimates military fatalities at 900": the estimate's verb. */
function putBefore(tokens: Doc["tokens"], a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) {
    if (["put", "puts", "estimated", "estimates", "placed", "places"].includes(word(tokens, k))) return true;
  }
  return false;
}

/** "total civ deaths since start approx 31": a toll noun a few words before a figure that ends its line. */
function tollNounBefore(tokens: Doc["tokens"], from: number, sentenceFrom: number): boolean {
  for (let k = from - 1; k >= Math.max(sentenceFrom, from - 5); k--) {
    const t = tokens[k];
    if (t?.kind === "num" || t?.kind === "punct") return false;
    if (TOLL_NOUNS[t?.norm ?? ""] || t?.norm === "toll") return true;
  }
  return false;
}

/** The word where a toll noun's verb stands: past auxiliaries and a short place phrase ("deaths in Ukraine top"). */
function riseAfter(tokens: Doc["tokens"], k: number, limit: number): number {
  let j = k;
  // "deaths in the region rose to", "the losses of the enemy amounted to".
  if (["in", "among", "from", "across", "of"].includes(word(tokens, j))) {
    let e = j + 1;
    while (e < Math.min(limit, j + 5) && !RISE_VERBS.has(word(tokens, e))) e++;
    if (RISE_VERBS.has(word(tokens, e))) return e;
  }
  j += tollAux(tokens, j);
  return j;
}

/** How many auxiliaries open a toll's verb: "fatalities have (now) reached 45", "are estimated at". */
function tollAux(tokens: Doc["tokens"], k: number): number {
  let n = 0;
  while (
    n < 3 &&
    ["have", "has", "had", "now", "are", "is", "were", "was", "been"].includes(word(tokens, k + n))
  )
    n++;
  return n;
}
