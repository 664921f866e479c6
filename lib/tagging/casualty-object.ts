import type { CasualtyKind } from "@/lib/types/tags";
import { CAPTIVES, type Match } from "./casualty-patterns";
import { DEATH_NOUNS, EMPTY_NP, kindAt, nounPhrase, word } from "./casualty-phrase";
import { CELL_SEPARATORS, tableLabel } from "./casualty-table";
import { KIND_AFTER, KIND_BEFORE, MODAL_OR_NEGATION, PERSON_NOUNS } from "./casualty-words";
import type { Doc } from "./doc";
import type { CountPhrase } from "./numbers";

const LOSE = new Set(["lost", "lose", "loses", "losing"]);
const PLACE_PREPS = new Set(["on", "in", "near", "at", "along", "during", "over", "around"]);

/** The verb of kind before a short place phrase that ends at `b`, or -1. */
function verbBeforePlace(tokens: Doc["tokens"], b: number, sentenceFrom: number): number {
  for (let q = b - 1; q >= Math.max(sentenceFrom, b - 7); q--) {
    const t = tokens[q];
    if (!t || (t.kind !== "word" && t.text !== "-")) return -1;
    if (PLACE_PREPS.has(t.norm)) {
      const verb = q - 1;
      const w = word(tokens, verb);
      return KIND_BEFORE[w] || LOSE.has(w) ? verb : -1;
    }
  }
  return -1;
}

const FORCES = new Set(
  "units forces troops army enemy side military occupiers invaders aggressor militants rebels fighters".split(
    " ",
  ),
);

/** Is the subject before the verb at `b` a force or a side ("AZ units", "the enemy", "Armenia")? */
function forceSubject(doc: Doc, b: number): boolean {
  let k = b - 1;
  while (["has", "have", "had", "reportedly", "also", '"', "'"].includes(word(doc.tokens, k))) k--;
  const w = word(doc.tokens, k);
  if (FORCES.has(w)) return true;
  const m = doc.mentionAt[k];
  return m !== undefined && m.via !== "person" && m.via !== "demonym";
}

/** Where a bare "lost 300" may end: at a preposition, a comma or the end of the sentence. */
function lostEnd(tokens: Doc["tokens"], end: number, limit: number): number {
  if (end >= limit) return end;
  const w = word(tokens, end);
  return [
    ",",
    ".",
    ";",
    "in",
    "near",
    "at",
    "during",
    "on",
    "since",
    "overnight",
    "today",
    "yesterday",
  ].includes(w)
    ? end
    : -1;
}

const BODIES = new Set(["bodies", "corpses", "remains"]);
const TAKE = new Set(["took", "taken", "take", "takes", "taking"]);

const TALLY_SEPARATORS = new Set(["/", "|", ",", ";", ":"]);

