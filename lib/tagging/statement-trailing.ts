import { HEADINGS, LINE_LEAD } from "./digest-words";
import type { Doc } from "./doc";
import { ROLE_WORDS, STATEMENT_VERBS } from "./speaker-words";
import { npAfter, npBefore } from "./speakers";
import { skipAddressee, skipAdverbials } from "./statement-adverbials";
import { type Frame, type Np, w } from "./statement-frames";

const TRAILING_VERBS = new Set(
  `said says say added adds reported reports claimed claims stated told tells announced confirmed insisted warned
   estimated estimates estimate wrote writes tweeted posted alleged noted stressed explained argued acknowledged
   admitted conceded cautioned maintained asserted countered charged asked informed underlined reiterated
   emphasised emphasized observed report`.split(/\s+/),
);
/** Verbs that may close a headline with no comma before their source ("claims" and "reports" are nouns too). */
const BARE_TRAILING = new Set(["says", "say", "said", "warns", "confirms", "tells", "told"]);
/** Participles that may follow the attribution with words of their own: "…, the RSF said, adding that …". */
const FOLLOW_ON = new Set([
  "adding",
  "saying",
  "warning",
  "stressing",
  "noting",
  "citing",
  "insisting",
  "calling",
]);
/** Participles after the attribution that tell how it was said, not what: ", without giving details". */
const ASIDE_STARTS = new Set([
  "without",
  "pointing",
  "speaking",
  "standing",
  "gesturing",
  "describing",
  "referring",
  // ", who runs the ferry": a relative clause describes the speaker.
  "who",
  "whose",
]);
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
const TAIL_STARTS = new Set(
  "on in at via to during late early after citing by from without before following".split(" "),
);

/**
 * Content first, attribution after: "Five civilians were killed in Barda, the prosecutor's office said."
 * and "…, said the ministry." The content runs from the start of the sentence to the comma.
 */
