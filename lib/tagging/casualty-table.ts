import type { CasualtyKind, Civilian } from "@/lib/types/tags";
import { word } from "./casualty-phrase";
import { KIND_AFTER, PERSON_NOUNS, STATUS_ADJECTIVES } from "./casualty-words";
import type { Doc } from "./doc";

/** Marks that part a table cell's label from its figure: "dead: 5", "Killed | 12", "wounded — 40". */
export const CELL_SEPARATORS = new Set([":", "-", "|", "—", "–", "="]);
/** Marks that may open a cell inside a line: "KIA 7 / WIA 19", "dead: 5; injured: 14". */
const CELL_OPENERS = new Set(["/", "|", ",", ";", "•", "*", "-", "—", "–", "(", "["]);
const TOTAL_WORDS = new Set(["total", "overall", "cumulative"]);
const LABEL_TAIL = new Set([
  "since",
  "in",
  "so",
  "today",
  "yesterday",
  "overnight",
  "near",
  "at",
  "per",
  "on",
]);
const IN_ACTION: Record<string, CasualtyKind> = { killed: "killed", wounded: "injured", missing: "missing" };
const CELL_LEADS = new Set(["still", "now", "total"]);

export interface TableLabel {
  kind: CasualtyKind;
  /** First token of the label. */
  from: number;
  civilian: Civilian;
  /** An actor named in brackets after the label ("civilians killed (AZ): 91"). */
  bracketed: string | null;
  /** "Total killed: 40": a running toll. */
  total: boolean;
  /** A side named at the head of the label ("NK army dead: 1,177"). */
  named: string | null;
}

/**
 * Read the label of a table-style cell whose separator is at `sep`: a kind word, optionally "in action",
 * optionally after a person noun ("civilians killed"), optionally followed by a bracketed actor. The label
 * must open its line or cell unless a colon or hyphen marks it, so that prose ("killed | 3") stays out.
 */
/** The kind a label's word names: a word of kind, or people's losses ("military losses: 633"). */
function labelKind(tokens: Doc["tokens"], k: number): CasualtyKind | undefined {
  const kind = KIND_AFTER[word(tokens, k)];
  if (kind) return kind;
  const status = STATUS_ADJECTIVES[word(tokens, k - 1)];
  return word(tokens, k) === "losses" && status !== undefined && status !== "unknown" ? "killed" : undefined;
}

export function tableLabel(doc: Doc, sep: number, sentenceFrom: number): TableLabel | null {
  const { tokens } = doc;
  if (!CELL_SEPARATORS.has(word(tokens, sep))) return null;
  let k = sep - 1;
  let bracketed: string | null = null;
  if (word(tokens, k) === ")") {
    let open = k - 1;
    while (open > sentenceFrom && open > k - 5 && word(tokens, open) !== "(") open--;
    if (word(tokens, open) !== "(") return null;
    for (let m = open + 1; m < k; m++) {
      const men = doc.mentionAt[m];
      if (men && men.via !== "person") bracketed = men.actor;
    }
    k = open - 1;
  }
  // "still unaccounted for — approx. 240 servicemen"
  const unaccounted = word(tokens, k) === "for" && word(tokens, k - 1) === "unaccounted";
  if (unaccounted) k--;
  // "Deaths since April: 12,260", "Killed in Gaza today: 40": a short time or place after the kind word.
  let total = false;
  let tailed = false;
  if (!unaccounted && !labelKind(tokens, k) && word(tokens, k) !== "action") {
    let p = k;
    while (p > k - 9 && p > sentenceFrom && !labelKind(tokens, p - 1)) p--;
    if (LABEL_TAIL.has(word(tokens, p)) && labelKind(tokens, p - 1)) {
      total = word(tokens, p) === "since" || (word(tokens, p) === "so" && word(tokens, p + 1) === "far");
      tailed = true;
      k = p - 1;
    }
  }
  let kind: CasualtyKind | undefined;
  if (word(tokens, k) === "action" && word(tokens, k - 1) === "in") {
    kind = IN_ACTION[word(tokens, k - 2)];
    k -= 2;
  } else {
    kind = unaccounted ? "missing" : labelKind(tokens, k);
  }
  if (!kind || k < sentenceFrom) return null;
  let from = k;
  let civilian: Civilian = "unknown";
  const noun = word(tokens, k - 1);
  const cls = PERSON_NOUNS[noun] ?? STATUS_ADJECTIVES[noun];
  if (cls && k - 1 >= sentenceFrom) {
    civilian = cls;
    from = k - 1;
  }
  if (TOTAL_WORDS.has(word(tokens, from - 1)) && from - 1 >= sentenceFrom) {
    total = true;
    from--;
  }
  // "NK army dead per its own list: 1,177": a side's name may open the label.
  const namedAt = doc.mentionAt[from - 1];
  const named = namedAt && namedAt.via !== "person" ? namedAt.actor : null;
  if (namedAt && named) from = namedAt.from;
  // A line's source before a colon opens its first cell too ("AZ MoD: civilians killed since 27.09 — 92").
  const opens =
    from === sentenceFrom ||
    CELL_OPENERS.has(word(tokens, from - 1)) ||
    (CELL_LEADS.has(word(tokens, from - 1)) && CELL_OPENERS.has(word(tokens, from - 2))) ||
    (word(tokens, from - 1) === ":" && from - 1 - sentenceFrom <= 5);
  // A colon or spaced hyphen marks a label even mid-line ("Ganja strike dead: 12"); rarer marks need a cell.
  const plain = word(tokens, sep) === ":" || word(tokens, sep) === "-";
  if (!opens && (!plain || tailed)) return null;
  return { kind, from, civilian, bracketed, total, named };
}
