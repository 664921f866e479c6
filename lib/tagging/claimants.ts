import type { StatementTag } from "@/lib/types/tags";
import type { ClaimantFinder, PlacePartyFinder } from "./casualties";
import type { Doc } from "./doc";
import { npAfter, npBefore, resolveSpeaker } from "./speakers";

/** Offices of a place's own authorities, which speak for whoever holds the place. */
const LOCAL_OFFICE =
  /\b(?:governor|gov|mayor|prosecutor(?:-general|'s office)?|prosecutors|ombudsman|(?:regional|local|city|town|district|provincial|municipal) (?:officials?|authorities|administration|council)|police|(?:military|mil\.?|civil|regional) admin(?:istration)?|emergency (?:service|services|svc|ministry|officials|workers)|health (?:ministry|min|officials|authorities)|civil defen[cs]e)\b/i;

const CLAIM_VERBS = new Set(
  "said says say reported reports claimed claims announced announces stated states confirmed confirms told added insisted estimated estimate estimates put puts published publishes".split(
    " ",
  ),
);

/**
 * Who makes a casualty claim: the speaker of the statement that contains it, else the source named in its
 * sentence ("according to the ministry", "Azerbaijan said ..."), else nobody.
 */
export function claimantFinder(
  doc: Doc,
  statements: StatementTag[],
  placeSide: PlacePartyFinder = () => null,
): ClaimantFinder {
  const empty = { people: [], others: [] };
  return (from: number, to: number) => {
    const at = doc.tokens[from]?.start ?? 0;
    for (const s of statements) {
      if (s.evidence.start > at || at >= s.evidence.end) continue;
      if (s.affiliation) return s.affiliation;
      // "regional governor Mykola Hrytsenko said": a local office speaks for the side holding the place.
      // A named speaker's office is in the role ("the regional governor, Oleh Marchuk").
      if (LOCAL_OFFICE.test(s.speaker) || (s.role !== null && LOCAL_OFFICE.test(s.role)))
        return placeSide(from, to, true);
    }
    const sIdx = doc.tokens[from]?.sentence ?? 0;
    const sen = doc.sentences[sIdx];
    if (!sen) return null;
    const speakerOf = (np: ReturnType<typeof npBefore>) => {
      if (!np) return null;
      const sp = resolveSpeaker(doc, np, empty);
      // "Russian-installed officials", "the defence ministry in Baku": the side named inside the phrase.
      const side = sp?.affiliation ?? sideWithin(doc, np.from, Math.min(np.to + 3, sen.to));
      if (side) return side;
      const words = doc.text.slice(doc.tokens[np.from]?.start ?? 0, doc.tokens[np.to - 1]?.end ?? 0);
      return LOCAL_OFFICE.test(words) ? placeSide(from, to, true) : null;
    };
    for (let k = sen.from; k < sen.to; k++) {
      const x = doc.tokens[k]?.norm;
      if (x === "according" && doc.tokens[k + 1]?.norm === "to") {
        const by = speakerOf(npAfter(doc, k + 2, sen.to));
        if (by) return by;
      }
      // Digest sources: "per AZ MoD", "(AZ prosecutor)", "- AZ prosecutor" at the end of the line.
      if (
        x === "per" ||
        (x === "(" && k > from) ||
        (x === "-" && k > from && (doc.tokens[k + 1]?.cap ?? false))
      ) {
        const np = npAfter(doc, k + 1, sen.to);
        const by = np && speakerOf(np);
        if (by) return by;
      }
    }
    // Digest lines that open with their source: "Baku: 1 killed in Ganja", "(AZ MoD) 5 soldiers killed".
    const lead = lineSource(doc, sen.from, from);
    if (lead) return lead;
    // "The ministry said 12 soldiers were killed": the nearest reporting verb before the claim.
    for (let k = from - 1; k >= sen.from; k--) {
      if (!CLAIM_VERBS.has(doc.tokens[k]?.norm ?? "")) continue;
      const by = speakerOf(npBefore(doc, k, sen.from));
      if (by) return by;
    }
    // "12 soldiers were killed, the ministry said" / "…, said the ministry".
    for (let k = from; k < sen.to; k++) {
      if (!CLAIM_VERBS.has(doc.tokens[k]?.norm ?? "")) continue;
      const np = npBefore(doc, k, from);
      if (np && doc.tokens[np.from - 1]?.norm === ",") {
        const by = speakerOf(np);
        if (by) return by;
      }
      if (doc.tokens[k - 1]?.norm === ",") {
        const by = speakerOf(npAfter(doc, k + 1, sen.to));
        if (by) return by;
      }
    }
    // "Source: UN human rights monitoring mission": a report's source line speaks for every figure
    // below it that names no source of its own.
    for (let si = sIdx - 1; si >= 0; si--) {
      const line = doc.sentences[si];
      const x = line ? doc.tokens[line.from]?.norm : undefined;
      if (line && (x === "source" || x === "sources") && doc.tokens[line.from + 1]?.norm === ":")
        return speakerOf(npAfter(doc, line.from + 2, line.to));
    }
    return null;
  };
}

/** The actor named before a colon, or in brackets, at the start of a line ahead of the claim at `from`. */
function lineSource(doc: Doc, start: number, from: number): string | null {
  const { tokens, mentionAt } = doc;
  const bracket = tokens[start]?.text === "(";
  const first = bracket ? start + 1 : start;
  for (let k = first; k < Math.min(from, first + 5); k++) {
    const t = tokens[k]?.text;
    if (t === (bracket ? ")" : ":")) {
      for (let j = first; j < k; j++) {
        const m = mentionAt[j];
        // A demonym opens a topic ("Armenian losses:"), not a source.
        if (m && m.via !== "demonym") return m.actor;
      }
      return null;
    }
  }
  return null;
}

/** The one side named in tokens [from, to) by a demonym, name or capital, or null (none, or several). */
function sideWithin(doc: Doc, from: number, to: number): string | null {
  let found: string | null = null;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t?.kind === "punct" && t.text !== "-") break;
    const m = doc.mentionAt[k];
    if (!m || m.via === "person") continue;
    if (found && found !== m.actor) return null;
    found = m.actor;
  }
  return found;
}
