import type { CasualtyClaim, CasualtyKind, Civilian } from "@/lib/types/tags";
import {
  coordinated,
  countedOne,
  ESTIMATED,
  firstKindFrom,
  hasKind,
  isBreakdown,
  mentionsKind,
  mixedFigure,
  negated,
  PASSED,
  released,
  runningToll,
  TALLY_LEAD,
} from "./casualty-checks";
import { type ColumnFigure, columnFigures, isHeaderRow } from "./casualty-columns";
import { invertedPattern } from "./casualty-inverted";
import { objectPattern } from "./casualty-object";
import { type PlacePartyFinder, partyOf } from "./casualty-party";
import { type Match, subjectPattern } from "./casualty-patterns";
import { DEATH_NOUNS, EMPTY_NP, nounPhrase, word } from "./casualty-phrase";
import { mergeCounts, singularCounts } from "./casualty-singular";
import { tollPattern } from "./casualty-toll";
import { AUX, KIND_AFTER } from "./casualty-words";
import type { Doc } from "./doc";
import { type CountPhrase, findCounts } from "./numbers";
import { type Sentence, span } from "./text";

/** Finds who makes the claim found in tokens [from, to): an actor id or null. */
export type ClaimantFinder = (from: number, to: number) => string | null;

export type { PlacePartyFinder } from "./casualty-party";

