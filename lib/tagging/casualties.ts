import type { CasualtyClaim, CasualtyKind, Civilian } from "@/lib/types/tags";
import {
  AUX,
  CUMULATIVE_RE,
  DENIAL,
  INCIDENT_RE,
  KIND_AFTER,
  KIND_BEFORE,
  MODAL_OR_NEGATION,
  PERSON_NOUNS,
  RISE_RE,
  STATUS_ADJECTIVES,
} from "./casualty-words";
import type { Doc } from "./doc";
import { type CountPhrase, findCounts, parseCount } from "./numbers";
import { SPEECH_VERBS } from "./speaker-words";
import { span, type Token } from "./text";

/** Finds who makes the claim found in tokens [from, to): an actor id or null. */
export type ClaimantFinder = (from: number, to: number) => string | null;

/** Whose own place the claim in tokens [from, to) happened at, or null. */
export type PlacePartyFinder = (from: number, to: number) => string | null;

interface NounPhrase {
  end: number;
  head: number | null;
  civilian: Civilian;
  party: string | null;
  /** "of its servicemen", "our soldiers": the victims belong to whoever makes the claim. */
  own: boolean;
  enemy: boolean;
  /** A kind word used as an adjective ("12 wounded soldiers"). */
  kindAdj: CasualtyKind | null;
}

interface Match {
  kind: CasualtyKind;
  np: NounPhrase;
  from: number;
  to: number;
  toll: boolean;
}

