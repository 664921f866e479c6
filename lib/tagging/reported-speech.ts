import type { Doc } from "./doc";
import { clauseStart } from "./reported-clause";
import { APPEAL_VERBS, STATEMENT_VERBS } from "./speaker-words";
import { npAfter, npBefore } from "./speakers";
import { type Frame, reportedFrame, w, wordCount } from "./statement-frames";
import { passiveFrame, trailingFrame } from "./statement-trailing";
import { isHeadline, speechVerbAt } from "./statement-verbs";

/** The subject of the sentence's first speech verb before `v`, for "… and said …". */
function firstSubject(doc: Doc, sFrom: number, v: number) {
  for (let f = sFrom; f < v; f++) {
    if (STATEMENT_VERBS.has(w(doc, f)) || NAMING.has(w(doc, f))) return npBefore(doc, f, sFrom);
  }
  // "The RSF blamed the army for the massacre and said …": the subject that opens the sentence.
  const np = npAfter(doc, sFrom, v);
  // "A spokesman, Major Ivo Tarn, did not deny …": the name's appositive may come before it.
  let k = np ? (np.appositive && np.appositive[1] > np.to ? np.appositive[1] + 1 : np.to) : -1;
  if (w(doc, k) === ",") k++;
  const next = np ? doc.tokens[k] : undefined;
  return np && next?.kind === "word" && !next.cap ? np : null;
}
const NAMING = new Set(["called", "described", "labelled", "labeled", "branded", "termed"]);

/** A source speaking within a few words: "; Arm MoD: …", "; AZ MoD denies". */
function sourceAfter(doc: Doc, k: number, sTo: number): boolean {
  for (let f = k; f < Math.min(sTo, k + 6); f++) if (w(doc, f) === ":" || speechVerbAt(doc, f)) return true;
  return false;
}

const GENERIC_OBJECTS = new Set(
  "reports report claims claim allegations allegation accusations accusation charges charge rumours rumors it this that them".split(
    " ",
  ),
);
const NOUN_LIKE = new Set(["claims", "claim", "reports", "report", "warnings", "denials"]);
const QUOTING = new Set(["quoted", "quoting", "cited", "citing", "quotes", "cites"]);

/** The speaker of "… as saying": "X was quoted as saying", "media cited the army as saying". */
function quotedSpeaker(doc: Doc, as: number, sFrom: number) {
  if (w(doc, as - 1) === "quoted" && ["was", "is", "were"].includes(w(doc, as - 2)))
    return npBefore(doc, as - 2, sFrom);
  for (let q = as - 1; q >= Math.max(sFrom, as - 10); q--) {
    if (!QUOTING.has(w(doc, q))) continue;
    // "The commander was cited by state TV as saying …": the subject of the passive.
    if (["was", "is", "were"].includes(w(doc, q - 1))) return npBefore(doc, q - 1, sFrom);
    const np = npAfter(doc, q + 1, as);
    if (np && np.to === as) return np;
    // "X was quoted as saying" with an adverb in between is rare; the verb with nothing after it speaks for X.
    return q === as - 1 ? npBefore(doc, q, sFrom) : null;
  }
  return null;
}

function pushTrailing(
  frames: Frame[],
  doc: Doc,
  v: number,
  sFrom: number,
  sTo: number,
  si: number,
  headline: boolean,
): void {
  const trailing = trailingFrame(doc, v, sFrom, sTo, si, headline);
  if (trailing) frames.push(trailing);
}

