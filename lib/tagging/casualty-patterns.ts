import type { CasualtyKind } from "@/lib/types/tags";
import { mannerPhrase } from "./casualty-manner";
import { kindAt, type NounPhrase, nounPhrase, OWN, PARENTHETICAL, PP_START, word } from "./casualty-phrase";
import {
  AUX,
  KIND_AFTER,
  KIND_BEFORE,
  MODAL_OR_NEGATION,
  PERSON_NOUNS,
  STATUS_ADJECTIVES,
} from "./casualty-words";
import type { Doc } from "./doc";
import { type CountPhrase, parseCount } from "./numbers";

/** A count read as a casualty claim: its kind, noun phrase and the tokens of its evidence. */
export interface Match {
  kind: CasualtyKind;
  np: NounPhrase;
  from: number;
  to: number;
  toll: boolean;
  /** "5 children among the dead": a part of a toll when one of that kind came before. */
  among?: boolean;
}

/** "12 soldiers were killed", "more than 300 people have died", "two dozen wounded". */
export function subjectPattern(doc: Doc, c: CountPhrase, limit: number): Match | null {
  const { tokens } = doc;
  const np = nounPhrase(doc, c.to, limit);
  if (!np) return null;
  let k = np.end;
  let sawPP = false;
  let aux = false;
  for (let steps = 0; k < limit && steps < 12; steps++) {
    const w = word(tokens, k);
    // "Three journalists — two French reporters and a photographer — were wounded": a dashed aside.
    if (w === "-" && steps <= 1) {
      let e = k + 1;
      while (e < limit && e < k + 14 && word(tokens, e) !== w) e++;
      if (word(tokens, e) === w && (AUX.has(word(tokens, e + 1)) || KIND_AFTER[word(tokens, e + 1)])) {
        k = e + 1;
        continue;
      }
    }
    // "A fourth person, an elderly neighbour, died", "two civilians, Aliyev Namiq and his neighbour, were
    // killed": an appositive between commas.
    const opener = tokens[k + 1];
    if (
      w === "," &&
      steps === 0 &&
      np.head !== null &&
      (["a", "an", "the"].includes(opener?.norm ?? "") || (opener?.kind === "word" && opener.cap))
    ) {
      let e = k + 2;
      while (e < limit && e < k + 7 && tokens[e]?.kind === "word") e++;
      if (word(tokens, e) === "," && (AUX.has(word(tokens, e + 1)) || KIND_AFTER[word(tokens, e + 1)])) {
        k = e + 1;
        continue;
      }
    }
    if ((w === "," || w === "-") && PARENTHETICAL.has(word(tokens, k + 1))) {
      // An aside closed by the same mark: ", most of them civilians," or "- including children -".
      let e = k + 1;
      while (e < limit && word(tokens, e) !== w) e++;
      k = e + 1;
      continue;
    }
    // ", two of them children," is an aside too.
    if (w === "," && parseCount(tokens, k + 1) && word(tokens, parseCount(tokens, k + 1)?.to ?? k) === "of") {
      let e = k + 1;
      while (e < limit && e < k + 8 && word(tokens, e) !== ",") e++;
      if (word(tokens, e) === ",") {
        k = e + 1;
        continue;
      }
    }
    // "12 people including 3 children were killed": an unpunctuated aside runs up to the verb.
    if ((w === "including" || (w === "among" && word(tokens, k + 1) === "them")) && steps <= 1) {
      // Only counts and person words may stand in it: "including 3 women and a child".
      let e = k + 1;
      while (e < limit && e < k + 8 && asideWord(tokens, e)) e++;
      if (e < limit && (AUX.has(word(tokens, e)) || KIND_AFTER[word(tokens, e)])) {
        k = e;
        continue;
      }
    }
    if (w === "(") {
      while (k < limit && word(tokens, k) !== ")") k++;
      k++;
      continue;
    }
    // "as many as 60 may have been killed": a hedged past figure is still the figure given.
    if ((w === "may" || w === "might") && word(tokens, k + 1) === "have") {
      k++;
      continue;
    }
    if (MODAL_OR_NEGATION.has(w)) return null;
    if ((w === "and" || w === "," || w === "+" || w === "&") && steps === 0 && np.head !== null) {
      // "Three Azerbaijani soldiers and an Armenian serviceman were killed": skip the second subject.
      // "a mother and her three children": skip a possessive before the second count.
      const own = ["her", "his", "their"].includes(word(tokens, k + 1)) ? 1 : 0;
      const next = parseCount(tokens, k + 1 + own);
      // "a girl and her mother": a possessive alone opens a second subject of one.
      // "60 soldiers & civs held": a bare plural joins the same group.
      const barePlural = !next && !own && PERSON_NOUNS[word(tokens, k + 1)] !== undefined && w !== ",";
      const nextStart = next
        ? next.to
        : ["a", "an"].includes(word(tokens, k + 1 + own))
          ? k + 2 + own
          : own || barePlural
            ? k + 1 + own
            : -1;
      const other = nextStart > 0 ? nounPhrase(doc, nextStart, limit) : null;
      if (other && other.head !== null) {
        k = other.end;
        continue;
      }
    }
    // "12 bodies were recovered", "the bodies of 30 soldiers were found": bodies are deaths.
    if (np.head !== null && word(tokens, np.head) === "bodies") {
      return { kind: "killed", np, from: c.from, to: np.end, toll: false };
    }
    // "Two aid workers were among those killed".
    if (w === "among" && ["those", "the"].includes(word(tokens, k + 1)) && KIND_AFTER[word(tokens, k + 2)]) {
      const amongKind = KIND_AFTER[word(tokens, k + 2)];
      if (amongKind) return { kind: amongKind, np, from: c.from, to: k + 3, toll: false, among: true };
    }
    // "9 villagers shot dead", "4 men beaten to death", "2 patients succumbed to their wounds", "3 suffered wounds".
    const manner = np.head !== null || HURT_VERBS.has(w) ? mannerPhrase(tokens, k) : null;
    if (manner) return { kind: manner.kind, np, from: c.from, to: manner.to, toll: false };
    const kind = kindAt(tokens, k);
    // "a gunman killed three people", "two soldiers wounded a boy": the count is the agent.
    if (kind && !aux && KIND_BEFORE[w] && activeObject(doc, kind.to, limit)) return null;
    // "militants beheaded 3 hostages": the verb before the captives tells what befell them.
    const before = KIND_BEFORE[word(tokens, c.from - 1)];
    if (kind?.kind === "captured" && CAPTIVES.has(w) && steps === 0 && before && before !== "captured")
      return null;
    if (kind?.kind === "captured" && CAPTIVES.has(w)) {
      // "5 hostages were killed", "3 prisoners of war died": captives are who, not what, happened.
      let j = kind.to;
      while (j < limit && AUX.has(word(tokens, j))) j++;
      const fate = kindAt(tokens, j);
      if (fate && fate.kind !== "captured") {
        if (np.civilian === "unknown" && (w === "pows" || word(tokens, k + 2) === "war"))
          np.civilian = "military";
        return { kind: fate.kind, np, from: c.from, to: fate.to, toll: false };
      }
    }
    if (kind) {
      const after = word(tokens, kind.to);
      // "killed or wounded" cannot be split into kinds honestly.
      if ((after === "or" || after === "and") && KIND_AFTER[word(tokens, kind.to + 1)] && steps < 4) {
        if (KIND_AFTER[word(tokens, kind.to + 1)] !== kind.kind) return null;
      }
      if (word(tokens, kind.to) === "among") {
        // "27 more fatalities among its troops"
        const own = OWN.has(word(tokens, kind.to + 1));
        const cls =
          PERSON_NOUNS[word(tokens, kind.to + (own || word(tokens, kind.to + 1) === "the" ? 2 : 1))];
        if (cls && np.civilian === "unknown") np.civilian = cls;
        if (own) np.own = true;
      }
      const pow =
        word(tokens, k) === "pows" || (word(tokens, k) === "prisoners" && word(tokens, k + 2) === "war");
      if (pow && np.civilian === "unknown") np.civilian = "military";
      if (np.partOf === kind.kind) return null;
      return { kind: kind.kind, np, from: c.from, to: kind.to, toll: false };
    }
    // "Eleven marines who had crossed the river were taken prisoner": past the relative clause to the
    // main verb, when one follows within the clause's reach.
    if (
      (w === "who" || w === "that") &&
      np.head !== null &&
      !kindAt(tokens, k + 1) &&
      !AUX.has(word(tokens, k + 1))
    ) {
      const main = mainVerbAfter(tokens, k + 1, limit);
      if (main > 0) {
        aux = true;
        k = main;
        continue;
      }
    }
    if ((w === "who" || w === "that") && np.head !== null && AUX.has(word(tokens, k + 1))) {
      let j = k + 1;
      while (j < limit && AUX.has(word(tokens, j))) j++;
      if (!kindAt(tokens, j) && !mannerPhrase(tokens, j)) {
        const main = mainVerbAfter(tokens, j, limit);
        if (main > 0) {
          aux = true;
          k = main;
          continue;
        }
      }
    }
    if (AUX.has(w) || w === "fatally") {
      aux = true;
      k++;
      continue;
    }
    // Place and group phrases between the noun and its verb: "12 people in Ganja were killed", "one
    // resident of Gashalti village in the Naftalan district was killed", "two civilians in Barda died".
    if (!sawPP && np.head !== null && PP_START.has(w)) {
      sawPP = true;
      let e = k + 1;
      while (
        e < limit &&
        e < k + 10 &&
        (tokens[e]?.kind === "word" || w === "of") &&
        !AUX.has(word(tokens, e)) &&
        !KIND_AFTER[word(tokens, e)]
      ) {
        const m = doc.mentionAt[e];
        if (w === "of" && m && !np.party && m.via !== "person") np.party = m.actor;
        // "relatives of servicemen still missing": the kind is the servicemen's, not the relatives'.
        if (w === "of" && KIN.has(word(tokens, np.head)) && PERSON_NOUNS[word(tokens, e)] !== undefined)
          return null;
        e++;
      }
      if (AUX.has(word(tokens, e)) || KIND_AFTER[word(tokens, e)]) {
        k = e;
        continue;
      }
    }
    break;
  }
  // "12 wounded soldiers were evacuated": the kind is in the noun phrase itself.
  if (np.partOf) return null;
  if (np.kindAdj) return { kind: np.kindAdj, np, from: c.from, to: np.end, toll: false };
  // "the strike's 12 victims": victims with no other word of kind are the dead.
  if (np.head !== null && word(doc.tokens, np.head) === "victims") {
    return { kind: "killed", np, from: c.from, to: np.end, toll: false };
  }
  return null;
}

