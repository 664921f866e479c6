import type { Doc } from "./doc";
import { APPEAL_VERBS, ROLE_WORDS, SPEECH_VERBS, THAT_VERBS } from "./speaker-words";
import { npAfter, npBefore } from "./speakers";
import { type Frame, w, wordCount } from "./statement-frames";

const BARE_VERBS = new Set(
  "said says say warned warns insisted insists added claimed claims stressed".split(" "),
);
const FINITE = new Set(
  "is are was were had has have would will could can may might must should did does do shall".split(" "),
);
const PREPS = new Set(
  "on in at to during after before by with for from of late early while but and as when because although whereas".split(
    " ",
  ),
);

/** Verbs after which a bare clause may have a past-tense verb and no auxiliary ("said three soldiers died"). */
const PAST_OK = new Set(["said", "says", "say", "added", "claimed", "claims"]);

const PAST = new Set(
  "died took retook shot hit struck fled left lost won fell began came broke made sent went gave held fought seized".split(
    " ",
  ),
);

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
    if (verb === "told" || verb === "tells") {
      // "told AFP the town had fallen": after the addressee, a bare clause as after "said".
      let a = k;
      while (
        a < sTo &&
        a < k + 3 &&
        (doc.tokens[a]?.cap ||
          ["reporters", "journalists"].includes(w(doc, a)) ||
          (["the", "a"].includes(w(doc, a)) && doc.tokens[a + 1]?.cap))
      )
        a++;
      k = skipAdverbials(doc, a, sTo);
      const nx = doc.tokens[k];
      if (nx && nx.kind !== "punct" && w(doc, k) !== "that") return k;
    }
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
      if (PAST_OK.has(verb) && (PAST.has(t.norm) || (t.norm.length > 3 && t.norm.endsWith("ed"))))
        return v + 1;
    }
  }
  if (
    NUMBER_CLAUSE.has(verb) &&
    (nx.norm === "the" || nx.kind === "num" || (nx.cap && doc.mentionAt[v + 1]))
  ) {
    // "…, said the ministry." ends in an attribution, not a content clause.
    const np = npAfter(doc, v + 1, sTo);
    const end = np ? (np.appositive ? np.appositive[1] : np.to) : v + 1;
    const rest = doc.tokens[end];
    if (np && (end >= sTo || (rest?.kind === "punct" && rest.norm !== "'"))) return -1;
    return v + 1;
  }
  return -1;
}

/** Verbs whose content may start with a figure or a name: "AZ MoD reports 3 tanks destroyed". */
const NUMBER_CLAUSE = new Set(
  "said says say reports reported claims claimed confirms confirmed announces announced adds added".split(
    " ",
  ),
);

const TRAILING_VERBS = new Set(
  "said says say added adds reported reports claimed claims stated told announced confirmed insisted warned estimated estimates estimate wrote tweeted posted alleged".split(
    " ",
  ),
);
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
  if (tail < sTo && rest && !(rest.kind === "punct" && rest.norm !== ",") && !TAIL_STARTS.has(rest.norm))
    return null;
  let a = sFrom;
  while (a < comma && (w(doc, a) === "-" || w(doc, a) === "*" || w(doc, a) === "•")) a++;
  if (comma - a < 3) return null;
  const first = doc.tokens[a];
  const last = doc.tokens[comma - 1];
  if (!first || !last) return null;
  // A quotation in front is a direct statement, attributed by the direct-quote reader.
  if (doc.quotes.some((q) => q.start <= first.start && first.start < q.end)) return null;
  const evEnd = doc.tokens[Math.max(np.to, v + 1) - 1]?.end ?? last.end;
  return {
    direct: false,
    quote: doc.text.slice(first.start, last.end),
    evStart: first.start,
    evEnd,
    qStart: first.start,
    qEnd: last.end,
    np,
    continues: false,
    sentence: si,
  };
}

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
          if (SPEECH_VERBS.has(w(doc, f)) && f > e + 1 && npBefore(doc, f, e + 1)?.from === e + 1) break;
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
      if (e - c < 3) {
        tryTrailing();
        continue;
      }
      // "Turkey responded by accusing Canada of ...": the subject of the verb before "by"; "..., adding
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
        ((w(doc, v - 1) === "," || w(doc, v - 1) === "and") && earlier?.np ? earlier.np : null);
      if (!np) {
        tryTrailing();
        continue;
      }
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
export function digestFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    // Bullets, dashes, dates and times may open a digest line: "• Oct 4, 08:00 AZ MoD: …".
    let lineStart = s.from;
    while (
      lineStart < s.to &&
      (LINE_LEAD.has(w(doc, lineStart)) ||
        doc.tokens[lineStart]?.kind === "num" ||
        MONTH_ABBR.has(w(doc, lineStart)))
    ) {
      lineStart++;
    }
    for (let k = lineStart + 1; k < Math.min(s.to - 3, lineStart + 7); k++) {
      // "AZ MoD: …" or "AZ MoD - …" (a spaced dash).
      const dash = w(doc, k) === "-" && doc.tokens[k]?.start !== doc.tokens[k - 1]?.end;
      if (w(doc, k) !== ":" && !dash) continue;
      const frame = digestFrame(doc, si, lineStart, k);
      if (frame) frames.push(frame);
      break;
    }
  }
  return frames;
}

const LINE_LEAD = new Set(["-", "*", "•", "–", "—", ":", ",", "|", "/"]);
const MONTH_ABBR = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(
    " ",
  ),
);

function digestFrame(doc: Doc, si: number, lineStart: number, colon: number): Frame | null {
  const s = doc.sentences[si];
  const after = doc.tokens[colon + 1];
  if (!s || !after || doc.quotes.some((q) => q.start === after.start)) return null;
  const np = npBefore(doc, colon, lineStart);
  if (!np || np.from !== lineStart) return null;
  const first = doc.mentionAt[np.from];
  const org = first && doc.lex.actors.get(first.actor)?.kind !== "country" && first.via === "name";
  const hasRole = roleWordIn(doc, np.from, np.to);
  const person = [...Array(np.to - np.from).keys()].some((i) => doc.mentionAt[np.from + i]?.via === "person");
  // A country code alone ("AZ: …") is a source; a country's name ("Ukraine: …") may be a heading.
  const code = np.to - np.from === 1 && !!first && /^[A-Z]{2,3}$/.test(doc.tokens[np.from]?.text ?? "");
  if (!org && !hasRole && !person && !code) return null;
  let e = s.to;
  while (e > colon + 1 && [".", ",", ";", "!"].includes(w(doc, e - 1))) e--;
  const qs = after.start;
  const qe = doc.tokens[e - 1]?.end ?? qs;
  const evStart = doc.tokens[np.from]?.start ?? qs;
  return {
    direct: false,
    quote: doc.text.slice(qs, qe),
    evStart,
    evEnd: qe,
    qStart: qs,
    qEnd: qe,
    np,
    continues: false,
    sentence: si,
  };
}

function roleWordIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ROLE_WORDS.has(w(doc, k))) return true;
  return false;
}
