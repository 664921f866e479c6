import type { Doc } from "./doc";
import { clauseStart, skipAdverbials } from "./reported-clause";
import { APPEAL_VERBS, SPEECH_VERBS } from "./speaker-words";
import { npAfter, npBefore } from "./speakers";
import { type Frame, reportedFrame, w, wordCount } from "./statement-frames";

const TRAILING_VERBS = new Set(
  "said says say added adds reported reports claimed claims stated told announced confirmed insisted warned estimated estimates estimate wrote tweeted posted alleged".split(
    " ",
  ),
);
const CONJUNCTIONS = new Set([
  "while",
  "but",
  "and",
  "as",
  "after",
  "when",
  "whereas",
  "although",
  "though",
  "since",
]);
const TAIL_STARTS = new Set(["on", "in", "at", "via", "to", "during", "late", "early", "after", "citing"]);

/**
 * Content first, attribution after: "Five civilians were killed in Barda, the prosecutor's office said."
 * and "…, said the ministry." The content runs from the start of the sentence to the comma.
 */
function trailingFrame(doc: Doc, v: number, sFrom: number, sTo: number, si: number): Frame | null {
  if (!TRAILING_VERBS.has(w(doc, v))) return null;
  let np = npBefore(doc, v, sFrom);
  let comma = np ? np.from - 1 : -1;
  let tailFrom = v + 1;
  if (!np || w(doc, comma) !== ",") {
    if (w(doc, v - 1) !== ",") return null;
    np = npAfter(doc, v + 1, sTo);
    comma = v - 1;
    if (!np) return null;
    tailFrom = np.appositive ? np.appositive[1] : np.to;
  }
  // Nothing but a place or time may follow the attribution ("said on Monday", "said in a statement").
  const tail = skipAdverbials(doc, tailFrom, sTo);
  const rest = doc.tokens[tail];
  // "The town, the ministry said, was shelled overnight": the attribution sits inside the content.
  let resume = -1;
  // "In a statement, the ICRC said: “…”" introduces a quotation; the words before are no content.
  if (rest?.norm === ":") return null;
  if (rest?.norm === "," && tail + 1 < sTo && doc.tokens[tail + 1]?.kind === "word") {
    // Not when another clause follows: "…, officials said, while Baku said …".
    let verbAfter = false;
    for (let k = tail + 1; k < sTo; k++) if (SPEECH_VERBS.has(w(doc, k))) verbAfter = true;
    if (CONJUNCTIONS.has(w(doc, tail + 1)) || verbAfter) return null;
    resume = tail + 1;
  } else if (
    tail < sTo &&
    rest &&
    !(rest.kind === "punct" && rest.norm !== ",") &&
    !TAIL_STARTS.has(rest.norm)
  )
    return null;
  let a = sFrom;
  while (a < comma && (w(doc, a) === "-" || w(doc, a) === "*" || w(doc, a) === "•")) a++;
  if (comma - a < 3) return null;
  const first = doc.tokens[a];
  const last = doc.tokens[comma - 1];
  if (!first || !last) return null;
  // A quotation in front is a direct statement, attributed by the direct-quote reader.
  if (doc.quotes.some((q) => q.start <= first.start && first.start < q.end)) return null;
  let evEnd = doc.tokens[Math.max(np.to, v + 1) - 1]?.end ?? last.end;
  let quote = doc.text.slice(first.start, last.end);
  if (resume > 0) {
    let e = sTo;
    while (e > resume && [".", "!", "?"].includes(w(doc, e - 1))) e--;
    const second = doc.tokens[resume];
    const end = doc.tokens[e - 1];
    if (second && end) {
      quote = `${quote} ${doc.text.slice(second.start, end.end)}`;
      evEnd = end.end;
    }
  }
  return {
    direct: false,
    quote,
    evStart: first.start,
    evEnd,
    qStart: first.start,
    qEnd: last.end,
    np,
    continues: false,
    sentence: si,
  };
}

/** The subject of the sentence's first speech verb before `v`, for "… and said …". */
function firstSubject(doc: Doc, sFrom: number, v: number) {
  for (let f = sFrom; f < v; f++) {
    if (SPEECH_VERBS.has(w(doc, f)) || NAMING.has(w(doc, f))) return npBefore(doc, f, sFrom);
  }
  return null;
}
const NAMING = new Set(["called", "described", "labelled", "labeled", "branded", "termed"]);