/** Extract casualty claims, one per count phrase at most, with cumulative/single and party/claimant. */
export function extractCasualties(
  doc: Doc,
  claimantOf: ClaimantFinder,
  placePartyOf: PlacePartyFinder = () => null,
): CasualtyClaim[] {
  const { tokens, text } = doc;
  const claims: CasualtyClaim[] = [];
  // The headline ends at the first blank line (taggedText); the body starts after it.
  const blank = text.indexOf("\n\n");
  const bodyStart = blank < 0 ? text.length : blank + 2;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si] as Sentence;
    // "dead | wounded" over "21 | 72": a table in two lines.
    const header = doc.sentences[si - 1];
    const columns = header ? columnFigures(doc, header, s) : [];
    if (header && columns.length > 0) {
      claims.push(...columnClaims(doc, columns, header, s, claimantOf, placePartyOf));
      continue;
    }
    if (isHeaderRow(doc, s)) continue;
    // Figures, and singular mentions, which count one ("a civilian was killed", "killing its pilot").
    const figures = findCounts(tokens, s.from, s.to);
    const singles = mentionsKind(tokens, s.from, s.to) ? singularCounts(doc, s.from, s.to, figures) : [];
    if (figures.length === 0 && singles.length === 0) continue;
    const counts: Array<CountPhrase & { definite?: boolean }> = mergeCounts<CountPhrase>(figures, singles);
    let cumulativeHint: boolean | null = null;
    let lastKind: CasualtyKind | null = null;
    let lastCivilian: Civilian = "unknown";
    let lastParty: string | null = null;
    let lastObject = false;
    let lastTo = -1;
    /** The claim before, for "a woman and her two sons were killed": one claim of three. */
    let prev: { claim: CasualtyClaim; npEnd: number; single: boolean } | null = null;
    for (const c of counts) {
      if (negated(doc, c, s.from)) continue;
      // A breakdown of a toll already counted ("including four women", "incl. 7 kids") is not a claim.
      if (isBreakdown(tokens, c.from)) continue;
      const deathOf = word(tokens, c.from - 1) === "of" && DEATH_NOUNS.has(word(tokens, c.from - 2));
      // "killed 12 injured 30": a tally line that names the kind first reads each figure as its object.
      const kindFirst =
        KIND_AFTER[word(tokens, c.from - 1)] !== undefined &&
        tokens[c.from - 2]?.kind !== "num" &&
        (c.from - 1 === s.from ||
          TALLY_LEAD.has(word(tokens, c.from - 2)) ||
          (KIND_AFTER[word(tokens, c.to)] !== undefined && tokens[c.to + 1]?.kind === "num"));
      let m: Match | null =
        (deathOf || kindFirst ? objectPattern(doc, c, s.to, s.from) : null) ??
        subjectPattern(doc, c, s.to) ??
        objectPattern(doc, c, s.to, s.from) ??
        tollPattern(doc, c, s.to, s.from, lastKind);
      if (!m) {
        // "Among the dead were 12 children": a figure of its own only when no toll of that kind came first.
        const inv = invertedPattern(doc, c, s.to, s.from);
        if (inv && !hasKind(claims, inv.kind)) m = inv;
      }
      // "up from 300": the previous toll quoted for comparison is a claim of the same kind.
      const from =
        word(tokens, c.from - 1) === "from" &&
        ["up", "down", "rising", "risen"].includes(word(tokens, c.from - 2));
      // It compares with the sentence's first figure: "550 killed and 4,926 injured, up from 528".
      const firstKind: CasualtyKind | null = !m && from ? (firstKindFrom(claims, s.start) ?? lastKind) : null;
      if (!m && firstKind) {
        const np = nounPhrase(doc, c.to, s.to) ?? { ...EMPTY_NP, end: c.to };
        m = { kind: firstKind, np, from: c.from - 2, to: np.end, toll: true };
      }
      // "killed a woman and her two children": a second object of the same verb.
      let back = c.from - 1;
      while (["her", "his", "their", "its"].includes(word(tokens, back))) back--;
      if (!m && lastKind && lastObject && word(tokens, back) === "and") {
        const np = nounPhrase(doc, c.to, s.to);
        // "..., and nearly 50 people were taken to hospital": a subject with a verb of its own.
        const ownVerb =
          np && (AUX.has(word(tokens, np.end)) || KIND_AFTER[word(tokens, np.end)] !== undefined);
        if (np && np.head !== null && !ownVerb)
          m = { kind: lastKind, np, from: c.from, to: np.end, toll: false };
      }
      // "Dead: 12 soldiers, 3 civilians": a list of victims straight after the last figure.
      if (!m && lastKind && lastObject && word(tokens, back) === "," && back === lastTo) {
        const np = nounPhrase(doc, c.to, s.to);
        const after = word(tokens, np?.end ?? -1);
        const listEnds = np?.end === s.to || after === "," || after === ";" || after === ".";
        if (np && np.head !== null && listEnds && c.definite === undefined)
          m = { kind: lastKind, np, from: c.from, to: np.end, toll: false };
      }
      if (!m) continue;
      // "at least 35 children among the dead" after a toll: its breakdown, not another claim.
      if (m.among && hasKind(claims, m.kind) && c.definite === undefined) continue;
      // "a wake for a fallen soldier": one person named by an adjective of kind is background, not news.
      if (c.definite !== undefined && m.np.kindAdj && m.to === m.np.end) continue;
      lastTo = m.to;
      lastObject = m.from < c.from && !m.toll;
      if (m.kind === "captured" && released(tokens, m.from, m.to)) continue;
      // "lost 1,200 troops, a figure that includes the wounded": killed and wounded mixed.
      if (m.kind === "killed" && mixedFigure(tokens, m.to, s.to)) continue;
      if (m.toll && m.np.civilian === "unknown" && lastKind === m.kind) m.np.civilian = lastCivilian;
      // "12 civilians killed and 30 wounded", "three crew killed and four others hurt": the same people.
      const elliptic = m.np.head === null || ["others", "more"].includes(word(tokens, m.np.head));
      if (m.np.civilian === "unknown" && elliptic && lastKind !== null) m.np.civilian = lastCivilian;
      // "6 KIA", "killed in action": soldiers.
      if (
        m.np.civilian === "unknown" &&
        IN_ACTION.test(text.slice(tokens[m.from]?.start ?? 0, tokens[m.to - 1]?.end ?? 0))
      )
        m.np.civilian = "military";
      // A merchant ship's crew are civilians (README); a warship's are not.
      if (m.np.head !== null && SEAFARERS.has(word(tokens, m.np.head)) && MERCHANT_RE.test(text))
        m.np.civilian = "civilian";
      // "51 more of its servicemen killed, bringing its total to 209": the same side's toll.
      if (m.toll && !m.np.party && lastKind === m.kind) m.np.party = lastParty;
      if (FAMILY.has(word(tokens, c.from)) || FAMILY.has(word(tokens, c.from + 1)))
        m.np.civilian = "civilian";
      let qualifier = c.qualifier;
      if (qualifier === "exact" && PASSED.has(word(tokens, c.from - 1))) qualifier = "more than";
      // "deaths are estimated at 3,000", "the toll was put at about 40": an estimate.
      if (
        qualifier === "exact" &&
        word(tokens, c.from - 1) === "at" &&
        ESTIMATED.has(word(tokens, c.from - 2))
      )
        qualifier = "about";
      // "the toll was revised up to 45": "up to" belongs to the verb, not to the figure.
      if (qualifier === "up to" && ["revised", "raised"].includes(word(tokens, c.from - 1)))
        qualifier = "exact";
      lastKind = m.kind;
      lastCivilian = m.np.civilian;
      const first = tokens[m.from];
      const last = tokens[m.to - 1];
      if (!first || !last) continue;
      const claimedBy = claimantOf(m.from, m.to);
      const passive = m.from === c.from;
      const party = partyOf(doc, m, passive, claimedBy, s, placePartyOf);
      lastParty = party;
      const single = c.definite !== undefined;
      const joined = prev !== null && (single || prev.single) && coordinated(tokens, prev.npEnd, c.from);
      // "the journalist was wounded" after "a French journalist was wounded": the same person again.
      // Only within one part: the headline and the body each count their mentions (README).
      if (c.definite && !joined && countedOne(claims, m.kind, bodyStart, first.start >= bodyStart)) continue;
      if (prev && joined) {
        const p: CasualtyClaim = prev.claim;
        // "a man and his elderly mother": one of unknown status takes the other's.
        const status =
          p.civilian === "unknown" ? m.np.civilian : m.np.civilian === "unknown" ? p.civilian : null;
        if (
          p.kind === m.kind &&
          (p.party === party || !p.party || !party) &&
          (p.civilian === m.np.civilian || status !== null)
        ) {
          p.count += c.value;
          p.party ??= party;
          if (status !== null) p.civilian = status;
          p.evidence = span(
            text,
            Math.min(p.evidence.start, first.start),
            Math.max(p.evidence.end, last.end),
          );
          prev = { claim: p, npEnd: m.np.end, single: false };
          continue;
        }
      }
      cumulativeHint ??= runningToll(text.slice(s.start, s.end));
      claims.push({
        kind: m.kind,
        count: c.value,
        qualifier,
        ...(c.vagueWord ? { vagueWord: c.vagueWord } : {}),
        civilian: m.np.civilian,
        party,
        claimedBy,
        cumulative: cumulativeHint,
        evidence: span(text, first.start, last.end),
      });
      const pushed = claims[claims.length - 1];
      if (pushed) prev = { claim: pushed, npEnd: m.np.end, single };
    }
  }
  return claims;
}

