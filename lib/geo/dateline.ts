import { MONTHS } from "./lexicon";
import type { Token } from "./tokens";

// After the month of a dateline: a day, a year, a full stop or a dash ("March 12 —", "Oct. 5 (Reuters)").
const DATE_TAIL = /^\.?\s*(\d{1,2}(st|nd|rd|th)?)?\s*,?\s*(\d{4})?\s*([-–—:.(]|$)/;
// Before the month: a comma and perhaps the day ("Kyiv, 12 March").
const DATE_HEAD = /^\s*,\s*(\d{1,2}\s+)?$/;

/** "Kyiv, 12 March —", "Yerevan, October 5.": a comma, a date and a stop after the place. */
function dateAfter(tokens: Token[], k: number, gap: string): boolean {
  const month = tokens[k];
  return (
    month !== undefined && DATE_HEAD.test(gap) && MONTHS.has(month.lower) && DATE_TAIL.test(month.gapAfter)
  );
}

/** "Khartoum (AFP) -": an agency in brackets, then a dash. */
function agencyAfter(tokens: Token[], k: number, gap: string): boolean {
  const agency = tokens[k];
  return /^\s*\(\s*$/.test(gap) && agency?.cap === true && /^\s*\)\s*[-–—:]/.test(agency.gapAfter);
}

/** After a bracketed note that opens its line: "(Translated from Russian) MOSCOW, 14 March." */
function afterNote(tokens: Token[], first: number): boolean {
  const gap = tokens[first - 1]?.gapAfter ?? "";
  if (!gap.includes(")") || !/^\s*\)\s*$/.test(gap)) return false;
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    if (j > 0 && /[()]/.test(tokens[j - 1]?.gapAfter ?? "") && !/\(\s*$/.test(tokens[j - 1]?.gapAfter ?? ""))
      return false;
    if (tokens[j]?.sentenceStart) return j === 0 || /\(\s*$/.test(tokens[j - 1]?.gapAfter ?? "");
  }
  return false;
}

/**
 * A run-in dateline at the start of a line: "KAPAN, Armenia, Oct 19 -", "KYIV (Reuters) -", and in
 * mixed case "Kyiv, 12 March —", "Khartoum (AFP) -", "Goris, Armenia, October 5." A place in
 * capitals needs only a bracket, a dash or a comma before a capitalised word after it.
 */
export function isDateline(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first];
  const end = tokens[last];
  if (!t || !end || !(t.sentenceStart || afterNote(tokens, first))) return false;
  let caps = true;
  for (let k = first; k <= last; k++) if (!tokens[k]?.allCaps) caps = false;
  const next = tokens[last + 1];
  if (caps) {
    if (/^\s*(\(|[-–—]\s)/.test(end.gapAfter)) return true;
    // "GORIS, Armenia, Oct 8" or "KYIV, May 20", not a list of acronyms ("NATO, the OSCE").
    if (/^\s*,\s*$/.test(end.gapAfter) && next?.cap === true && !next.allCaps) return true;
  }
  if (agencyAfter(tokens, last + 1, end.gapAfter) || dateAfter(tokens, last + 1, end.gapAfter)) return true;
  // "Goris, Armenia, October 5": a qualifier between the place and the date.
  return next?.cap === true && /^\s*,\s*$/.test(end.gapAfter) && dateAfter(tokens, last + 2, next.gapAfter);
}
