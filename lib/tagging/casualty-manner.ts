import type { CasualtyKind } from "@/lib/types/tags";
import { word } from "./casualty-phrase";
import type { Doc } from "./doc";

const MANNER = new Set([
  "shot",
  "gunned",
  "beaten",
  "stabbed",
  "hacked",
  "burned",
  "burnt",
  "stoned",
  "bludgeoned",
]);
const OWN = new Set(["their", "his", "her", "the"]);

/**
 * A phrase after the victims that says how they died or were hurt ("shot dead", "beaten to death",
 * "burned alive", "succumbed to their wounds", "suffered shrapnel wounds"), with where it ends.
 */
export function mannerPhrase(tokens: Doc["tokens"], k: number): { kind: CasualtyKind; to: number } | null {
  const w = word(tokens, k);
  const next = word(tokens, k + 1);
  if (MANNER.has(w)) {
    if (next === "dead") return { kind: "killed", to: k + 2 };
    if (next === "to" && word(tokens, k + 2) === "death") return { kind: "killed", to: k + 3 };
    if ((w === "burned" || w === "burnt") && next === "alive") return { kind: "killed", to: k + 2 };
    return null;
  }
  if (w === "succumbed" && next === "to") {
    const own = OWN.has(word(tokens, k + 2)) ? 1 : 0;
    const noun = word(tokens, k + 2 + own);
    if (noun === "wounds" || noun === "injuries") return { kind: "killed", to: k + 3 + own };
  }
  // "suffered wounds", "sustained shrapnel injuries"
  if (w === "suffered" || w === "sustained") {
    for (let j = k + 1; j <= k + 2; j++) {
      const noun = word(tokens, j);
      if (noun === "wounds" || noun === "injuries") return { kind: "injured", to: j + 1 };
    }
  }
  return null;
}
