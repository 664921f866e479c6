import type { CasualtyKind, Civilian } from "@/lib/types/tags";
import { AUX, KIND_AFTER, MODAL_OR_NEGATION, PERSON_NOUNS, STATUS_ADJECTIVES } from "./casualty-words";
import type { Doc } from "./doc";
import type { Token } from "./text";

/** What follows a count: the person noun, its status, nationality and ownership. */
export interface NounPhrase {
  end: number;
  head: number | null;
  civilian: Civilian;
  party: string | null;
  /** "of its servicemen", "our soldiers": the victims belong to whoever makes the claim. */
  own: boolean;
  enemy: boolean;
  /** A kind word used as an adjective ("12 wounded soldiers"). */
  kindAdj: CasualtyKind | null;
  /** "of the wounded": the count is part of a figure of this kind. */
  partOf?: CasualtyKind;
}

export const MODIFIERS = new Set([
  "more",
  "other",
  "additional",
  "further",
  "ethnic",
  "young",
  "elderly",
  "local",
]);
/** Words that open an aside between a count and its verb: "40 people, most of them civilians, died". */
export const PARENTHETICAL = new Set([
  "including",
  "among",
  "most",
  "many",
  "some",
  "all",
  "mostly",
  "mainly",
  "both",
  "half",
]);
export const DEATH_NOUNS = new Set([
  "deaths",
  "death",
  "killing",
  "killings",
  "lives",
  "execution",
  "executions",
  "murder",
  "massacre",
  "massacres",
  "bodies",
  "body",
  "remains",
  "martyrdom",
]);
const PHRASE_VERBS = new Set(["received", "suffered", "sustained", "succumbed", "died", "perished"]);

const HEAD_OF = new Set([
  "village",
  "district",
  "town",
  "community",
  "municipal",
  "regional",
  "local",
  "tribal",
]);

export const OWN = new Set(["its", "their", "our", "his", "her"]);
export const PP_START = new Set(["in", "at", "from", "on", "near", "across", "inside", "of", "with"]);
/** Words that open a new clause or adjunct after a bare count: "toll rises to 57 after strikes". */
export const CLAUSE_OPENERS = new Set([
  "after",
  "following",
  "amid",
  "during",
  "as",
  "when",
  "since",
  "overnight",
  "over",
  "within",
  "by",
  "per",
  "today",
  "yesterday",
  "tonight",
  "throughout",
  "outside",
  "around",
]);

export function word(tokens: Token[], i: number): string {
  return tokens[i]?.norm ?? "";
}

export const EMPTY_NP: NounPhrase = {
  end: 0,
  head: null,
  civilian: "unknown",
  party: null,
  own: false,
  enemy: false,
  kindAdj: null,
};

