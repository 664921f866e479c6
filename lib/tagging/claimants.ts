import type { StatementTag } from "@/lib/types/tags";
import type { ClaimantFinder } from "./casualties";
import type { Doc } from "./doc";
import { npAfter, npBefore, resolveSpeaker } from "./speakers";

const CLAIM_VERBS = new Set(
  "said says say reported reports claimed claims announced announces stated states confirmed confirms told added insisted estimated put puts".split(
    " ",
  ),
);

/**
 * Who makes a casualty claim: the speaker of the statement that contains it, else the source named in its
 * sentence ("according to the ministry", "Azerbaijan said ..."), else nobody.
 */
export function claimantFinder(doc: Doc, statements: StatementTag[]): ClaimantFinder {
  const empty = { people: [], others: [] };
  return (from: number) => {
    const at = doc.tokens[from]?.start ?? 0;
    for (const s of statements) {
      if (s.affiliation && s.evidence.start <= at && at < s.evidence.end) return s.affiliation;
    }
    const sIdx = doc.tokens[from]?.sentence ?? 0;
    const sen = doc.sentences[sIdx];
    if (!sen) return null;
    for (let k = sen.from; k < sen.to; k++) {
      const w = doc.tokens[k]?.norm ?? "";
      if (w === "according" && doc.tokens[k + 1]?.norm === "to") {
        const np = npAfter(doc, k + 2, sen.to);
        const sp = np && resolveSpeaker(doc, np, empty);
        if (sp?.affiliation) return sp.affiliation;
      }
      if (!CLAIM_VERBS.has(w)) continue;
      if (k < from) {
        // "The ministry said 12 soldiers were killed": the claim is what the verb reports.
        const np = npBefore(doc, k, sen.from);
        const sp = np && resolveSpeaker(doc, np, empty);
        if (sp?.affiliation) return sp.affiliation;
        continue;
      }
      // "12 soldiers were killed, the ministry said" / "…, said the ministry".
      let c = k - 1;
      while (c > from && ["has", "have", "had", "also", "later"].includes(doc.tokens[c]?.norm ?? "")) c--;
      const np = npBefore(doc, k, from);
      const tokenBefore = np ? doc.tokens[np.from - 1]?.norm : doc.tokens[k - 1]?.norm;
      if (np && tokenBefore === ",") {
        const sp = resolveSpeaker(doc, np, empty);
        if (sp?.affiliation) return sp.affiliation;
      }
      if (doc.tokens[k - 1]?.norm === ",") {
        const after = npAfter(doc, k + 1, sen.to);
        const sp = after && resolveSpeaker(doc, after, empty);
        if (sp?.affiliation) return sp.affiliation;
      }
    }
    return null;
  };
}
