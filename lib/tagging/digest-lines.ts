import { sourceBefore } from "./digest-sources";
import { CLIPPED, HEADINGS, LINE_LEAD, MONTH_ABBR, SHORT_SIDES } from "./digest-words";
import type { Doc } from "./doc";
import { parseCount } from "./numbers";
import { flagActor, isFlag } from "./statement-flags";
import { type Frame, type Np, reportedFrame, tokenAt, w } from "./statement-frames";
import { speechVerbAt } from "./statement-verbs";

/**
 * Digest lines "SOURCE: claim" ("AZ MoD: 3 tanks destroyed near Fuzuli", "Arm MoD - shelling of Goris",
 * "UA GS update: …", "Pashinyan on FB: …", "🇺🇦 GS: …") report the source's words. The source must be a
 * role, a person or an organisation, so that "Ukraine: heavy fighting" (a topic), "El Fasher: …" (a place)
 * and "Per AZ MoD: …" (a citation) are not. One line may carry several sources split by "|", ";" or "•".
 */
export function digestFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  let header: Source | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    let open: Source | null = null;
    let segStart = s.from;
    let lastBreak = s.from;
    let own = false;
    for (let k = s.from; k <= s.to; k++) {
      if (doc.tokens[k]?.kind !== "punct" && k < s.to) continue;
      // "… -> CENTCOM: vessel hit": an arrow mid-line hands over to another source.
      const arrow = k < s.to ? arrowBreak(doc, si, segStart, k, s.to) : 0;
      if (k < s.to && !arrow && !SEGMENT_BREAKS.has(w(doc, k))) continue;
      const found = sourceAt(doc, si, segStart, k);
      if (found && found.qs < 0) {
        // "AZ MoD:" alone on its line heads the bullets below it.
        header = segStart === s.from && k === s.to ? found : null;
      } else if (found) {
        if (open) closeSource(frames, doc, si, open, lastBreak);
        open = found;
        own = true;
      } else if (open && segStart > s.from && speakerOpens(doc, segStart, k)) {
        // "losses: not disclosed; Baku says 'a few' died": the next source speaks in its own clause.
        closeSource(frames, doc, si, open, lastBreak);
        open = null;
      }
      lastBreak = k;
      segStart = k + Math.max(1, arrow);
      if (arrow) k += arrow - 1;
    }
    if (open) {
      const run = sameLineRun(doc, si);
      closeSource(frames, doc, si, open, doc.sentences[run]?.to ?? s.to);
      header = null;
      si = run;
    } else if (header && header.np.to <= s.from && !own) {
      // "- 3 tanks destroyed near Fuzuli" under "AZ MoD:"
      if (!BULLETS.has(w(doc, s.from)) || s.to - s.from < 3) header = null;
      else {
        const before = frames.length;
        closeSource(frames, doc, si, { ...header, qs: s.from + 1 }, s.to);
        const f = frames[before];
        if (f) f.evStart = doc.tokens[s.from + 1]?.start ?? f.evStart;
      }
    }
  }
  return frames;
}

/**
 * The last sentence of a digest claim broken by a clipped word's dot on the same line ("IDF: 2 hurt in n.
 * Gaza", "IRGC: op. 'Dawn' hit 3 bases"): a lower-case word of word from CLIPPED before the dot.
 */
function sameLineRun(doc: Doc, si: number): number {
  let r = si;
  for (;;) {
    const s = doc.sentences[r];
    const next = doc.sentences[r + 1];
    if (!s || !next) return r;
    const dot = doc.tokens[s.to - 1];
    const word = doc.tokens[s.to - 2];
    if (dot?.text !== "." || word?.kind !== "word" || word.end !== dot.start) return r;
    if (!CLIPPED.has(word.text)) return r;
    if (doc.text.slice(dot.end, next.start).includes("\n")) return r;
    r++;
  }
}

const NOBODY = new Set(["no", "none", "nobody", "nothing"]);
const BULLETS = new Set(["-", "*", "•", "·", "▪", "►", "+", "–", "—"]);

type Source = { np: Np; qs: number; flag: string | null };

/** The frame of a source whose words run up to token `end` (the next source's separator or the line's end). */
function closeSource(frames: Frame[], doc: Doc, si: number, open: Source, end: number): void {
  let e = end;
  while (e > open.qs && CLOSING.has(w(doc, e - 1))) e--;
  if (e <= open.qs) return;
  const f = reportedFrame(doc, open.np, doc.tokens[open.qs]?.start ?? 0, doc.tokens[e - 1]?.end ?? 0, si);
  if (open.flag) f.affiliation = open.flag;
  frames.push(f);
}

const CLOSING = new Set([".", ",", ";", "!", "|", "•"]);
const SEGMENT_BREAKS = new Set(["|", ";", "•"]);

/** Emoji and symbols that open Telegram lines: "⚡️", "🚨", "🔴". */
function symbol(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t?.kind === "punct" && t.text.charCodeAt(0) >= 0x2190;
}

/** A segment opened by a short subject and its speech verb: "Baku says …", "Arm MoD denies …". */
function speakerOpens(doc: Doc, from: number, to: number): boolean {
  // "…; 1 casualty reported at site", "…; no injuries reported": a tally, nobody speaking.
  if (doc.tokens[from]?.kind === "num" || NOBODY.has(w(doc, from))) return false;
  for (let v = from + 1; v < Math.min(to, from + 4); v++) if (speechVerbAt(doc, v)) return true;
  return false;
}

/**
 * The length of a spaced arrow or slash at `k` ("->", "→", "=>", " / ") after some words of a line when a source with its
 * separator follows it ("… -> houthis: 5 fighters killed"), else 0.
 */
