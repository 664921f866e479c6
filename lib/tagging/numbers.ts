import type { CountQualifier } from "@/lib/types/tags";
import { HEADLINE_KILL, MONTHS, QUALIFIERS, QUALIFIERS_BY_FIRST, SCALES, UNITS, VAGUE } from "./number-words";
import { type Token, wordClass } from "./text";

/** A count as written in the text: its value, how firm it is, and the tokens it spans. */
export interface CountPhrase {
  value: number;
  qualifier: CountQualifier;
  vagueWord?: string;
  /** First token of the phrase, qualifier included. */
  from: number;
  /** One past the last token. */
  to: number;
}

function digitsValue(t: string): number | null {
  // Most figures are plain digits: no pattern needed.
  if (t.indexOf(",") < 0 && t.indexOf(".") < 0) return Number(t);
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ""));
  // "2.300": a dot as the thousands separator, as continental copy writes it.
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ""));
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

function wordValue(norm: string): number | null {
  const direct = UNITS[norm];
  if (direct !== undefined) return direct;
  if (!norm.includes("-")) return null;
  const parts = norm.split("-");
  if (parts.length === 2) {
    const tens = UNITS[parts[0] ?? ""];
    const unit = UNITS[parts[1] ?? ""];
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10)
      return tens + unit;
  }
  return null;
}

/** One space after `prevEnd`, on the same line as `first`: "2 317", not "72\n16:20". */
function spacedOnLine(g: Token, prevEnd: number, first: Token): boolean {
  return g.start === prevEnd + 1 && g.sentence === first.sentence;
}

/** Parse a spelled-out or digit number starting at token i ("two hundred and five", "1,119", "2.5 million"). */
function parseCore(tokens: Token[], i: number): { value: number; to: number; vagueWord?: string } | null {
  const t = tokens[i];
  if (!t) return null;
  const n1 = tokens[i + 1];
  if (t.kind === "num") {
    let v = digitsValue(t.text);
    if (v === null) return null;
    // "2 317", "12 500": thousands grouped by a space, as continental and translated copy writes them.
    let next = i + 1;
    // Not a date or a time's part ("27/09 588", "14:10 12"), nor a group with a leading zero.
    const glued = tokens[i - 1]?.end === t.start && ["/", ":", "."].includes(tokens[i - 1]?.text ?? "");
    const short = t.text.length <= 3 && t.text.charCodeAt(0) !== 48 && t.text.indexOf(",") < 0;
    if (
      short &&
      t.text.indexOf(".") < 0 &&
      tokens[i - 1]?.kind !== "num" &&
      !glued &&
      tokens[next]?.kind === "num"
    ) {
      let group = tokens[next];
      let prevEnd = t.end;
      while (group?.kind === "num" && /^\d{3}$/.test(group.text) && spacedOnLine(group, prevEnd, t)) {
        v = v * 1000 + Number(group.text);
        prevEnd = group.end;
        next++;
        group = tokens[next];
      }
      // "3 100 200": a list of figures, not one number (a figure on the next line is not in it).
      if (group?.kind === "num" && spacedOnLine(group, prevEnd, t)) return null;
    }
    if (next > i + 1) return { value: v, to: next };
    const scale = n1 ? SCALES[n1.norm] : undefined;
    if (scale && scale >= 1000) return { value: Math.round(v * scale), to: i + 2 };
    // Digest shorthand "1.2k", "50k": thousands, written without a space.
    if (n1?.norm === "k" && n1.start === t.end) return { value: Math.round(v * 1000), to: i + 2 };
    if (!Number.isInteger(v)) return null;
    return { value: v, to: i + 1 };
  }
  // "a couple (of)", "a family of five".
  if ((t.norm === "a" || t.norm === "an") && n1?.norm === "couple") return { value: 2, to: i + 2 };
  if ((t.norm === "a" || t.norm === "an") && n1?.norm === "family" && tokens[i + 2]?.norm === "of") {
    const inner = parseCore(tokens, i + 3);
    if (inner && inner.vagueWord === undefined) return { value: inner.value, to: inner.to };
  }
  // Headlines drop the article: "strike kills family of five".
  if (t.norm === "family" && n1?.norm === "of" && HEADLINE_KILL.has(tokens[i - 1]?.norm ?? "")) {
    const inner = parseCore(tokens, i + 2);
    if (inner && inner.vagueWord === undefined) return { value: inner.value, to: inner.to };
  }
  // "a dozen", "two dozen", "half a dozen", "dozens", "several hundred", "tens of thousands".
  if (t.norm === "half" && n1?.norm === "a" && tokens[i + 2]?.norm === "dozen")
    return { value: 6, to: i + 3 };
  // "a half-dozen", "half-dozen"; "a score of" is twenty, as "a dozen" is twelve.
  if (t.norm === "half-dozen") return { value: 6, to: i + 1 };
  if ((t.norm === "a" || t.norm === "an") && n1?.norm === "half-dozen") return { value: 6, to: i + 2 };
  if (t.norm === "a" && n1?.norm === "score" && tokens[i + 2]?.norm === "of") return { value: 20, to: i + 2 };
  const vague = VAGUE[t.norm];
  if (vague !== undefined) {
    const of = n1?.norm === "of" ? tokens[i + 2] : undefined;
    const inner = of ? VAGUE[of.norm] : undefined;
    if (of && inner !== undefined && inner > vague)
      return { value: vague * inner, to: i + 3, vagueWord: `${t.text} of ${of.text}` };
    return { value: vague, to: i + 1, vagueWord: t.text };
  }
  if ((t.norm === "several" || t.norm === "few") && n1) {
    const unit = n1.norm === "dozen" ? 12 : SCALES[n1.norm];
    if (unit !== undefined) return { value: unit, to: i + 2, vagueWord: `${t.text} ${n1.text}` };
  }
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  if ((t.norm === "a" || t.norm === "an") && n1 && (SCALES[n1.norm] || n1.norm === "dozen")) {
    current = 1;
    seen = true;
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j];
    if (w?.kind !== "word") break;
    const unit = wordValue(w.norm);
    if (unit !== null) {
      current += unit;
      seen = true;
      continue;
    }
    if (!seen) break;
    if (w.norm === "dozen") {
      current = (current || 1) * 12;
      continue;
    }
    if (w.norm === "hundred") {
      current = (current || 1) * 100;
      continue;
    }
    const scale = SCALES[w.norm];
    if (scale) {
      total += (current || 1) * scale;
      current = 0;
      continue;
    }
    // "one hundred and twenty": "and" joins only when a number word follows.
    if (w.norm === "and" && wordValue(tokens[j + 1]?.norm ?? "") !== null) continue;
    break;
  }
  if (!seen) return null;
  return { value: total + current, to: j };
}

