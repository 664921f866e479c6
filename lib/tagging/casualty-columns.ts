import type { CasualtyKind, Civilian } from "@/lib/types/tags";
import { word } from "./casualty-phrase";
import { KIND_AFTER, PERSON_NOUNS, STATUS_ADJECTIVES } from "./casualty-words";
import type { Doc } from "./doc";
import { type CountPhrase, parseCount } from "./numbers";
import type { Sentence } from "./text";

/**
 * Digest tables written over two lines, a header of kinds and a row of figures under it:
 *
 *     civilian dead | wounded
 *     21 | 72
 *
 * Each figure takes the kind (and civilian status) of the header cell above it.
 */
export interface ColumnFigure {
  kind: CasualtyKind;
  civilian: Civilian;
  count: CountPhrase;
}

const BARS = new Set(["|", "¦"]);

/** Does the sentence hold a bar at all? The cheap test before splitting it into cells. */
function hasBar(doc: Doc, s: Sentence): boolean {
  const bar = doc.text.indexOf("|", s.start);
  if (bar >= 0 && bar < s.end) return true;
  const broken = doc.text.indexOf("¦", s.start);
  return broken >= 0 && broken < s.end;
}

/** The cells of a sentence split at bars, as token ranges. */
function cells(doc: Doc, s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = s.from;
  for (let k = s.from; k < s.to; k++) {
    if (!BARS.has(doc.tokens[k]?.text ?? "")) continue;
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, s.to]);
  return out;
}

/** A header cell: one word of kind, maybe after a person noun or status ("civilian dead", "KIA"). */
function headerCell(
  doc: Doc,
  [from, to]: [number, number],
): { kind: CasualtyKind; civilian: Civilian } | null {
  let kind: CasualtyKind | undefined;
  let civilian: Civilian = "unknown";
  for (let k = from; k < to; k++) {
    const w = word(doc.tokens, k);
    const kw = KIND_AFTER[w];
    if (kw && !kind) kind = kw;
    else if (PERSON_NOUNS[w] !== undefined || STATUS_ADJECTIVES[w] !== undefined)
      civilian = (STATUS_ADJECTIVES[w] ?? PERSON_NOUNS[w]) as Civilian;
    else if (!["in", "action", "total"].includes(w)) return null;
  }
  return kind ? { kind, civilian } : null;
}

/** The figures of a row under a header row, or nothing when the two lines are not such a table. */
export function columnFigures(doc: Doc, header: Sentence | undefined, row: Sentence): ColumnFigure[] {
  if (!header || !hasBar(doc, row) || !hasBar(doc, header)) return [];
  const rowCells = cells(doc, row);
  if (rowCells.length < 2) return [];
  const headCells = cells(doc, header);
  if (headCells.length !== rowCells.length) return [];
  const out: ColumnFigure[] = [];
  for (let i = 0; i < rowCells.length; i++) {
    const [from, to] = rowCells[i] ?? [0, 0];
    const head = headerCell(doc, headCells[i] ?? [0, 0]);
    const count = parseCount(doc.tokens, from);
    if (!head || !count || count.to !== to) return [];
    out.push({ kind: head.kind, civilian: head.civilian, count });
  }
  return out;
}

/** Is the sentence a table header ("dead | wounded")? Its words of kind are labels, not claims. */
export function isHeaderRow(doc: Doc, s: Sentence): boolean {
  if (!hasBar(doc, s)) return false;
  const cs = cells(doc, s);
  return cs.length >= 2 && cs.every((c) => headerCell(doc, c) !== null);
}
