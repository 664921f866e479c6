import type { Doc } from "./doc";

/** Regional-indicator letters: a pair of them is a country's flag ("🇺🇦"). */
const indicator = (s: string | undefined): number => {
  const c = s?.codePointAt(0) ?? 0;
  return c >= 0x1f1e6 && c <= 0x1f1ff && s?.length === 2 ? c - 0x1f1e6 : -1;
};

/** Tokens `k` and `k + 1` form a flag emoji. */
export function isFlag(doc: Doc, k: number): boolean {
  return indicator(doc.tokens[k]?.text) >= 0 && indicator(doc.tokens[k + 1]?.text) >= 0;
}

/** The actor a flag at `k` stands for ("🇦🇿" → AZ), when the lexicon knows the country. */
export function flagActor(doc: Doc, k: number): string | null {
  const a = indicator(doc.tokens[k]?.text);
  const b = indicator(doc.tokens[k + 1]?.text);
  if (a < 0 || b < 0) return null;
  const code = String.fromCharCode(65 + a, 65 + b);
  return doc.lex.actors.has(code) ? code : null;
}