/** Reported speech: a speech verb with its content clause. */
export function reportedFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  const inQuote = (pos: number) => doc.quotes.some((q) => q.innerStart <= pos && pos < q.innerEnd);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    for (let v = s.from; v < s.to; v++) {
      const verb = w(doc, v);
      if (!SPEECH_VERBS.has(verb)) continue;
      const t = doc.tokens[v];
      if (!t || inQuote(t.start)) continue;
      const prev = w(doc, v - 1);
      if (
        ["is", "was", "are", "were", "be", "been", "being"].includes(prev) ||
        (w(doc, v + 1) === "to" && !APPEAL_VERBS.has(verb))
      )
        continue;
      const c = clauseStart(doc, v, s.to);
      const tryTrailing = () => {
        const trailing = trailingFrame(doc, v, s.from, s.to, si);
        if (trailing) frames.push(trailing);
      };
      if (c < 0 || c >= s.to) {
        tryTrailing();
        continue;
      }
      const startTok = doc.tokens[c];
      if (!startTok) continue;
      const opening = doc.quotes.find((q) => q.start >= startTok.start && q.start <= startTok.start + 1);
      if (opening && wordCount(doc.text.slice(opening.innerStart, opening.innerEnd)) >= 3) continue;
      let e = c;
      for (; e < s.to; e++) {
        const x = w(doc, e);
        if (x === ";") break;
        // "said A and added that B": two statements.
        if (x === "and" && e > c && SPEECH_VERBS.has(w(doc, e + 1))) break;
        // "…, Arm MoD denies losses": another source answers in the same line.
        if (x === "," && e > c) {
          let f = e + 1;
          while (f < Math.min(s.to, e + 5) && !SPEECH_VERBS.has(w(doc, f)) && w(doc, f) !== ",") f++;
          const other = SPEECH_VERBS.has(w(doc, f)) && f > e + 1 ? npBefore(doc, f, e + 1) : null;
          const named =
            other &&
            doc.tokens.slice(other.from, other.to).some((t, i) => t.cap || !!doc.mentionAt[other.from + i]);
          if (other?.from === e + 1 && named) break;
        }
        if (
          x === "," &&
          ["saying", "adding", "according", "while", "but", "whereas", "warning", "stressing"].includes(
            w(doc, e + 1),
          )
        )
          break;
        // A quotation introduced by a colon is the speaker's own words, told apart from the report.
        const tk = doc.tokens[e];
        const q = tk && w(doc, e - 1) === ":" && doc.quotes.find((qq) => qq.start === tk.start);
        if (q && e > c) break;
      }
      while (e > c && [".", ",", ":", "!", "?"].includes(w(doc, e - 1))) e--;
      // Two words can carry a report ("said Hadrut fell"); one cannot.
      // Two words can carry a report when the second is a verb in the past ("said shelling continued").
      const pastPair = e - c === 2 && /^[a-z]{3,}ed$/.test(w(doc, c + 1)) && doc.tokens[c]?.kind === "word";
      // A denial or confirmation needs no clause: "AZ MoD denies losses", "UA confirms withdrawal".
      const shortObject =
        e - c >= 1 &&
        e - c <= 2 &&
        OBJECT_VERBS.has(w(doc, v)) &&
        doc.tokens.slice(c, e).every((t) => t.kind === "word" && !OBJECT_PRONOUNS.has(t.norm));
      if (e - c < 3 && !pastPair && !shortObject) {
        tryTrailing();
        continue;
      }
      // "Ankara answered by blaming Ottawa for ...": the subject of the verb before "by"; "..., adding
      // that ..." and "... and added that ...": the subject of the sentence's earlier statement.
      const earlier =
        frames.length > 0 && frames[frames.length - 1]?.sentence === si
          ? frames[frames.length - 1]
          : undefined;
      // "X was quoted as saying …": X.
      const quotedAs =
        w(doc, v - 1) === "as" && w(doc, v - 2) === "quoted"
          ? npBefore(doc, ["was", "is", "were"].includes(w(doc, v - 3)) ? v - 3 : v - 2, s.from)
          : null;
      const np =
        quotedAs ??
        npBefore(doc, v, s.from) ??
        (w(doc, v - 1) === "by" ? npBefore(doc, v - 2, s.from) : null) ??
        (w(doc, v - 1) === "," || w(doc, v - 1) === "and"
          ? (earlier?.np ?? firstSubject(doc, s.from, v))
          : null);
      if (!np) {
        tryTrailing();
        continue;
      }
      // "'We will return,' the commander told troops, …": the verb attributes a quotation before it.
      // The clause then holds the rest of a split quotation, which the direct reader has joined.
      const npStart = doc.tokens[np.from]?.start ?? 0;
      const clauseEnd = doc.tokens[e - 1]?.end ?? 0;
      const after = doc.quotes.some((q) => q.end <= npStart && npStart - q.end <= 2);
      const splitRest = doc.quotes.some((q) => q.start > npStart && q.start < clauseEnd);
      if (after && splitRest && np.from < v) continue;
      frames.push(reportedFrame(doc, np, doc.tokens[c]?.start ?? 0, doc.tokens[e - 1]?.end ?? 0, si));
      v = e - 1;
    }
  }
  return frames;
}

const OBJECT_VERBS = new Set(["denies", "denied", "deny", "confirms", "confirmed", "confirm"]);
const OBJECT_PRONOUNS = new Set(["it", "this", "that", "them", "these", "those", "so", "him", "her", "any"]);
