import type { Doc } from "./doc";

/** The actor a speaker's words name: a lexicon mention, or an actor hidden inside a word. */
export function firstActor(doc: Doc, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = doc.mentionAt[k];
    if (m && m.via !== "person") return m.actor;
    const backer = compoundActor(doc, k);
    if (backer) return backer;
  }
  return null;
}

const BACKED =
  /^(.+)-(?:run|backed|led|aligned|allied|controlled|affiliated|held|linked|installed|appointed)$/;
/** Wire slugs glued to the first word of a headline: "EXCLUSIVE-Ukraine says …". */
const SLUGGED = /^(?:exclusive|update|analysis|factbox|wrapup|insight|refile|corrected|breaking)-(.+)$/;

/** Sides named in Russian or Ukrainian ("Минобороны РФ", "Генштаб ЗСУ"). */
const CYRILLIC_SIDES = new Map<string, string>([
  ["рф", "RU"],
  ["россии", "RU"],
  ["росії", "RU"],
  ["украины", "UA"],
  ["україни", "UA"],
  ["зсу", "UA"],
  ["всу", "UA"],
  ["армении", "AM"],
  ["вірменії", "AM"],
  ["азербайджана", "AZ"],
  ["азербайджану", "AZ"],
  ["израиля", "IL"],
]);

/** A Russian or Ukrainian word for a side ("РФ", "ЗСУ"): part of an office's name, not a person's. */
export const cyrillicSide = (norm: string): boolean => CYRILLIC_SIDES.has(norm);

/** "Hamas-run", "RSF-aligned", "EXCLUSIVE-Ukraine", "Минобороны РФ": the actor behind a word. */
function compoundActor(doc: Doc, k: number): string | null {
  const t = doc.tokens[k];
  const side = t ? CYRILLIC_SIDES.get(t.norm) : undefined;
  if (side && doc.lex.actors.has(side)) return side;
  const m = t && t.kind === "word" && t.cap ? (BACKED.exec(t.norm) ?? SLUGGED.exec(t.norm)) : null;
  if (!m?.[1]) return null;
  for (const p of doc.lex.byFirst.get(m[1]) ?? [])
    if (p.norms.length === 1 && p.via !== "person") return p.actor;
  return null;
}

/**
 * An actor's acronym written in lower case in a caseless line ("idf: …", "un says …"): the lexicon keeps
 * acronyms to their capitals, which hasty lines drop.
 */
export function acronymActor(doc: Doc, k: number): string | null {
  const t = doc.tokens[k];
  if (t?.kind !== "word" || !doc.caseless.has(t.sentence)) return null;
  for (const p of doc.lex.byFirst.get(t.norm) ?? []) if (p.norms.length === 1 && p.exact) return p.actor;
  return null;
}