/** "killed 12 civilians", "wounding at least 20", "lost 1,119 servicemen", "left 5 dead". */
export function objectPattern(doc: Doc, c: CountPhrase, limit: number, sentenceFrom: number): Match | null {
  const { tokens } = doc;
  let b = c.from - 1;
  if (word(tokens, b) === "of" && word(tokens, b - 1) === "total" && word(tokens, b - 2) === "a") b -= 3;
  // "killing all 14 passengers"
  if (word(tokens, b) === "all" && KIND_BEFORE[word(tokens, b - 1)]) b -= 1;
  // "civs WIA x2": a tally's multiplier sign glued to the figure.
  const times =
    (word(tokens, b) === "x" || word(tokens, b) === "×") && tokens[b]?.end === tokens[c.from]?.start;
  if (times && KIND_AFTER[word(tokens, b - 1)]) {
    const np = nounPhrase(doc, c.to, limit) ?? { ...EMPTY_NP, end: c.to };
    const cls = PERSON_NOUNS[word(tokens, b - 2)];
    if (cls && np.civilian === "unknown") np.civilian = cls;
    const kindX = KIND_AFTER[word(tokens, b - 1)];
    if (kindX) return { kind: kindX, np, from: cls ? b - 2 : b - 1, to: c.to, toll: false };
  }
  // "wounding her two grandchildren", "holding the 25 crew".
  if (["her", "his", "their", "its", "the"].includes(word(tokens, b)) && KIND_BEFORE[word(tokens, b - 1)])
    b -= 1;
  // "the enemy lost on the Kupiansk direction up to 75 servicemen": a place phrase between verb and object.
  if (!KIND_BEFORE[word(tokens, b)] && !LOSE.has(word(tokens, b)) && tokens[b]?.kind === "word") {
    const verb = verbBeforePlace(tokens, b, sentenceFrom);
    if (verb >= 0) b = verb;
  }
  const v = word(tokens, b);
  const np = nounPhrase(doc, c.to, limit);
  if (!np) return null;
  // "beheaded 3 hostages": the captives are the people the verb befell.
  if (np.head === null && CAPTIVES.has(word(tokens, np.end)) && KIND_BEFORE[v] !== "captured") {
    np.head = np.end;
    np.end += 1;
  }
  if (np.head === null) {
    const nx = tokens[np.end];
    // The end of the sentence is a boundary even when the next token (a headline's body) follows it.
    const boundary =
      !nx ||
      np.end >= limit ||
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
        "over",
        "within",
        "overnight",
        "today",
        "yesterday",
        "by",
        "amid",
        "from",
        "per",
      ].includes(nx.norm);
    // "killed 12 injured 30": the next kind word opens the tally's next figure.
    const nextTally = !!nx && KIND_AFTER[nx.norm] !== undefined && tokens[np.end + 1]?.kind === "num";
    if (!boundary && !nextTally && !(v === "left" || v === "leaving")) return null;
  }
  // "captured 3 villages and 40 servicemen": the verb before a list of things and people.
  if (v === "and" && np.head !== null && PERSON_NOUNS[word(tokens, np.head)] !== undefined) {
    for (let k = b - 1; k >= Math.max(sentenceFrom, b - 6); k--) {
      const t = tokens[k];
      if (t?.kind === "punct") break;
      const listed = KIND_BEFORE[word(tokens, k)];
      if (listed && tokens[k + 1]?.kind === "num")
        return { kind: listed, np, from: k, to: np.end, toll: false };
    }
  }
  const before = word(tokens, b - 1);
  const before2 = word(tokens, b - 2);

  if (b < sentenceFrom) return null;
  let kind: CasualtyKind | undefined = KIND_BEFORE[v];
  // "shot dead 40 villagers", "gunned down 12".
  if (!kind && ((v === "dead" && before === "shot") || (v === "down" && before === "gunned"))) {
    kind = "killed";
    b -= 1;
  }
  // "had taken prisoner up to a dozen soldiers", "took captive 9 aid workers": people only.
  if (!kind && (v === "prisoner" || v === "captive") && TAKE.has(before) && np.head !== null) {
    kind = "captured";
    b -= 1;
  }
  // "killed or captured thousands" mixes kinds: no figure for either.
  if (kind && (before === "or" || before === "and") && KIND_BEFORE[before2]) return null;
  let to = np.end;
  if (v === "kill" && (blocked(before) || before === "")) return null;
  if (
    !kind &&
    LOSE.has(v) &&
    np.head === null &&
    forceSubject(doc, b) &&
    np.end === lostEnd(tokens, np.end, limit)
  ) {
    // "AZ units lost ~300 in a failed push": a force's losses without a noun are its men.
    kind = "killed";
    np.civilian = "military";
    const m = doc.mentionAt[b - 1] ?? doc.mentionAt[b - 2];
    if (!np.party && m && m.via !== "person") np.party = m.actor;
  }
  if (!kind && LOSE.has(v) && np.head !== null) {
    // "Armenia has lost 1,119 soldiers", "it lost 12 servicemen": the losses are the subject's own.
    kind = "killed";
    let sb = b - 1;
    while (["has", "have", "had", "also", "reportedly"].includes(word(tokens, sb))) sb--;
    const m = doc.mentionAt[sb];
    if (!np.party && m && m.via !== "person") np.party = m.actor;
    else if (!np.party) np.own = true;
  }
  if (!kind && (v === "claimed" || v === "claiming") && np.head !== null && word(tokens, np.head) === "lives")
    kind = "killed";
  // "recovered 12 bodies", "left behind 40+ bodies": bodies are deaths whatever the verb.
  if (!kind && np.head !== null && BODIES.has(word(tokens, np.head)) && tokens[b]?.kind === "word")
    kind = "killed";
  // Digest tallies with the kind first: "killed 4 / wounded 11 / missing 2", "dead 3, hurt 9".
  if (!kind && np.head === null && KIND_AFTER[v] && (b === sentenceFrom || TALLY_SEPARATORS.has(before))) {
    kind = KIND_AFTER[v];
  }
  // Digest tallies and tables: "dead: 12", "wounded - 30", "Killed in action | 3", "civilians killed (AZ): 91".
  const cell = !kind && CELL_SEPARATORS.has(v) ? tableLabel(doc, b, sentenceFrom) : null;
  if (cell) {
    kind = cell.kind;
    b = cell.from;
    if (np.civilian === "unknown") np.civilian = cell.civilian;
    if (!np.party && cell.bracketed) np.party = cell.bracketed;
    if (!np.party && cell.named) np.party = cell.named;
  }
  if (!kind && v === "of" && DEATH_NOUNS.has(before)) {
    kind = "killed";
    b -= 1;
  }
  // "the injury of a civilian", "the wounding of 12 people"
  if (!kind && v === "of" && (before === "injury" || before === "injuries" || before === "wounding")) {
    kind = "injured";
    b -= 1;
  }
  if (!kind && (v === "left" || v === "leaving" || v === "took" || v === "taking" || v === "taken")) {
    const k = kindAt(tokens, np.end);
    const w = word(tokens, np.end);
    if (k && (v === "left" || v === "leaving")) {
      kind = k.kind;
      to = k.to;
    } else if (v !== "left" && v !== "leaving" && /^(prisoners?|captives?|hostages?)$/.test(w)) {
      kind = "captured";
      to = np.end + 1;
    }
  }
  if (!kind) return null;
  if (blocked(before) || (before === "be" && blocked(before2))) return null;
  if (v === "captured" || v === "seized" || v === "buried" || v === "burying") {
    if (np.head === null) return null; // "captured 12" alone may be villages or vehicles
  }
  return { kind, np, from: b, to, toll: cell?.total ?? false };
}

function blocked(w: string): boolean {
  return MODAL_OR_NEGATION.has(w) || w === "to";
}
