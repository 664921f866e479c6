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

/** End of a phrase that says how people died ("shot dead", "beaten to death", "succumbed to wounds"), or -1. */
export function mannerOfDeath(tokens: Doc["tokens"], k: number): number {
  const w = word(tokens, k);
  if (MANNER.has(w)) {
    if (word(tokens, k + 1) === "dead") return k + 2;
    if (word(tokens, k + 1) === "to" && word(tokens, k + 2) === "death") return k + 3;
    return -1;
  }
  if (w === "succumbed" && word(tokens, k + 1) === "to") {
    const own = ["their", "his", "her", "the"].includes(word(tokens, k + 2)) ? 1 : 0;
    const noun = word(tokens, k + 2 + own);
    if (noun === "wounds" || noun === "injuries") return k + 3 + own;
  }
  return -1;
}