function arrowBreak(doc: Doc, si: number, segStart: number, k: number, to: number): number {
  if (k < segStart + 2) return 0;
  const x = w(doc, k);
  let len = 0;
  if ((x === "-" || x === "=") && w(doc, k + 1) === ">" && doc.tokens[k + 1]?.start === doc.tokens[k]?.end)
    len = 2;
  else if (x === "→" || x === "⇒") len = 1;
  // "krynky (left bank) / RU MoD: …": a spaced slash between a place and a source.
  else if (x === "/" && doc.tokens[k + 1]?.start !== doc.tokens[k]?.end) len = 1;
  if (!len || doc.tokens[k]?.start === doc.tokens[k - 1]?.end) return 0;
  for (let c = k + len + 1; c < Math.min(to - 1, k + len + 7); c++) {
    if (w(doc, c) !== ":") continue;
    return sourceBefore(doc, si, k + len, c) ? len : 0;
  }
  return 0;
}

function isSeparator(doc: Doc, k: number): number {
  if (doc.tokens[k]?.kind !== "punct") return 0;
  const x = w(doc, k);
  if (x === ":") return 1;
  const t = doc.tokens[k];
  // "AZ MoD - …" (a spaced dash), "AZ MoD → …", "AZ MoD -> …"
  if (x === "-" && t?.start !== doc.tokens[k - 1]?.end) return w(doc, k + 1) === ">" ? 2 : 1;
  if (x === "→" || x === "»" || x === "⇒") return 1;
  return 0;
}

function sourceAt(doc: Doc, si: number, from: number, to: number): Source | null {
  // Most lines have no separator near their start: leave them at once.
  let any = false;
  for (let k = from + 1; k < Math.min(to, from + 16) && !any; k++) any = isSeparator(doc, k) > 0;
  if (!any) return null;
  // Bullets, dashes, dates, times and flags may open a digest line: "• Oct 4, 08:00 🇦🇿 MoD: …".
  let lineStart = from;
  let flagFrom = -1;
  for (;;) {
    const x = w(doc, lineStart);
    if (lineStart >= to) return null;
    if (isFlag(doc, lineStart)) {
      if (flagFrom < 0) flagFrom = lineStart;
      lineStart += 2;
    } else if (
      LINE_LEAD.has(x) ||
      doc.tokens[lineStart]?.kind === "num" ||
      MONTH_ABBR.has(x) ||
      symbol(doc, lineStart)
    )
      lineStart++;
    // "[08:15] AZ MoD: …", "(UPDATE) Arm MoD: …": a bracketed stamp before the source.
    else if ((x === "[" || x === "(") && lineStart === from) {
      let c = lineStart + 1;
      while (c < Math.min(to, lineStart + 7) && w(doc, c) !== "]" && w(doc, c) !== ")") c++;
      if (c >= Math.min(to, lineStart + 7)) break;
      lineStart = c + 1;
    }
    // "BREAKING: AZ MoD: …": a heading before the source.
    else if (HEADINGS.has(x) && lineStart + 1 < to) {
      let h = lineStart + 1;
      while (h < to && (HEADINGS.has(w(doc, h)) || doc.tokens[h]?.kind === "num")) h++;
      if (!isSeparator(doc, h)) break;
      lineStart = h + isSeparator(doc, h);
      flagFrom = -1;
    } else break;
  }
  if (flagFrom >= 0 && flagFrom + 2 !== lineStart) flagFrom = -1;
  // "@DefenceU: …": an account's handle speaks for it.
  if (w(doc, lineStart) === "@" && doc.tokens[lineStart + 1]?.start === doc.tokens[lineStart]?.end) {
    let e = lineStart + 1;
    while (e + 1 < to && doc.tokens[e + 1]?.start === doc.tokens[e]?.end && w(doc, e + 1) !== ":") e++;
    const sep = isSeparator(doc, e + 1);
    const at = doc.tokens[e + 1 + sep];
    if (!sep || !at || e + 1 + sep >= to) return null;
    return { np: { from: lineStart, to: e + 1, asWritten: true }, qs: e + 1 + sep, flag: null };
  }
  for (let k = lineStart + 1; k < Math.min(to, lineStart + 13); k++) {
    const sep = isSeparator(doc, k);
    if (!sep) continue;
    const np = sourceBefore(doc, si, lineStart, k);
    const after = k + sep;
    const at = doc.tokens[after];
    if (!np) return null;
    const flag =
      flagFrom >= 0
        ? flagActor(doc, flagFrom)
        : np.to - np.from === 1
          ? (SHORT_SIDES.get(w(doc, np.from)) ?? null)
          : null;
    const src = flagFrom >= 0 ? { ...np, from: flagFrom } : np;
    // A source with nothing after its colon heads the lines below it.
    if (after >= to && w(doc, k) === ":") return { np: src, qs: -1, flag };
    if (!at || after >= to || wholeQuote(doc, at.start, to)) return null;
    // "Four aid workers — two nurses and a driver — were hurt": a count before a dash is no source.
    if (w(doc, k) !== ":" && parseCount(doc.tokens, lineStart) !== null) return null;
    return { np: src, qs: after, flag };
  }
  return null;
}

/**
 * A claim that is all one quotation ("Arm MoD: 'no such launch took place'") is the source's direct words;
 * a quotation that opens a longer claim ("RU MoD: 'up to 50 troops eliminated' near Avdiivka") stays in it.
 */
function wholeQuote(doc: Doc, start: number, to: number): boolean {
  for (const q of doc.quotes) {
    if (q.start !== start) continue;
    let k = tokenAt(doc, q.end);
    while (k < to && CLOSING.has(w(doc, k))) k++;
    return k >= to;
  }
  return false;
}