const YEAR_BEFORE = new Set(
  "in since of by until from to before after between and early late mid year the its".split(" "),
);
const YEAR_AFTER = new Set(
  "war wars ceasefire truce conflict agreement elections election census offensive".split(" "),
);

/** Is the number at token i a calendar year or a date part rather than a count? */
function isDateLike(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1];
  const next = tokens[to];
  // "in 1994", "the 1994 ceasefire", "(2020)": a year. "2000 people": a count.
  if (t.kind === "num" && /^(1[89]|20)\d\d$/.test(t.text)) {
    if (prev && YEAR_BEFORE.has(prev.norm)) return true;
    if (next?.kind !== "word" || next.cap || YEAR_AFTER.has(next.norm)) return true;
  }
  // "September 27" is a date; in "27 September 91 civilians" the month already has its day.
  const dayBefore = tokens[i - 2];
  const value = Number(t.text);
  if (prev && MONTHS.has(prev.norm) && prev.cap && value <= 31 && dayBefore?.kind !== "num") return true;
  if (next && MONTHS.has(next.norm) && next.cap) return true;
  return false;
}

/**
 * Read a count phrase that starts at token i, with an optional qualifier in front ("at least 12",
 * "more than 200", "dozens", "two dozen"). Years and dates are not counts.
 */