export function trailingFrame(
  doc: Doc,
  v: number,
  sFrom: number,
  sTo: number,
  si: number,
  headline = false,
): Frame | null {
  if (!TRAILING_VERBS.has(w(doc, v))) return null;
  let np = npBefore(doc, v, sFrom);
  let comma = np ? np.from - 1 : -1;
  // A headline may drop the comma: "3 AZ drones downed over Goris Arm MoD says".
  let bare = false;
  if (
    headline &&
    np &&
    BARE_TRAILING.has(w(doc, v)) &&
    w(doc, comma) !== "," &&
    skipAdverbials(doc, v + 1, sTo) >= sTo
  ) {
    const src = sourceTail(doc, np.from, np.to);
    if (src > np.from || (src === np.from && doc.tokens[comma]?.kind === "word")) {
      np = { from: src, to: np.to };
      comma = src;
      bare = true;
    }
  }
  // "…, the governor told Reuters.": the addressee is part of the attribution.
  const told = ["told", "tells"].includes(w(doc, v));
  let tailFrom = told ? skipAddressee(doc, v + 1, sTo) : v + 1;
  if (!bare && (!np || w(doc, comma) !== ",")) {
    if (w(doc, v - 1) !== ",") return null;
    np = npAfter(doc, v + 1, sTo) ?? ownSide(doc, v + 1, sTo);
    comma = v - 1;
    if (!np) return null;
    tailFrom = np.appositive ? np.appositive[1] : np.to;
    if (told) tailFrom = skipAddressee(doc, tailFrom, sTo);
  }
  // "…, says Pablo Ruiz, 34, who runs the ferry": an age after the name belongs to the attribution.
  if (
    w(doc, tailFrom) === "," &&
    doc.tokens[tailFrom + 1]?.kind === "num" &&
    PAST_AGE.has(w(doc, tailFrom + 2))
  )
    tailFrom += 2;
  // Nothing but a place or time may follow the attribution ("said on Monday", "said in a statement").
  const tail = skipAdverbials(doc, tailFrom, sTo);
  const rest = doc.tokens[tail];
  // "The town, the ministry said, was shelled overnight": the attribution sits inside the content.
  let resume = -1;
  // "In a statement, the ICRC said: “…”" introduces a quotation; the words before are no content.
  if (rest?.norm === ":") return null;
  // "…, the RSF said, adding that …": the participle's words are a statement of their own.
  const followOn = rest?.norm === "," && FOLLOW_ON.has(w(doc, tail + 1));
  if (followOn) {
    // the content before the attribution stands as it is
  } else if (rest?.norm === "," && tail + 1 < sTo && doc.tokens[tail + 1]?.kind !== "punct") {
    // Not when another clause follows: "…, officials said, while Baku said …".
    let verbAfter = false;
    for (let k = tail + 1; k < sTo; k++) if (STATEMENT_VERBS.has(w(doc, k))) verbAfter = true;
    if (verbAfter) return null;
    // "…, he said, as rescuers dug on": a clause of its own after the attribution; the content stands.
    if (!CONJUNCTIONS.has(w(doc, tail + 1)) && !ASIDE_STARTS.has(w(doc, tail + 1))) resume = tail + 1;
  } else if (
    tail < sTo &&
    rest &&
    !(rest.kind === "punct" && rest.norm !== ",") &&
    !TAIL_STARTS.has(rest.norm)
  )
    return null;
  let a = sFrom;
  // A digest line's claim starts after its last ";" ("push of 2 km; 'scores' downed, say our sources").
  if (headline) for (let k = sFrom; k < comma; k++) if (w(doc, k) === ";") a = k + 1;
  // Bullets, time stamps and headings open a line: "19:10 UPDATE: …".
  while (a < comma) {
    const x = w(doc, a);
    const stamp = doc.tokens[a]?.kind === "num" && (w(doc, a + 1) === ":" || w(doc, a - 1) === ":");
    // "Just in:" is a heading; "In August alone, …" opens the content.
    const heading = HEADINGS.has(x) && (x !== "in" || w(doc, a - 1) === "just");
    if (!stamp && !LINE_LEAD.has(x) && !heading) break;
    a++;
  }
  // Short words before an attribution set inside the sentence still open its content ("Since May, it said, …").
  if (comma - a < (resume > 0 ? 1 : 3)) return null;
  const first = doc.tokens[a];
  const last = doc.tokens[comma - 1];
  if (!first || !last) return null;
  // A quotation in front that is the whole content is a direct statement, attributed by the direct-quote
  // reader; in a digest line, one that opens a longer claim stays in it.
  const opening = doc.quotes.find((q) => q.start <= first.start && first.start < q.end);
  if (opening && (!headline || opening.end >= last.end - 1)) return null;
  let evEnd = doc.tokens[Math.max(tail, v + 1) - 1]?.end ?? last.end;
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

/** What may follow an age set after a name: a comma or the sentence's end. */
const PAST_AGE = new Set([",", ".", "", ";"]);

const PASSIVE_SPEECH = new Set(["reported", "announced", "stated", "said", "informed", "claimed", "noted"]);

/**
 * Translated copy: "Two residents died, it was reported by the governor in his Telegram channel." The
 * content runs from the sentence start to the comma before "it was … by"; the source follows "by".
 */
export function passiveFrame(doc: Doc, v: number, sFrom: number, sTo: number, si: number): Frame | null {
  if (!PASSIVE_SPEECH.has(w(doc, v)) || w(doc, v + 1) !== "by") return null;
  let it = v - 1;
  if (w(doc, it) === "been") it--;
  if (!["was", "is", "has", "had"].includes(w(doc, it))) return null;
  it--;
  if (w(doc, it) !== "it" || w(doc, it - 1) !== ",") return null;
  const np = npAfter(doc, v + 2, sTo);
  if (!np) return null;
  let a = sFrom;
  while (a < it - 1 && doc.tokens[a]?.kind === "punct") a++;
  const first = doc.tokens[a];
  const last = doc.tokens[it - 2];
  if (!first || !last || it - 1 - a < 3) return null;
  return {
    direct: false,
    quote: doc.text.slice(first.start, last.end),
    evStart: first.start,
    evEnd: doc.tokens[(np.appositive ? np.appositive[1] : np.to) - 1]?.end ?? last.end,
    qStart: first.start,
    qEnd: last.end,
    np,
    continues: false,
    sentence: si,
  };
}

/** "…, say our sources": a side's channel citing its own people, kept as written. */
function ownSide(doc: Doc, k: number, sTo: number): Np | null {
  if (w(doc, k) !== "our" || !ROLE_WORDS.has(w(doc, k + 1))) return null;
  let e = k + 2;
  while (e < sTo && ROLE_WORDS.has(w(doc, e))) e++;
  return { from: k, to: e, asWritten: true };
}

/** The source at the end of a phrase: "Goris Arm MoD" → "Arm MoD"; role words and one actor's name. */
function sourceTail(doc: Doc, from: number, to: number): number {
  let f = to;
  while (f > from) {
    const m = doc.mentionAt[f - 1];
    if (m && m.via !== "demonym") return Math.max(from, m.from);
    if (!ROLE_WORDS.has(w(doc, f - 1))) break;
    f--;
  }
  return f < to ? f : -1;
}
