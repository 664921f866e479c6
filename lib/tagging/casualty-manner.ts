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
  "crushed",
  "mowed",
  "strangled",
  "hanged",
  "tortured",
]);
const CONDITION = new Set(["critical", "serious", "grave", "stable", "severe"]);
const OWN = new Set(["their", "his", "her", "the"]);

/**
 * A phrase after the victims that says how they died or were hurt ("shot dead", "beaten to death",
 * "burned alive", "succumbed to their wounds", "suffered shrapnel wounds"), with where it ends.
 */
/** Adjectives that make wounds a death: "received fatal wounds", "sustained mortal injuries". */
const FATAL = new Set(["fatal", "mortal", "lethal"]);

export function mannerPhrase(tokens: Doc["tokens"], k: number): { kind: CasualtyKind; to: number } | null {
  const w = word(tokens, k);
  const next = word(tokens, k + 1);
  if (MANNER.has(w)) {
    // "hacked, stabbed or strangled to death": a list of manners ending in its result.
    let j = k + 1;
    while (
      (word(tokens, j) === "," || word(tokens, j) === "or" || word(tokens, j) === "and") &&
      MANNER.has(word(tokens, j + 1))
    )
      j += 2;
    if (j > k + 1) return mannerPhrase(tokens, j - 1);
    if (next === "dead") return { kind: "killed", to: k + 2 };
    if (next === "to" && word(tokens, k + 2) === "death") return { kind: "killed", to: k + 3 };
    if ((w === "burned" || w === "burnt") && next === "alive") return { kind: "killed", to: k + 2 };
    // "gunned down", "mowed down"
    if ((w === "gunned" || w === "mowed") && next === "down") return { kind: "killed", to: k + 2 };
    return null;
  }
  // "in critical condition", "in a serious condition": hurt.
  if (w === "in") {
    const a = next === "a" ? k + 2 : k + 1;
    if (CONDITION.has(word(tokens, a)) && word(tokens, a + 1) === "condition")
      return { kind: "injured", to: a + 2 };
  }
  // "required hospital treatment", "received medical treatment"
  if (["required", "needed", "received", "receiving", "needing", "requiring"].includes(w)) {
    const t = ["hospital", "medical"].includes(next) ? k + 2 : k + 1;
    if (word(tokens, t) === "treatment") return { kind: "injured", to: t + 1 };
  }
  if (w === "succumbed" && next === "to") {
    const own = OWN.has(word(tokens, k + 2)) ? 1 : 0;
    const noun = word(tokens, k + 2 + own);
    if (noun === "wounds" || noun === "injuries") return { kind: "killed", to: k + 3 + own };
  }
  // "have not been heard from" is not a count; "remain unaccounted" is read by kindAt.
  if (
    w === "died" &&
    next === "of" &&
    ["wounds", "injuries", "their", "his", "her"].includes(word(tokens, k + 2))
  ) {
    return { kind: "killed", to: k + 2 };
  }
  // "suffered wounds", "sustained shrapnel injuries"; "received fatal wounds" is a death.
  if (w === "suffered" || w === "sustained" || w === "received" || w === "got") {
    for (let j = k + 1; j <= k + 2; j++) {
      const noun = word(tokens, j);
      if (noun !== "wounds" && noun !== "injuries") continue;
      const fatal = j > k + 1 && FATAL.has(word(tokens, j - 1));
      return { kind: fatal ? "killed" : "injured", to: j + 1 };
    }
  }
  return null;
}
