import type { Doc } from "./doc";

/** A noun phrase that names a speaker, with an optional appositive that gives the role. */
export type Np = {
  from: number;
  to: number;
  appositive?: [number, number];
  /** Words the resolver may not know (a Cyrillic office): keep them as the role as written. */
  asWritten?: boolean;
};

/** One candidate statement before its speaker is resolved. */
export interface Frame {
  direct: boolean;
  quote: string;
  evStart: number;
  evEnd: number;
  /** Character range of the reported words or the quotation. */
  qStart: number;
  qEnd: number;
  np: Np | null;
  /** Speak on behalf of the previous quotation's speaker (a quote that runs on with no attribution). */
  continues: boolean;
  sentence: number;
  /** The speaker's side when the line shows it apart from the words (a flag emoji). */
  affiliation?: string;
}

export const w = (doc: Doc, i: number): string => doc.tokens[i]?.norm ?? "";

/** A reported-speech frame: the words from `qs` to `qe`, attributed to the speaker phrase `np`. */
export function reportedFrame(doc: Doc, np: Np, qs: number, qe: number, sentence: number): Frame {
  return {
    direct: false,
    quote: doc.text.slice(qs, qe),
    evStart: doc.tokens[np.from]?.start ?? qs,
    evEnd: qe,
    qStart: qs,
    qEnd: qe,
    np,
    continues: false,
    sentence,
  };
}
export const wordCount = (s: string): number => s.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;

/** Index of the first token that starts at or after a character offset. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function cleanQuote(s: string): string {
  return s
    .trim()
    .replace(/[,;:]$/, "")
    .trim();
}
