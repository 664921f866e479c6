import type { StatementTag } from "@/lib/types/tags";
import type { Doc } from "./doc";
import type { QuoteSpan } from "./quotes";
import { APPEAL_VERBS, GERUNDS, ROLE_WORDS, SPEECH_VERBS, THAT_VERBS } from "./speaker-words";
import { npAfter, npBefore, resolveSpeaker, type Speaker, type SpeakerContext } from "./speakers";
import { span } from "./text";

type Np = { from: number; to: number; appositive?: [number, number] };

interface Frame {
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
}

const BARE_VERBS = new Set(
  "said says say warned warns insisted insists added claimed claims stressed".split(" "),
);
const FINITE = new Set(
  "is are was were had has have would will could can may might must should did does do shall".split(" "),
);
const PREPS = new Set("on in at to during after before by with for from of late early".split(" "));

const NAMING_VERBS = new Set([
  "called",
  "calls",
  "described",
  "describes",
  "labelled",
  "labeled",
  "branded",
  "termed",
]);
const PAST = new Set(
  "took retook shot hit struck fled left lost won fell began came broke made sent went gave held fought seized".split(
    " ",
  ),
);

const w = (doc: Doc, i: number): string => doc.tokens[i]?.norm ?? "";
const wordCount = (s: string): number => s.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;

/** Index of the first token that starts at or after a character offset. */
function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cleanQuote(s: string): string {
  return s
    .trim()
    .replace(/[,;:]$/, "")
    .trim();
}

/** The speaker of a quotation, from the words after it ("…,” the ministry said) or before it. */
function attributeQuote(doc: Doc, q: QuoteSpan): { np: Np | null; end: number; adjacent: boolean } {
  const qa = tokenAt(doc, q.start);
  const qb = tokenAt(doc, q.end);
  const s = doc.sentences[doc.tokens[qa]?.sentence ?? 0];
  if (!s) return { np: null, end: q.end, adjacent: false };
  let i = qb;
  while (w(doc, i) === "," || w(doc, i) === "-") i++;
  const endOf = (k: number) => doc.tokens[k - 1]?.end ?? q.end;
  if (i < s.to && SPEECH_VERBS.has(w(doc, i))) {
    const np = npAfter(doc, i + 1, s.to);
    if (np) return { np, end: endOf(np.to), adjacent: true };
  }
  for (let v = i; v < Math.min(s.to, i + 8); v++) {
    if (!SPEECH_VERBS.has(w(doc, v)) || GERUNDS.has(w(doc, v))) continue;
    const np = npBefore(doc, v, i);
    if (np && np.from === i) return { np, end: endOf(v + 1), adjacent: true };
    break;
  }
  if (w(doc, qb) === ":" && (doc.tokens[qb + 1]?.sentence ?? -1) === doc.tokens[qa]?.sentence) {
    const np = npAfter(doc, qb + 1, s.to);
    if (np) return { np, end: endOf(np.to), adjacent: true };
  }
  // Before the quotation: "X said: “…”", "…, saying “…”", "according to X, “…”".
  for (let v = qa - 1; v >= Math.max(s.from, qa - 5); v--) {
    const verb = w(doc, v);
    if (!SPEECH_VERBS.has(verb)) continue;
    // The quotation must follow its verb directly ("said: “…”", "said that “…”", "told reporters: “…”");
    // a quotation further into the clause is part of reported speech, not a statement of its own.
    let gap = true;
    for (let g = v + 1; g < qa; g++) {
      const x = w(doc, g);
      const told = (verb === "told" || verb === "tells") && g - v <= 3 && doc.tokens[g]?.kind === "word";
      // 'called the deal "unspeakably painful"': a naming verb, its object, then the quoted words.
      const naming = NAMING_VERBS.has(verb) && g - v <= 5 && (doc.tokens[g]?.kind === "word" || x === "'");
      if (!(x === "," || x === ":" || x === "that" || told || naming)) gap = false;
    }
    if (!gap) break;
    if (GERUNDS.has(verb)) {
      for (let f = s.from; f < v; f++) {
        if (SPEECH_VERBS.has(w(doc, f)) && !GERUNDS.has(w(doc, f))) {
          const np = npBefore(doc, f, s.from);
          if (np) return { np, end: q.end, adjacent: true };
          break;
        }
      }
      const np = npAfter(doc, s.from, v);
      return { np, end: q.end, adjacent: np !== null };
    }
    const np = npBefore(doc, v, s.from);
    return { np, end: q.end, adjacent: np !== null };
  }
  for (let k = s.from; k < qa - 1; k++) {
    if (w(doc, k) === "according" && w(doc, k + 1) === "to") {
      return { np: npAfter(doc, k + 2, qa), end: q.end, adjacent: true };
    }
  }
  if (w(doc, qa - 1) === ":") return { np: npBefore(doc, qa - 1, s.from), end: q.end, adjacent: true };
  return { np: null, end: q.end, adjacent: false };
}

function directFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  const quotes = doc.quotes;
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n];
    if (!q) continue;
    const qa = tokenAt(doc, q.start);
    const sIdx = doc.tokens[qa]?.sentence ?? 0;
    const s = doc.sentences[sIdx];
    const a = attributeQuote(doc, q);
    let quote = cleanQuote(doc.text.slice(q.innerStart, q.innerEnd));
    let evEnd = Math.max(a.end, q.end);
    let qEnd = q.innerEnd;
    // "We will respond," the ministry said, "with all means." — one statement split around its speaker.
    const next = quotes[n + 1];
    if (next && a.np && /^\s*[,:;-]?\s*$/.test(doc.text.slice(a.end, next.start))) {
      quote = `${quote} ${cleanQuote(doc.text.slice(next.innerStart, next.innerEnd))}`;
      evEnd = next.end;
      qEnd = next.innerEnd;
      n++;
    }
    // A quotation with no speaker in its sentence continues the previous speaker's words only when it
    // opens the sentence and is more than a catchword.
    const words = wordCount(quote);
    if (words === 0) continue;
    const continues = !a.np && s !== undefined && qa <= s.from + 1 && words >= 3;
    if (!a.np && !continues) continue;
    if (a.np && !a.adjacent && words < 3) continue;
    const evStart = Math.min(q.start, a.np ? (doc.tokens[a.np.from]?.start ?? q.start) : q.start);
    frames.push({
      direct: true,
      quote,
      evStart,
      evEnd,
      qStart: q.innerStart,
      qEnd,
      np: a.np,
      continues,
      sentence: sIdx,
    });
  }
  return frames;
}

const DAYS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later".split(" "),
);

/** Skip time and channel adverbials after a speech verb: "on Friday", "late on Sunday", "in a statement". */
function skipAdverbials(doc: Doc, i: number, sTo: number): number {
  let k = i;
  for (let guard = 0; guard < 4 && k < sTo; guard++) {
    const x = w(doc, k);
    if (DAYS.has(x)) k++;
    else if ((x === "on" || x === "late" || x === "early") && DAYS.has(w(doc, k + 1))) k += 2;
    else if (x === "late" && w(doc, k + 1) === "on" && DAYS.has(w(doc, k + 2))) k += 3;
    else if (x === "last" && ["week", "month", "night", "year"].includes(w(doc, k + 1))) k += 2;
    else if (x === "in" && (w(doc, k + 1) === "a" || w(doc, k + 1) === "an")) {
      let e = k + 2;
      while (
        e < sTo &&
        e < k + 6 &&
        doc.tokens[e]?.kind === "word" &&
        !["it", "they", "he", "she", "that"].includes(w(doc, e))
      )
        e++;
      k = e;
    } else if (x === "to" && ["reporters", "journalists", "parliament", "lawmakers"].includes(w(doc, k + 1)))
      k += 2;
    else if (x === ",") k++;
    else break;
  }
  return k;
}

/** Where a reported clause starts after its verb, or -1: "said (on Monday) that …", "called on X to …". */
function clauseStart(doc: Doc, verbAt: number, sTo: number): number {
  let v = verbAt;
  const verb = w(doc, v);
  if (APPEAL_VERBS.has(verb)) {
    const nx = w(doc, v + 1);
    // "called on X to Y" is a reported appeal; "called for a ceasefire" has no content clause.
    if ((verb === "called" || verb === "calls" || verb === "calling") && nx !== "on" && nx !== "upon")
      return -1;
    const start = nx === "on" || nx === "upon" || nx === "to" ? v + 2 : v + 1;
    for (let k = start; k < Math.min(sTo, start + 14); k++) if (w(doc, k) === "to") return start;
    return -1;
  }
  if (verb === "denied" || verb === "denies" || verb === "denying") {
    const k = skipAdverbials(doc, v + 1, sTo);
    if (w(doc, k) === "that") return k + 1;
    return doc.tokens[k]?.kind === "word" ? k : -1;
  }
  if (verb === "accused" || verb === "accuses" || verb === "accusing") {
    for (let k = v + 1; k < Math.min(sTo, v + 8); k++) if (w(doc, k) === "of") return v + 1;
    return -1;
  }
  if (!THAT_VERBS.has(verb)) return -1;
  // "said (on Monday) that …", "told reporters (in Baku) that …": only adverbials and an addressee
  // may stand between the verb and its "that".
  let k = skipAdverbials(doc, v + 1, sTo);
  if (verb === "told" || verb === "tells" || verb === "telling" || verb === "warned" || verb === "warns") {
    let e = k;
    while (
      e < sTo &&
      e < k + 5 &&
      w(doc, e) !== "that" &&
      (doc.tokens[e]?.kind === "word" || w(doc, e) === "'")
    )
      e++;
    if (w(doc, e) === "that") return e + 1;
    if (verb === "told" || verb === "tells") k = skipAdverbials(doc, k + 1, sTo);
  }
  if (w(doc, k) === "that") return k + 1;
  // A bare clause after "said": "said it was working on a plan", "said on Friday it would ...".
  v = k - 1;
  const nx = doc.tokens[v + 1];
  if (!nx) return -1;
  const bare = ["it", "they", "he", "she", "we", "there", "its", "his", "her", "their", "i"];
  if (bare.includes(nx.norm)) return v + 1;
  // "said talks were possible": a subject then a finite auxiliary within a few words.
  if (BARE_VERBS.has(verb) && nx.kind === "word" && !PREPS.has(nx.norm)) {
    for (let k = v + 2; k < Math.min(sTo, v + 7); k++) {
      const t = doc.tokens[k];
      if (!t || t.kind === "punct") break;
      if (FINITE.has(t.norm)) return v + 1;
      // Headlines drop the auxiliary: "Aliyev says army retook Zangilan".
      if (
        (verb === "says" || verb === "say") &&
        (PAST.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith("ed")))
      )
        return v + 1;
    }
  }
  if (
    (verb === "said" || verb === "says" || verb === "say") &&
    (nx.norm === "the" || nx.kind === "num" || (nx.cap && doc.mentionAt[v + 1]))
  )
    return v + 1;
  return -1;
}