const FAMILY = new Set(["family", "couple"]);
const IN_ACTION = /\b(?:kia|wia|mia|killed in action|wounded in action|missing in action)\b/i;
const SEAFARERS = new Set([
  "crew",
  "crews",
  "crewmen",
  "members",
  "sailors",
  "sailor",
  "seafarers",
  "mariners",
]);
const MERCHANT_RE =
  /\b(?:cargo ship|bulk carrier|carrier|tanker|merchant|container ship|freighter|commercial ship|commercial vessel|vessel)\b/i;

/** Claims from a two-line table: each figure under its header's kind, sourced from the lines above. */
function columnClaims(
  doc: Doc,
  columns: ColumnFigure[],
  header: Sentence,
  row: Sentence,
  claimantOf: ClaimantFinder,
  placePartyOf: PlacePartyFinder,
): CasualtyClaim[] {
  const before = doc.sentences[(doc.tokens[header.from]?.sentence ?? 0) - 1];
  const context = doc.text.slice(before?.start ?? header.start, row.end);
  const claimedBy =
    claimantOf(header.from, header.to) ??
    (before ? claimantOf(before.from, before.to) : null) ??
    claimantOf(row.from, row.to);
  return columns.map((col) => {
    const first = doc.tokens[col.count.from];
    const last = doc.tokens[col.count.to - 1];
    const np = { ...EMPTY_NP, end: col.count.to, civilian: col.civilian };
    const m: Match = { kind: col.kind, np, from: col.count.from, to: col.count.to, toll: false };
    return {
      kind: col.kind,
      count: col.count.value,
      qualifier: col.count.qualifier,
      ...(col.count.vagueWord ? { vagueWord: col.count.vagueWord } : {}),
      civilian: col.civilian,
      party: partyOf(doc, m, true, claimedBy, row, placePartyOf),
      claimedBy,
      cumulative: runningToll(context),
      evidence: span(doc.text, first?.start ?? row.start, last?.end ?? row.end),
    };
  });
}
