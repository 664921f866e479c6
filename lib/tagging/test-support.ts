import path from "node:path";
import { buildDoc, type Doc } from "./doc";
import type { Lexicon } from "./lexicon";
import { loadLexicon } from "./load-lexicon";

/** Helpers shared by the tagging tests: the real lexicon files, loaded once. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
let lexicon: Lexicon | null = null;

export function testLexicon(): Lexicon {
  lexicon ??= loadLexicon(path.join(REPO_ROOT, "data"), "south-caucasus");
  return lexicon;
}

export function docOf(text: string): Doc {
  return buildDoc(text, testLexicon());
}