export function parseCount(tokens: Token[], i: number): CountPhrase | null {
  let qualifier: CountQualifier = "exact";
  let start = i;
  const first = tokens[i]?.norm ?? "";
  for (const [words, q] of QUALIFIERS_BY_FIRST.get(first) ?? []) {
    // A capital "C." is an initial or a heading letter, not circa.
    if (words[0] === "c" && tokens[i]?.text === "C") continue;
    if (words.every((w, k) => tokens[i + k]?.norm === w)) {
      qualifier = q;
      start = i + words.length;
      break;
    }
  }
  // "between 50 and 70 people": a range, read at its lower end (see `range`).
  const between = tokens[start]?.norm === "between" && qualifier === "exact";
  const core = parseCore(tokens, between ? start + 1 : start);
  if (!core) return null;
  if (isDateLike(tokens, start, core.to)) return null;
  const upper = core.vagueWord === undefined ? range(tokens, i, core.value, core.to, between) : null;
  if (between && upper === null) return null;
  if (upper !== null) {
    // Coders who must defend a figure take a range at its lower end: "at least" the smaller number.
    return {
      value: core.value,
      qualifier: qualifier === "exact" ? "at least" : qualifier,
      from: i,
      to: upper,
    };
  }
  // "twelve (12) soldiers": the figure repeated in digits belongs to the same count.
  const open = tokens[core.to];
  if (
    open?.text === "(" &&
    Number(tokens[core.to + 1]?.text) === core.value &&
    tokens[core.to + 2]?.text === ")"
  )
    core.to += 3;
  // Hyphenated modifiers such as "12-year-old" or "760-km" are not counts of people.
  const after = tokens[core.to];
  const last = tokens[core.to - 1];
  if (after && last && after.text === "-" && after.start === last.end) return null;
  // "40+" is more than forty.
  if (after && last && after.text === "+" && after.start === last.end && core.vagueWord === undefined) {
    return { value: core.value, qualifier: "more than", from: i, to: core.to + 1 };
  }
  if (core.vagueWord !== undefined) {
    return { value: core.value, qualifier: "vague", vagueWord: core.vagueWord, from: i, to: core.to };
  }
  return { value: core.value, qualifier, from: i, to: core.to };
}

/**
 * The end of a range's upper figure after a lower one ending at `to` ("50 to 70", "300-800", "50 and 70"
 * after "between"), or null. "rose from 12 to 31" is a change, not a range.
 */
function range(tokens: Token[], from: number, low: number, to: number, between: boolean): number | null {
  if (!between && tokens[from - 1]?.norm === "from") return null;
  // "since Sept. 27 to 209": a day of the month is not a range's lower end.
  const before = tokens[from - 1]?.norm === "." ? tokens[from - 2] : tokens[from - 1];
  if (before && MONTHS.has(before.norm)) return null;
  const joint = tokens[to];
  if (!joint) return null;
  const dash = (joint.text === "-" || joint.text === "–") && joint.start === tokens[to - 1]?.end;
  if (!(between ? joint.norm === "and" : joint.norm === "to" || dash)) return null;
  const high = parseCore(tokens, to + 1);
  // A range's ends are of one order: "since Sept. 27 to 1,068" is a date and a total, not a range.
  if (!high || high.vagueWord !== undefined || high.value <= low || high.value > low * 10) return null;
  return high.to;
}

/** Words that can open a count phrase; anything else is skipped without parsing (the hot path). */
const STARTERS = wordClass([
  ...Object.keys(UNITS),
  ...Object.keys(VAGUE),
  ...QUALIFIERS.map(([words]) => words[0] ?? ""),
  "a",
  "an",
  "half",
  "half-dozen",
  "between",
  "several",
  "few",
  "family",
  "~",
  "≈",
]);

function canStart(t: Token): boolean {
  if (t.kind === "num") return true;
  if (t.kind !== "word") return t.text === "~" || t.text === "≈";
  if ((t.classes & STARTERS) !== 0) return true;
  const dash = t.norm.indexOf("-");
  return dash > 0 && UNITS[t.norm.slice(0, dash)] !== undefined;
}

/** Find every count phrase in a token range, left to right, never overlapping. */
export function findCounts(tokens: Token[], from: number, to: number): CountPhrase[] {
  const out: CountPhrase[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "punct" && QUOTE_MARKS.has(t.norm)) {
      // A figure in scare quotes ("took 'hundreds' of soldiers prisoner"): the marks belong to the phrase.
      const next = tokens[i + 1];
      const c = next && canStart(next) ? parseCount(tokens, i + 1) : null;
      if (c && QUOTE_MARKS.has(tokens[c.to]?.norm ?? "") && c.to + 1 <= to) {
        out.push({ ...c, from: i, to: c.to + 1 });
        i = c.to;
      } else if (c && c.qualifier !== "exact" && c.to <= to) {
        // "killing 'more than 200 rebels'": a quotation that opens with the figure.
        out.push({ ...c, from: i });
        i = c.to - 1;
      }
      continue;
    }
    if (!canStart(t)) continue;
    // "a" and "an" open a count only before a few words ("a dozen", "a couple", "a score of").
    if ((t.norm === "a" || t.norm === "an") && !AFTER_A.has(tokens[i + 1]?.norm ?? "")) continue;
    const c = parseCount(tokens, i);
    if (c && c.to <= to) {
      out.push(c);
      i = c.to - 1;
    }
  }
  return out;
}

const QUOTE_MARKS = new Set(["'", '"']);
const AFTER_A = new Set([
  "couple",
  "dozen",
  "family",
  "score",
  "half-dozen",
  "hundred",
  "thousand",
  "million",
  "minimum",
  "estimated",
]);
