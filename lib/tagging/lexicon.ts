import type { ActorEntry, ActorLexiconFile, PersonEntry } from "./lexicon-schema";
import { addToWordClass, fold, type Token, tokenize, wordClass } from "./text";

export type MentionVia = "name" | "demonym" | "metonym" | "person";

/** One place in the text where an actor or a known person is named. */
export interface ActorMention {
  actor: string;
  via: MentionVia;
  person?: PersonEntry;
  /** Token range [from, to). */
  from: number;
  to: number;
}

interface Phrase {
  norms: string[];
  /** For short all-capital aliases: the exact spelling each token must have. */
  exact: string[] | null;
  requireCap: boolean;
  actor: string;
  via: MentionVia;
  person?: PersonEntry;
  /** Lower wins among equally long phrases: full names beat surnames. */
  rank: number;
}

/** The merged global and regional actor lexicon, indexed for token-by-token matching. */
export interface Lexicon {
  actors: Map<string, ActorEntry>;
  people: PersonEntry[];
  opponents: Record<string, string[]>;
  byFirst: Map<string, Phrase[]>;
  /** Surnames of known people, for spelling-tolerant matching of transliterations. */
  surnames: Array<{ norm: string; person: PersonEntry }>;
  fuzzyCache: Map<string, PersonEntry | null>;
  /** Ids of intergovernmental and non-governmental organisations (their statements are diplomacy). */
  organisations: Set<string>;
  /** States whose own places make a casualty theirs, and folded place names held by a party. */
  placeCountries: Set<string>;
  placeHolders: Map<string, string>;
}

function addPhrase(lex: Lexicon, alias: string, p: Omit<Phrase, "norms" | "exact" | "requireCap">): void {
  const toks = tokenize(alias);
  const first = toks[0];
  if (!first) return;
  const letters = alias.replace(/[^\p{L}]/gu, "");
  const shortCaps = letters.length <= 5 && letters === letters.toUpperCase();
  const phrase: Phrase = {
    ...p,
    norms: toks.map((t) => t.norm),
    exact: shortCaps ? toks.map((t) => t.text) : null,
    requireCap: first.cap,
  };
  const list = lex.byFirst.get(first.norm) ?? [];
  list.push(phrase);
  lex.byFirst.set(first.norm, list);
  addToWordClass(PHRASE_STARTS, [first.norm]);
}

/**
 * First words of the phrases of every lexicon loaded in this process (lexicons load before the text
 * they tag is tokenized): a token without this bit starts no phrase, and needs no look-up.
 */
const PHRASE_STARTS = wordClass([]);

/** Merge lexicon files (global first, then region) into one index; later files add to earlier ones. */
export function buildLexicon(files: ActorLexiconFile[]): Lexicon {
  const lex: Lexicon = {
    actors: new Map(),
    people: [],
    opponents: {},
    byFirst: new Map(),
    surnames: [],
    fuzzyCache: new Map(),
    organisations: new Set(),
    placeCountries: new Set(),
    placeHolders: new Map(),
  };
  for (const file of files) {
    for (const a of file.actors) {
      const prev = lex.actors.get(a.id);
      lex.actors.set(
        a.id,
        prev
          ? {
              ...prev,
              names: [...prev.names, ...a.names],
              demonyms: [...prev.demonyms, ...a.demonyms],
              metonyms: [...prev.metonyms, ...a.metonyms],
            }
          : a,
      );
    }
    lex.people.push(...file.people);
    for (const [k, v] of Object.entries(file.opponents))
      lex.opponents[k] = [...(lex.opponents[k] ?? []), ...v];
    for (const c of file.placeParties.countries) lex.placeCountries.add(c);
    for (const [holder, names] of Object.entries(file.placeParties.places)) {
      for (const n of names) lex.placeHolders.set(fold(n), holder);
    }
  }
  for (const a of lex.actors.values()) {
    if (a.kind === "organisation") lex.organisations.add(a.id);
    for (const n of a.names) addPhrase(lex, n, { actor: a.id, via: "name", rank: 0 });
    for (const n of a.demonyms) addPhrase(lex, n, { actor: a.id, via: "demonym", rank: 0 });
    for (const n of a.metonyms) addPhrase(lex, n, { actor: a.id, via: "metonym", rank: 0 });
  }
  for (const person of lex.people) {
    for (const n of [person.name, ...person.variants]) {
      addPhrase(lex, n, { actor: person.affiliation, via: "person", person, rank: 0 });
      const parts = tokenize(n).filter((t) => t.kind === "word");
      const last = parts[parts.length - 1];
      if (parts.length > 1 && last) {
        addPhrase(lex, last.text, { actor: person.affiliation, via: "person", person, rank: 1 });
        lex.surnames.push({ norm: last.norm, person });
      }
    }
  }
  for (const list of lex.byFirst.values())
    list.sort((a, b) => b.norms.length - a.norms.length || a.rank - b.rank);
  return lex;
}

function matchAt(tokens: Token[], i: number, p: Phrase, caseless: boolean): boolean {
  for (let k = 0; k < p.norms.length; k++) {
    const t = tokens[i + k];
    if (!t || t.norm !== p.norms[k]) return false;
    if (p.exact && t.text !== p.exact[k] && !(caseless && p.exact[k]?.length !== 2)) return false;
    // Tokens of one phrase must be adjacent or separated by plain spaces only.
    if (k > 0 && t.start - (tokens[i + k - 1]?.end ?? 0) > 1) return false;
  }
  return !p.requireCap || caseless || tokens[i]?.cap === true;
}

/** Restricted Damerau-Levenshtein distance, with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(v);
      best = Math.min(best, v);
    }
    rows.push(row);
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/** A known person whose surname is a near spelling of this capitalised word ("Cavasoglu", "Khatibzaedh"). */
function fuzzyPerson(lex: Lexicon, norm: string): PersonEntry | null {
  const hit = lex.fuzzyCache.get(norm);
  if (hit !== undefined) return hit;
  let found: PersonEntry | null = null;
  if (norm.length >= 6) {
    const max = norm.length >= 8 ? 2 : 1;
    for (const s of lex.surnames) {
      if (s.norm[0] !== norm[0] || Math.abs(s.norm.length - norm.length) > max) continue;
      if (editDistance(norm, s.norm, max) <= max) {
        found = s.person;
        break;
      }
    }
  }
  if (lex.fuzzyCache.size > 50_000) lex.fuzzyCache.clear();
  lex.fuzzyCache.set(norm, found);
  return found;
}

/** Every actor and known-person mention, longest match first, left to right. */
export function findActorMentions(
  lex: Lexicon,
  tokens: Token[],
  caseless?: ReadonlySet<number>,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === "punct") continue;
    const list = (t.classes & PHRASE_STARTS) !== 0 ? lex.byFirst.get(t.norm) : undefined;
    let matched = false;
    if (list) {
      for (const p of list) {
        if (!matchAt(tokens, i, p, caseless?.has(t.sentence) === true)) continue;
        out.push({ actor: p.actor, via: p.via, person: p.person, from: i, to: i + p.norms.length });
        i += p.norms.length - 1;
        matched = true;
        break;
      }
    }
    if (!matched && t.cap && t.kind === "word" && i > 0) {
      const person = fuzzyPerson(lex, t.norm);
      if (person) out.push({ actor: person.affiliation, via: "person", person, from: i, to: i + 1 });
    }
  }
  return out;
}