const MODIFIERS = new Set(["more", "other", "additional", "further", "ethnic", "young", "elderly", "local"]);
/** Words that open an aside between a count and its verb: "40 people, most of them civilians, died". */
const PARENTHETICAL = new Set([
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
const DEATH_NOUNS = new Set([
  "deaths",
  "death",
  "killing",
  "killings",
  "lives",
  "execution",
  "executions",
  "murder",
  "bodies",
  "remains",
]);
const OWN = new Set(["its", "their", "our", "his", "her"]);
const PP_START = new Set(["in", "at", "from", "on", "near", "across", "inside", "of"]);

function word(tokens: Token[], i: number): string {
  return tokens[i]?.norm ?? "";
}

/** Parse what follows a count: modifiers, nationality and the person noun ("Armenian servicemen"). */
function nounPhrase(doc: Doc, j: number, limit: number): NounPhrase | null {
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
  if (word(tokens, j) === "of") {
    const det = word(tokens, j + 1);
    if (OWN.has(det)) np.own = true;
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
    if (t?.kind !== "word") break;
    const m = doc.mentionAt[k];
    if (m && (m.via === "demonym" || m.via === "name")) {
      np.party = m.actor;
      k = m.to - 1;
      continue;
    }
    const status = STATUS_ADJECTIVES[t.norm];
    const cls = PERSON_NOUNS[t.norm];
    if (cls !== undefined && !(t.norm === "police" && PERSON_NOUNS[word(tokens, k + 1)])) {
      np.head = k;
      np.end = k + 1;
      if (np.civilian === "unknown") np.civilian = cls;
      return np;
    }
    if (status) {
      np.civilian = status;
      if (t.norm === "enemy") np.enemy = true;
      continue;
    }
    if (MODIFIERS.has(t.norm) || t.norm === "police" || t.norm === "aid" || t.norm === "service") continue;
    const kindAdj = KIND_AFTER[t.norm];
    const nextIsPerson =
      PERSON_NOUNS[word(tokens, k + 1)] !== undefined ||
      (doc.mentionAt[k + 1] !== undefined && PERSON_NOUNS[word(tokens, k + 2)] !== undefined);
    if (kindAdj && nextIsPerson) {
      np.kindAdj = kindAdj;
      continue;
    }
    if (AUX.has(t.norm) || KIND_AFTER[t.norm] || PP_START.has(t.norm) || MODAL_OR_NEGATION.has(t.norm)) break;
    if (t.norm === "and" || t.norm === "or" || t.norm === "while" || t.norm === "including") break;
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

/** Kind word at k, reading multi-word forms ("lost their lives", "taken prisoner", "unaccounted for"). */
function kindAt(tokens: Token[], k: number): { kind: CasualtyKind; to: number } | null {
  const w = word(tokens, k);
  const next = word(tokens, k + 1);
  if (w === "lost" && ["their", "his", "her"].includes(next) && /^lives?$/.test(word(tokens, k + 2)))
    return { kind: "killed", to: k + 3 };
  if ((w === "taken" || w === "held" || w === "took") && /^(prisoners?|captives?|hostages?)$/.test(next))
    return { kind: "captured", to: k + 2 };
  if (w === "unaccounted" && next === "for") return { kind: "missing", to: k + 2 };
  if (w === "fatally" && (next === "wounded" || next === "injured")) return { kind: "killed", to: k + 2 };
  const kind = KIND_AFTER[w];
  if (!kind) return null;
  if (w === "prisoners" && next === "of" && word(tokens, k + 2) === "war") return { kind, to: k + 3 };
  return { kind, to: k + 1 };
}

/** "12 soldiers were killed", "more than 200 have died", "two dozen wounded". */
function subjectPattern(doc: Doc, c: CountPhrase, limit: number): Match | null {
  const { tokens } = doc;
  const np = nounPhrase(doc, c.to, limit);
  if (!np) return null;
  let k = np.end;
  let sawPP = false;
  for (let steps = 0; k < limit && steps < 12; steps++) {
    const w = word(tokens, k);
    if ((w === "," || w === "-") && PARENTHETICAL.has(word(tokens, k + 1))) {
      // An aside closed by the same mark: ", most of them civilians," or "- including children -".
      let e = k + 1;
      while (e < limit && word(tokens, e) !== w) e++;
      k = e + 1;
      continue;
    }
    if (w === "(") {
      while (k < limit && word(tokens, k) !== ")") k++;
      k++;
      continue;
    }
    if (MODAL_OR_NEGATION.has(w)) return null;
    if ((w === "and" || w === ",") && steps === 0 && np.head !== null) {
      // "Three Azerbaijani soldiers and an Armenian serviceman were killed": skip the second subject.
      const next = parseCount(tokens, k + 1);
      const nextStart = next ? next.to : ["a", "an"].includes(word(tokens, k + 1)) ? k + 2 : -1;
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
      if (amongKind) return { kind: amongKind, np, from: c.from, to: k + 3, toll: false };
    }
    const kind = kindAt(tokens, k);
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
      return { kind: kind.kind, np, from: c.from, to: kind.to, toll: false };
    }
    if (AUX.has(w) || w === "fatally") {
      k++;
      continue;
    }
    // A short place phrase between the noun and its verb: "12 people in Ganja were killed".
    if (!sawPP && np.head !== null && PP_START.has(w) && w !== "of") {
      sawPP = true;
      let e = k + 1;
      while (e < limit && e < k + 5 && !AUX.has(word(tokens, e)) && tokens[e]?.kind === "word") e++;
      if (AUX.has(word(tokens, e))) {
        k = e;
        continue;
      }
    }
    if (w === "of" && np.head !== null && steps === 0) {
      // "12 members of the Armenian armed forces were killed"
      let e = k + 1;
      while (e < limit && e < k + 6 && tokens[e]?.kind === "word" && !AUX.has(word(tokens, e))) {
        const m = doc.mentionAt[e];
        if (m && !np.party) np.party = m.actor;
        e++;
      }
      k = e;
      continue;
    }
    break;
  }
  // "12 wounded soldiers were evacuated": the kind is in the noun phrase itself.
  if (np.kindAdj) return { kind: np.kindAdj, np, from: c.from, to: np.end, toll: false };
  return null;
}

/** "killed 12 civilians", "wounding at least 20", "lost 1,119 servicemen", "left 5 dead". */
function objectPattern(doc: Doc, c: CountPhrase, limit: number, sentenceFrom: number): Match | null {
  const { tokens } = doc;
  let b = c.from - 1;
  if (word(tokens, b) === "of" && word(tokens, b - 1) === "total" && word(tokens, b - 2) === "a") b -= 3;
  const v = word(tokens, b);
  const np = nounPhrase(doc, c.to, limit);
  if (!np) return null;
  if (np.head === null) {
    const nx = tokens[np.end];
    const boundary =
      !nx ||
      nx.kind === "punct" ||
      [
        "and",
        "in",
        "on",
        "at",
        "during",
        "near",
        "while",
        "when",
        "across",
        "since",
        "including",
        "as",
        "after",
      ].includes(nx.norm);
    if (!boundary && !(v === "left" || v === "leaving")) return null;
  }
  const before = word(tokens, b - 1);
  const before2 = word(tokens, b - 2);
  const blocked = (w: string) => MODAL_OR_NEGATION.has(w) || w === "to";
  if (b < sentenceFrom) return null;
  let kind: CasualtyKind | undefined = KIND_BEFORE[v];
  // "shot dead 40 villagers", "gunned down 12".
  if (!kind && ((v === "dead" && before === "shot") || (v === "down" && before === "gunned"))) {
    kind = "killed";
    b -= 1;
  }
  // "killed or captured thousands" mixes kinds: no figure for either.
  if (kind && (before === "or" || before === "and") && KIND_BEFORE[before2]) return null;
  let to = np.end;
  if (v === "kill" && (blocked(before) || before === "")) return null;
  if (!kind && (v === "lost" || v === "lose" || v === "losing") && np.head !== null) kind = "killed";
  if (!kind && (v === "claimed" || v === "claiming") && np.head !== null && word(tokens, np.head) === "lives")
    kind = "killed";
  // Digest tallies: "dead: 12", "wounded - 30".
  if (!kind && (v === ":" || v === "-") && KIND_AFTER[before]) {
    kind = KIND_AFTER[before];
    b -= 1;
  }
  if (!kind && v === "of" && DEATH_NOUNS.has(before)) {
    kind = "killed";
    b -= 1;
  }
  if (!kind && (v === "left" || v === "leaving" || v === "took" || v === "taking")) {
    const k = kindAt(tokens, np.end);
    const w = word(tokens, np.end);
    if (k && (v === "left" || v === "leaving")) {
      kind = k.kind;
      to = k.to;
    } else if ((v === "took" || v === "taking") && /^(prisoners?|captives?|hostages?)$/.test(w)) {
      kind = "captured";
      to = np.end + 1;
    }
  }
  if (!kind) return null;
  if (blocked(before) || (before === "be" && blocked(before2))) return null;
  if (v === "captured" || v === "seized") {
    if (np.head === null) return null; // "captured 12" alone may be villages or vehicles
  }
  return { kind, np, from: b, to, toll: false };
}

/** "the death toll rose to 31", "the number of civilians killed reached 50". */
function tollPattern(
  doc: Doc,
  c: CountPhrase,
  limit: number,
  sentenceFrom: number,
  inherit: CasualtyKind | null,
): Match | null {
  const { tokens } = doc;
  const lead = word(tokens, c.from - 1);
  const LEADS = [
    "to",
    "at",
    "of",
    "reached",
    "hit",
    "is",
    "was",
    ":",
    "passed",
    "exceeded",
    "topped",
    "surpassed",
    "passes",
    "exceeds",
    "tops",
    "surpasses",
    "now",
    "reaches",
    "stands",
    "stood",
  ];
  // "death toll 31" in digests: the figure right after the toll word.
  if (!LEADS.includes(lead) && !["toll", "tally", "total"].includes(lead)) return null;
  const np = nounPhrase(doc, c.to, limit);
  if (!np) return null;
  for (let a = c.from - 1; a >= Math.max(sentenceFrom, c.from - 14); a--) {
    const w = word(tokens, a);
    if (tokens[a]?.kind === "num") return null;
    let kind: CasualtyKind | null = null;
    let civilian: Civilian = np.civilian;
    let anchor = a;
    if (w === "toll" || w === "tolls") {
      const mod = word(tokens, a - 1);
      if (mod === "casualty") return null;
      kind = mod === "injury" ? "injured" : "killed";
      anchor = mod === "death" || mod === "injury" ? a - 1 : a;
      for (let m = anchor - 1; m >= Math.max(sentenceFrom, anchor - 4); m--) {
        const st = STATUS_ADJECTIVES[word(tokens, m)];
        if (st) civilian = st;
        const men = doc.mentionAt[m];
        if (men && !np.party && men.via !== "person") np.party = men.actor;
      }
    } else if ((w === "total" || w === "tally") && inherit && word(tokens, a + 1) !== "of") {
      // "35 more deaths, bringing the total to 1,177": the running total of the kind just counted.
      kind = inherit;
    } else if ((w === "number" || w === "tally") && word(tokens, a + 1) === "of") {
      for (let m = a + 2; m < Math.min(c.from, a + 6); m++) {
        const k = KIND_AFTER[word(tokens, m)];
        if (k) kind = k;
        const cls = PERSON_NOUNS[word(tokens, m)];
        if (cls && civilian === "unknown") civilian = cls;
        const st = STATUS_ADJECTIVES[word(tokens, m)];
        if (st) civilian = st;
      }
      if (!kind) continue;
    } else continue;
    if (!kind) continue;
    for (let m = a + 1; m < c.from; m++) {
      const cls = PERSON_NOUNS[word(tokens, m)];
      if (cls && civilian === "unknown") civilian = cls;
      const men = doc.mentionAt[m];
      if (men && !np.party && men.via !== "person") np.party = men.actor;
    }
    np.civilian = civilian;
    return { kind, np, from: anchor, to: Math.max(np.end, c.to), toll: true };
  }
  return null;
}

/** Is the count negated, hypothetical or inside a denial? */
function negated(doc: Doc, c: CountPhrase, sentenceFrom: number): boolean {
  const { tokens } = doc;
  const prev = word(tokens, c.from - 1);
  if (["no", "not", "nor", "without", "if", "unless", "whether", "zero"].includes(prev)) return true;
  for (let k = c.from - 1; k >= sentenceFrom; k--) {
    const w = word(tokens, k);
    if (w === ";" || w === "but" || w === "while" || w === "whereas") break;
    if (DENIAL.has(w)) return true;
    // "denied the report and said 12 soldiers died": a new speech verb ends the denial's reach.
    if (SPEECH_VERBS.has(w) && !DENIAL.has(w)) break;
  }
  return false;
}

const SINGULAR = new Set(
  Object.keys(PERSON_NOUNS).filter(
    (w) => !w.endsWith("s") && !["people", "children", "women", "men"].includes(w),
  ),
);

/** "a civilian was killed", "killed a soldier": a singular person noun counts as one. */
function singularCounts(tokens: Token[], from: number, to: number): CountPhrase[] {
  const out: CountPhrase[] = [];
  for (let i = from; i < to; i++) {
    const w = word(tokens, i);
    // "a soldier", "an elderly man", "a 14-year-old boy".
    if (w !== "a" && w !== "an") continue;
    for (let k = i + 1; k < Math.min(to, i + 6); k++) {
      const t = tokens[k];
      if (t?.kind === "num" || t?.text === "-") continue;
      if (t?.kind !== "word") break;
      if (SINGULAR.has(t.norm) && PERSON_NOUNS[word(tokens, k + 1)] === undefined) {
        out.push({ value: 1, qualifier: "exact", from: i, to: i + 1 });
        break;
      }
    }
  }
  return out;
}

/** Extract casualty claims, one per count phrase at most, with cumulative/single and party/claimant. */
export function extractCasualties(
  doc: Doc,
  claimantOf: ClaimantFinder,
  placePartyOf: PlacePartyFinder = () => null,
): CasualtyClaim[] {
  const { tokens, text } = doc;
  const claims: CasualtyClaim[] = [];
  for (const s of doc.sentences) {
    const found = findCounts(tokens, s.from, s.to);
    const single = singularCounts(tokens, s.from, s.to).filter(
      (x) => !found.some((f) => f.from <= x.from && x.from < f.to),
    );
    const counts = [...found, ...single].sort((a, b) => a.from - b.from);
    if (counts.length === 0) continue;
    const sentenceText = text.slice(s.start, s.end);
    const cumulativeHint =
      CUMULATIVE_RE.test(sentenceText) || (RISE_RE.test(sentenceText) && !INCIDENT_RE.test(sentenceText));
    let lastKind: CasualtyKind | null = null;
    let lastCivilian: Civilian = "unknown";
    let lastObject = false;
    for (const c of counts) {
      if (negated(doc, c, s.from)) continue;
      // A breakdown of a toll already counted ("including four women", "incl. 7 kids") is not a claim.
      if (isBreakdown(tokens, c.from)) continue;
      const deathOf = word(tokens, c.from - 1) === "of" && DEATH_NOUNS.has(word(tokens, c.from - 2));
      let m: Match | null =
        (deathOf ? objectPattern(doc, c, s.to, s.from) : null) ??
        subjectPattern(doc, c, s.to) ??
        objectPattern(doc, c, s.to, s.from) ??
        tollPattern(doc, c, s.to, s.from, lastKind);
      // "up from 300": the previous toll quoted for comparison is a claim of the same kind.
      const from =
        word(tokens, c.from - 1) === "from" &&
        ["up", "down", "rising", "risen"].includes(word(tokens, c.from - 2));
      if (!m && lastKind && from) {
        const np = nounPhrase(doc, c.to, s.to) ?? { ...EMPTY_NP, end: c.to };
        m = { kind: lastKind, np, from: c.from - 2, to: np.end, toll: true };
      }
      // "killed a woman and her two children": a second object of the same verb.
      let back = c.from - 1;
      while (["her", "his", "their", "its"].includes(word(tokens, back))) back--;
      if (!m && lastKind && lastObject && word(tokens, back) === "and") {
        const np = nounPhrase(doc, c.to, s.to);
        if (np && np.head !== null) m = { kind: lastKind, np, from: c.from, to: np.end, toll: false };
      }
      if (!m) continue;
      lastObject = m.from < c.from && !m.toll;
      if (m.kind === "captured" && released(tokens, m.from, m.to)) continue;
      if (m.toll && m.np.civilian === "unknown" && lastKind === m.kind) m.np.civilian = lastCivilian;
      if (word(tokens, c.from + 1) === "family" || word(tokens, c.from + 1) === "couple")
        m.np.civilian = "civilian";
      let qualifier = c.qualifier;
      if (qualifier === "exact" && PASSED.has(word(tokens, c.from - 1))) qualifier = "more than";
      lastKind = m.kind;
      lastCivilian = m.np.civilian;
      const first = tokens[m.from];
      const last = tokens[m.to - 1];
      if (!first || !last) continue;
      const claimedBy = claimantOf(m.from, m.to);
      let party = m.np.party;
      if (!party && m.np.own) party = claimedBy;
      // A side reporting soldiers killed, with no nationality given, reports its own losses.
      const passive = m.from === c.from;
      if (!party && passive && m.np.civilian === "military" && claimedBy && doc.lex.opponents[claimedBy]) {
        party = claimedBy;
      }
      if (!party && m.np.enemy && claimedBy) party = doc.lex.opponents[claimedBy]?.[0] ?? null;
      if (!party) party = sidePhrase(doc, s.from, s.to);
      if (!party && m.np.civilian !== "military") party = placePartyOf(m.from, m.to);
      claims.push({
        kind: m.kind,
        count: c.value,
        qualifier,
        ...(c.vagueWord ? { vagueWord: c.vagueWord } : {}),
        civilian: m.np.civilian,
        party,
        claimedBy,
        cumulative: cumulativeHint,
        evidence: span(text, first.start, last.end),
      });
    }
  }
  return claims;
}

/** "the toll passed 100": over the figure. */
const PASSED = new Set([
  "passed",
  "passes",
  "exceeded",
  "exceeds",
  "topped",
  "tops",
  "surpassed",
  "surpasses",
]);

const EMPTY_NP: NounPhrase = {
  end: 0,
  head: null,
  civilian: "unknown",
  party: null,
  own: false,
  enemy: false,
  kindAdj: null,
};

function isBreakdown(tokens: Token[], at: number): boolean {
  const p1 = word(tokens, at - 1);
  const p2 = word(tokens, at - 2);
  if (p1 === "including" || p1 === "incl" || (p1 === "." && p2 === "incl")) return true;
  if ((p1 === "them" || p1 === "whom") && (p2 === "among" || p2 === "of")) return true;
  return p1 === "among" && p2 === "were";
}

const RELEASE = new Set(
  "released freed exchanged swapped returned repatriated handed release exchange swap freeing releasing".split(
    " ",
  ),
);

/** Prisoners released, exchanged or handed back are not a capture claim. */
function released(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 4); k < to + 5; k++) if (RELEASE.has(word(tokens, k))) return true;
  return false;
}

/** "on the Armenian side", "Azerbaijani losses": the side named for the losses in this sentence. */
function sidePhrase(doc: Doc, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const w = word(doc.tokens, k);
    if (w !== "side" && w !== "losses") continue;
    const m = doc.mentionAt[k - 1];
    if (m && m.via !== "person") return m.actor;
  }
  return null;
}