function reportedFrames(doc: Doc): Frame[] {
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
      if (c < 0 || c >= s.to) continue;
      const startTok = doc.tokens[c];
      if (!startTok) continue;
      const opening = doc.quotes.find((q) => q.start >= startTok.start && q.start <= startTok.start + 1);
      if (opening && wordCount(doc.text.slice(opening.innerStart, opening.innerEnd)) >= 3) continue;
      let e = c;
      for (; e < s.to; e++) {
        const x = w(doc, e);
        if (x === ";") break;
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
      if (e - c < 3) continue;
      // "Turkey responded by accusing Canada of ...": the subject of the verb before "by".
      const np = npBefore(doc, v, s.from) ?? (w(doc, v - 1) === "by" ? npBefore(doc, v - 2, s.from) : null);
      if (!np) continue;
      const qs = doc.tokens[c]?.start ?? 0;
      const qe = doc.tokens[e - 1]?.end ?? 0;
      const evStart = doc.tokens[np.from]?.start ?? qs;
      frames.push({
        direct: false,
        quote: doc.text.slice(qs, qe),
        evStart,
        evEnd: qe,
        qStart: qs,
        qEnd: qe,
        np,
        continues: false,
        sentence: si,
      });
      v = e - 1;
    }
  }
  return frames;
}

/**
 * Digest lines "SOURCE: claim" ("AZ MoD: 3 tanks destroyed near Fuzuli") report the source's words. The
 * source must be a role, a person or an organisation, so that "Ukraine: heavy fighting" (a topic) is not.
 */
function digestFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    let colon = -1;
    for (let k = s.from + 1; k < Math.min(s.to, s.from + 7); k++) {
      if (w(doc, k) === ":") {
        colon = k;
        break;
      }
    }
    if (colon < 0 || s.to - colon < 4) continue;
    const after = doc.tokens[colon + 1];
    if (!after || doc.quotes.some((q) => q.start === after.start)) continue;
    const np = npBefore(doc, colon, s.from);
    if (!np || np.from !== s.from) continue;
    const first = doc.mentionAt[np.from];
    const org = first && doc.lex.actors.get(first.actor)?.kind !== "country" && first.via === "name";
    const hasRole = roleWordIn(doc, np.from, np.to);
    const person = [...Array(np.to - np.from).keys()].some(
      (i) => doc.mentionAt[np.from + i]?.via === "person",
    );
    if (!org && !hasRole && !person) continue;
    let e = s.to;
    while (e > colon + 1 && [".", ",", ";", "!"].includes(w(doc, e - 1))) e--;
    const qs = after.start;
    const qe = doc.tokens[e - 1]?.end ?? qs;
    const evStart = doc.tokens[np.from]?.start ?? qs;
    frames.push({
      direct: false,
      quote: doc.text.slice(qs, qe),
      evStart,
      evEnd: qe,
      qStart: qs,
      qEnd: qe,
      np,
      continues: false,
      sentence: si,
    });
  }
  return frames;
}

function roleWordIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ROLE_WORDS.has(w(doc, k))) return true;
  return false;
}

/** Direct quotations and reported speech, each with its speaker, role and affiliation. */
export function extractStatements(doc: Doc): StatementTag[] {
  const frames = [...directFrames(doc), ...reportedFrames(doc), ...digestFrames(doc)].sort(
    (a, b) => a.evStart - b.evStart,
  );
  const ctx: SpeakerContext = { people: [], others: [] };
  const out: StatementTag[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;
  for (const f of frames) {
    let sp: Speaker | null = null;
    if (f.np) sp = resolveSpeaker(doc, f.np, ctx);
    else if (f.continues && last && f.sentence - last.sentence <= 2) sp = last.speaker;
    if (!sp) continue;
    if (sp.person) ctx.people.push(sp);
    else ctx.others.push(sp);
    last = { speaker: sp, sentence: f.sentence };
    out.push({
      speaker: sp.speaker,
      role: sp.role,
      affiliation: sp.affiliation,
      quote: f.quote,
      direct: f.direct,
      evidence: span(doc.text, f.evStart, f.evEnd),
    });
  }
  return out;
}