/** Does an object of an active verb start at j: a figure or a person ("killed 3 people", "a boy")? */
function activeObject(doc: Doc, j: number, limit: number): boolean {
  const { tokens } = doc;
  if (j >= limit) return false;
  const found = parseCount(tokens, j);
  const count = found && found.to <= limit ? found : null;
  const det = ["a", "an", "the", "his", "her", "their", "its"].includes(word(tokens, j));
  const start = count ? count.to : det ? j + 1 : -1;
  if (start < 0) return ["him", "her", "them"].includes(word(tokens, j));
  const np = nounPhrase(doc, start, limit);
  if (!np) return false;
  // "12 killed 30 injured" is a tally, not an object.
  if (KIND_AFTER[word(tokens, np.end)]) return false;
  return count !== null || np.head !== null;
}

/** People named by their tie to others: in "relatives of the missing" the others are the casualties. */
const KIN = new Set(
  "relatives families family parents mothers fathers wives husbands sisters brothers friends colleagues".split(
    " ",
  ),
);

/** "one more received shrapnel wounds": verbs whose object says the kind, so no noun is needed. */
const HURT_VERBS = new Set(["suffered", "sustained", "received", "succumbed"]);

export const CAPTIVES = new Set(["hostages", "hostage", "prisoners", "captives", "pows", "detainees"]);

const FINITE = new Set(["were", "was", "are", "is", "remain", "remains", "remained", "have", "has", "had"]);

/** The main clause's verb group after a relative clause starting at j, if a word of kind follows it. */
function mainVerbAfter(tokens: Doc["tokens"], j: number, limit: number): number {
  for (let e = j + 1; e < Math.min(limit, j + 16); e++) {
    const t = tokens[e];
    if (t?.kind === "punct" && t.text !== "-") return -1;
    if (!FINITE.has(word(tokens, e))) continue;
    let v = e;
    while (v < limit && AUX.has(word(tokens, v))) v++;
    if (kindAt(tokens, v)) return e;
  }
  return -1;
}

/** Words that may stand in an unpunctuated aside: "including 3 women and a child". */
function asideWord(tokens: Doc["tokens"], j: number): boolean {
  const x = word(tokens, j);
  return (
    ASIDE_GLUE.has(x) ||
    PERSON_NOUNS[x] !== undefined ||
    STATUS_ADJECTIVES[x] !== undefined ||
    !!parseCount(tokens, j)
  );
}

const ASIDE_GLUE = new Set(["a", "an", "and", "them", "their", "his", "her", "its"]);