/** Parse what follows a count: modifiers, nationality and the person noun ("Armenian servicemen"). */
export function nounPhrase(doc: Doc, j: number, limit: number): NounPhrase | null {
  const { tokens } = doc;
  const np: NounPhrase = {
    end: j,
    head: null,
    civilian: "unknown",
    party: null,
    own: false,
    enemy: false,
    kindAdj: null,
  };
  // "51 more of its soldiers", "two other of the hostages".
  if (MODIFIERS.has(word(tokens, j)) && word(tokens, j + 1) === "of") j++;
  if (word(tokens, j) === "of") {
    const det = word(tokens, j + 1);
    if (OWN.has(det)) np.own = true;
    // "seven of the wounded": a part of a toll already given, not a new figure of that kind; but "one
    // of the wounded later died" is a new death.
    const partOf = (det === "the" || det === "those") && KIND_AFTER[word(tokens, j + 2)];
    if (partOf) return { ...np, end: j + 3, partOf };
    if (OWN.has(det) || ["them", "whom", "the", "those", "which"].includes(det)) j += 2;
    else j += 1; // "dozens of civilians", "scores of others"
    if (det === "them" || det === "whom" || det === "which") {
      np.end = j;
      return np;
    }
  } else if (OWN.has(word(tokens, j))) {
    np.own = true;
    j++;
  }
  let unknown = 0;
  let stop = j;
  for (let k = j; k < Math.min(limit, j + 5); k++) {
    stop = k;
    // An age in front of the noun: "a 14-year-old boy".
    if (tokens[k]?.kind === "num" && word(tokens, k + 1) === "-" && word(tokens, k + 2).startsWith("year")) {
      k += 2;
      continue;
    }
    const t = tokens[k];
    // "974 of Karabakh's servicemen": a possessive's mark is part of the phrase.
    if ((t?.text === "'" || t?.text === "’") && word(tokens, k + 1) === "s" && k > j) {
      k++;
      continue;
    }
    // "3 Arm. soldiers": a short abbreviation's full stop inside the phrase.
    if (
      t?.text === "." &&
      k > j &&
      (tokens[k - 1]?.text.length ?? 9) <= 4 &&
      PERSON_NOUNS[word(tokens, k + 1)] !== undefined
    )
      continue;
    if (t?.kind !== "word") break;
    // "village head", "district chief": an office over a place is a person.
    if ((t.norm === "head" || t.norm === "chief") && HEAD_OF.has(word(tokens, k - 1))) {
      np.head = k;
      np.end = k + 1;
      if (np.civilian === "unknown") np.civilian = "civilian";
      return np;
    }
    const m = doc.mentionAt[k];
    if (m && (m.via === "demonym" || m.via === "name")) {
      np.party = m.actor;
      k = m.to - 1;
      // "8,000 Ukrainians were held": a people's plural name is the noun itself.
      const last = tokens[k];
      if (
        m.via === "demonym" &&
        last?.norm.endsWith("s") &&
        PERSON_NOUNS[word(tokens, k + 1)] === undefined
      ) {
        np.head = k;
        np.end = k + 1;
        return np;
      }
      continue;
    }
    const status = STATUS_ADJECTIVES[t.norm];
    const cls = PERSON_NOUNS[t.norm];
    if (cls !== undefined && !(t.norm === "police" && PERSON_NOUNS[word(tokens, k + 1)])) {
      // "the militia's elements": the possessor is not the head; the noun after it is.
      const apos = tokens[k + 1]?.text;
      if (
        (apos === "'" || apos === "’") &&
        word(tokens, k + 2) === "s" &&
        PERSON_NOUNS[word(tokens, k + 3)] !== undefined
      ) {
        k += 2;
        continue;
      }
      // "crew members", "family members", "child soldiers": two person nouns make one head.
      const second = PERSON_NOUNS[word(tokens, k + 1)];
      const compound = second !== undefined && k + 1 < limit && tokens[k + 1]?.kind === "word";
      np.head = compound ? k + 1 : k;
      np.end = np.head + 1;
      const headCls = compound && second !== "unknown" ? second : cls;
      if (np.civilian === "unknown") np.civilian = headCls;
      return np;
    }
    if (status) {
      np.civilian = status;
      if (t.norm === "enemy") np.enemy = true;
      continue;
    }
    if (MODIFIERS.has(t.norm) || t.norm === "police" || t.norm === "aid" || t.norm === "service") {
      // "wounding 5 more" at the end of a line: the modifier belongs to the phrase.
      stop = k + 1;
      continue;
    }
    // "51 fallen soldiers": fallen is dead, but only as an adjective before a person noun.
    const kindAdj = KIND_AFTER[t.norm] ?? (t.norm === "fallen" ? "killed" : undefined);
    const nextIsPerson =
      PERSON_NOUNS[word(tokens, k + 1)] !== undefined ||
      (doc.mentionAt[k + 1] !== undefined && PERSON_NOUNS[word(tokens, k + 2)] !== undefined);
    if (kindAdj && nextIsPerson) {
      np.kindAdj = kindAdj;
      continue;
    }
    if (AUX.has(t.norm) || KIND_AFTER[t.norm] || PP_START.has(t.norm) || MODAL_OR_NEGATION.has(t.norm)) break;
    if (t.norm === "and" || t.norm === "or" || t.norm === "while" || t.norm === "including") break;
    if (CLAUSE_OPENERS.has(t.norm)) break;
    // "100 taken hostage", "12 held captive", "one more received wounds": a verb of kind ends the phrase.
    if (kindAt(tokens, k) || PHRASE_VERBS.has(t.norm)) break;
    // A people named by a capitalised word before the verb: "12 Masalit were killed".
    const nextNorm = word(tokens, k + 1);
    if (t.cap && unknown === 0 && (AUX.has(nextNorm) || KIND_AFTER[nextNorm])) {
      np.head = k;
      np.end = k + 1;
      if (np.civilian === "unknown") np.civilian = "civilian";
      return np;
    }
    unknown++;
    if (unknown > 2) return null;
    stop = k + 1;
  }
  if (unknown > 0) return null;
  // Without a noun the count must stand alone ("200 have died", "hundreds more were injured", "12 dead")
  // or with modifiers only ("35 more military deaths", "60 Armenian prisoners of war").
  np.end = stop;
  return np;
}

const LOST_ENDS = new Set([
  "",
  ".",
  ",",
  ";",
  ")",
  "in",
  "at",
  "near",
  "during",
  "on",
  "overnight",
  "today",
  "yesterday",
  "since",
  "so",
  "this",
  "last",
  "while",
  "when",
  "after",
  "-",
]);

/** Kind word at k, reading multi-word forms ("lost their lives", "taken prisoner", "unaccounted for"). */
export function kindAt(tokens: Token[], k: number): { kind: CasualtyKind; to: number } | null {
  const w = word(tokens, k);
  const next = word(tokens, k + 1);
  if (w === "lost" && ["their", "his", "her"].includes(next) && /^lives?$/.test(word(tokens, k + 2)))
    return { kind: "killed", to: k + 3 };
  if ((w === "taken" || w === "held" || w === "took") && /^(prisoners?|captives?|hostages?)$/.test(next))
    return { kind: "captured", to: k + 2 };
  if (w === "unaccounted" && next === "for") return { kind: "missing", to: k + 2 };
  // "taken to hospital", "rushed to hospital", "treated in hospital": injured.
  if (["taken", "rushed", "admitted", "treated", "brought"].includes(w) && ["to", "in"].includes(next)) {
    const h = word(tokens, k + 2) === "the" ? k + 3 : k + 2;
    if (/^(?:hospitals?|clinics?)$/.test(word(tokens, h))) return { kind: "injured", to: h + 1 };
  }
  // Digest "9 soldiers lost in fighting": lost with no object of its own is a death (README: "lost"
  // servicemen); "lost contact", "lost ground" have an object and are not.
  if (w === "lost" && LOST_ENDS.has(next)) return { kind: "killed", to: k + 1 };
  if (w === "fatally" && (next === "wounded" || next === "injured")) return { kind: "killed", to: k + 2 };
  // "sustained injuries", "suffered wounds", "were treated for injuries"
  const hurt = /^(injuries|wounds|burns)$/;
  if ((w === "sustained" || w === "suffered") && hurt.test(next)) return { kind: "injured", to: k + 2 };
  if (w === "treated" && next === "for" && hurt.test(word(tokens, k + 2)))
    return { kind: "injured", to: k + 3 };
  const kind = KIND_AFTER[w];
  if (!kind) return null;
  if (w === "prisoners" && next === "of" && word(tokens, k + 2) === "war") return { kind, to: k + 3 };
  return { kind, to: k + 1 };
}