/** Reported speech: a speech verb with its content clause. */
export function reportedFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  const inQuote = (pos: number) => doc.quotes.some((q) => q.innerStart <= pos && pos < q.innerEnd);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    let headline: boolean | null = null;
    for (let v = s.from; v < s.to; v++) {
      const verb = speechVerbAt(doc, v);
      if (!verb) continue;
      // "Azerbaijani claims that …", "Russian reports say …": a nationality before a noun.
      if (NOUN_LIKE.has(w(doc, v)) && doc.mentionAt[v - 1]?.via === "demonym") continue;
      const t = doc.tokens[v];
      if (!t || inQuote(t.start)) continue;
      const prev = w(doc, v - 1);
      // "casualties: none reported officially": nobody speaks.
      if (NOBODY.has(prev)) continue;
      // "…, it was reported by the governor": translated copy names its source after "by".
      const passive = passiveFrame(doc, v, s.from, s.to, si);
      if (passive) {
        frames.push(passive);
        continue;
      }
      if (
        ["is", "was", "are", "were", "be", "been", "being"].includes(prev) ||
        (w(doc, v + 1) === "to" && !APPEAL_VERBS.has(verb))
      )
        continue;
      headline ??= isHeadline(doc, si);
      const c = clauseStart(doc, v, s.to, verb, headline);
      if (c < 0 || c >= s.to) {
        pushTrailing(frames, doc, v, s.from, s.to, si, headline);
        continue;
      }
      const startTok = doc.tokens[c];
      if (!startTok) continue;
      const opening = doc.quotes.find((q) => q.start >= startTok.start && q.start <= startTok.start + 1);
      if (opening && wordCount(doc.text.slice(opening.innerStart, opening.innerEnd)) >= 3) continue;
      let e = c;
      for (; e < s.to; e++) {
        const x = w(doc, e);
        // A digest line runs on past ";" unless another source speaks there: "… shelled Tartar; 2 civs killed".
        if (x === ";" && (!headline || sourceAfter(doc, e + 1, s.to))) break;
        // "said A and added that B": two statements.
        if (x === "and" && e > c && STATEMENT_VERBS.has(w(doc, e + 1))) break;
        // "Arm MoD denies any POWs were taken, says positions held": the subject's second statement.
        if (x === "," && e > c && FINITE_SPEECH.has(w(doc, e + 1))) break;
        // "… said one was missing, then said he had died": a later statement of the same subject.
        if (x === "," && e > c && w(doc, e + 1) === "then" && FINITE_SPEECH.has(w(doc, e + 2))) break;
        // "…, Arm MoD denies losses": another source answers in the same line.
        if (x === "," && e > c) {
          let f = e + 1;
          while (f < Math.min(s.to, e + 5) && !STATEMENT_VERBS.has(w(doc, f)) && w(doc, f) !== ",") f++;
          const other = STATEMENT_VERBS.has(w(doc, f)) && f > e + 1 ? npBefore(doc, f, e + 1) : null;
          const named =
            other &&
            doc.tokens.slice(other.from, other.to).some((t, i) => t.cap || !!doc.mentionAt[other.from + i]);
          if (other?.from === e + 1 && named) break;
        }
        if (x === "," && CLAUSE_ENDS.has(w(doc, e + 1))) break;
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
        OBJECT_VERBS.has(verb) &&
        doc.tokens.slice(c, e).some((t) => t.kind === "word") &&
        doc.tokens.slice(c, e).every((t) => t.kind !== "punct") &&
        !OBJECT_PRONOUNS.has(w(doc, e - 1));
      // A headline's two words are a report: "AZ MoD says Hadrut taken".
      const shortHeadline = headline && e - c === 2 && doc.tokens[c + 1]?.kind === "word";
      // "denied the reports", "rejected the claims": a denial of something unnamed reports nothing.
      const bareDenial =
        OBJECT_VERBS.has(verb) &&
        e - c <= 3 &&
        GENERIC_OBJECTS.has(w(doc, e - 1)) &&
        doc.tokens
          .slice(c, e - 1)
          .every((t) => ["the", "these", "those", "such", "any", "all", "media"].includes(t.norm));
      if (bareDenial) continue;
      if (e - c < 3 && !pastPair && !shortObject && !shortHeadline) {
        pushTrailing(frames, doc, v, s.from, s.to, si, headline);
        continue;
      }
      // "Ankara answered by blaming Ottawa for ...": the subject of the verb before "by"; "..., adding
      // that ..." and "... and added that ...": the subject of the sentence's earlier statement.
      const earlier =
        frames.length > 0 && frames[frames.length - 1]?.sentence === si
          ? frames[frames.length - 1]
          : undefined;
      // "X was quoted as saying …": X; "Interfax quoted the ministry as saying …": the ministry.
      const quotedAs = w(doc, v - 1) === "as" ? quotedSpeaker(doc, v - 1, s.from) : null;
      // "NK denies, says fighting goes on": the subject of the verb right before the comma.
      const denier =
        w(doc, v - 1) === "," && OBJECT_VERBS.has(w(doc, v - 2)) ? npBefore(doc, v - 2, s.from) : null;
      const np =
        quotedAs ??
        denier ??
        npBefore(doc, v, s.from) ??
        (w(doc, v - 1) === "both" || HERE.has(w(doc, v - 1)) ? npBefore(doc, v - 1, s.from) : null) ??
        // "… per HRW, who say 2 videos show abuse": the body before the relative pronoun.
        (w(doc, v - 1) === "who" && w(doc, v - 2) === "," && WHO_SAY.has(verb)
          ? npBefore(doc, v - 2, s.from)
          : null) ??
        (w(doc, v - 1) === "by" ? npBefore(doc, v - 2, s.from) : null) ??
        (w(doc, v - 1) === "," ||
        w(doc, v - 1) === "and" ||
        w(doc, v - 1) === "but" ||
        (w(doc, v - 1) === "then" && w(doc, v - 2) === ",")
          ? (earlier?.np ?? firstSubject(doc, s.from, v))
          : null);
      if (!np) {
        pushTrailing(frames, doc, v, s.from, s.to, si, headline);
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

/** Words after a comma that end the reported clause: a participle of the speaker's or another clause. */
const CLAUSE_ENDS = new Set(
  "saying adding according while but whereas warning stressing calling without citing describing calls vows".split(
    " ",
  ),
);
/** A place adverb between a subject and its verb: "Aid workers here say …". */
const HERE = new Set(["here", "there", "locally"]);
/** Verbs of a relative clause that reports ("who say …"), not "who asked not to be named". */
const WHO_SAY = new Set([
  "say",
  "says",
  "said",
  "claim",
  "claims",
  "report",
  "reports",
  "estimate",
  "estimates",
]);
const NOBODY = new Set(["none", "nobody", "nothing", "no-one"]);

/** Finite speech verbs that may follow a comma with the same subject: "denies X, says Y". */
const FINITE_SPEECH = new Set(["says", "said", "adds", "added", "claims", "claimed", "insists", "insisted"]);
const OBJECT_VERBS = new Set(["denies", "denied", "deny", "confirms", "confirmed", "confirm"]);
const OBJECT_PRONOUNS = new Set(["it", "this", "that", "them", "these", "those", "so", "him", "her", "any"]);
