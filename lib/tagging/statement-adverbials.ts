import type { Doc } from "./doc";
import { STATEMENT_VERBS } from "./speaker-words";
import { w } from "./statement-frames";

/**
 * The words that may stand between a speech verb and what was said: when ("on Monday"), where and how
 * ("in a statement", "at a news conference", "via its Telegram channel", "by phone") and to whom
 * ("told reporters", "told a news conference").
 */

/** Nouns that end a channel or venue adverbial: "said in a statement", "told a news conference". */
export const CHANNEL_NOUNS = new Set(
  `statement interview post message video briefing speech address tweet communique release broadcast letter
   conference meeting session summit rally forum visit sermon hearing ceremony gathering appearance call
   channel page account website feed interview remarks readout bulletin debate update`.split(/\s+/),
);

const CONNECTIVES = new Set("however meanwhile nonetheless nevertheless though too also".split(" "));

export const DAYS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later".split(" "),
);

/** Lower-case words that may make up an addressee of "told": "told state TV", "told a news conference". */
const ADDRESSEES = new Set(
  `reporters journalists state media television tv radio news agency press parliament lawmakers legislators
   mps senators supporters troops soldiers crowd audience residents diplomats envoys council assembly
   correspondents broadcaster newspaper outlet local foreign national security staff workers officials doctors
   volunteers colleagues relatives family friends visitors delegation delegates counterparts negotiators
   mediators donors investigators`.split(/\s+/),
);

/** Adverbs of time and manner after a speech verb: "said afterwards that", "said again". */
const LATER = new Set([
  "afterwards",
  "afterward",
  "again",
  "repeatedly",
  "separately",
  "subsequently",
  "too",
]);
const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);
const POSTING = new Set(["posted", "published", "issued", "released", "shared", "carried", "aired"]);
const POSSESSIVES = new Set(["its", "his", "her", "their", "the", "a", "an", "our", "my"]);
const PLACE_PREPS = new Set(["in", "at", "from", "to", "with", "on"]);
const OPENERS = new Set([
  "in",
  "at",
  "during",
  "on",
  "via",
  "after",
  "before",
  "following",
  "ahead",
  "through",
]);
const AHEAD_OPENERS = new Set([",", "from", "to", "without", "with", "by", "for", "amid", "despite"]);
const FINITE = new Set(
  "is are was were had has have would will could can may might must should did does do shall".split(" "),
);

/** End of a channel or venue phrase starting at `k` ("in his nightly video address"), or -1. */
function channelEnd(doc: Doc, k: number, sTo: number): number {
  if (!POSSESSIVES.has(w(doc, k))) return -1;
  for (let e = k + 1; e < Math.min(sTo, k + 6); e++) {
    const t = doc.tokens[e];
    if (t?.kind !== "word" && t?.norm !== "-") return -1;
    // "his nightly video address": the last of the channel nouns in a row.
    if (CHANNEL_NOUNS.has(t.norm) && !CHANNEL_NOUNS.has(w(doc, e + 1))) return e + 1;
  }
  return -1;
}

const SOON = new Set(["shortly", "soon", "hours", "minutes", "moments", "days", "just", "late", "early"]);

/** End of the few words of a time phrase ("3 a.m", "the talks", "midnight"): up to a comma or "that". */
function timeEnd(doc: Doc, k: number, sTo: number): number {
  let e = k;
  while (e < sTo && e < k + 4 && w(doc, e) !== "," && w(doc, e) !== "that" && w(doc, e) !== ";") e++;
  return e;
}

export function skipAdverbials(doc: Doc, i: number, sTo: number): number {
  let k = i;
  for (let guard = 0; guard < 8 && k < sTo; guard++) {
    const x = w(doc, k);
    const nx = w(doc, k + 1);
    if (DAYS.has(x)) k += PARTS_OF_DAY.has(nx) ? 2 : 1;
    else if (LATER.has(x)) k++;
    // "in a statement posted on Facebook": how the words went out, not what they say.
    else if (POSTING.has(x) && (nx === "on" || nx === "late" || nx === "via" || nx === "by")) k++;
    // "said, however, the army would press on": a connective set off by commas.
    else if (x === "," && CONNECTIVES.has(nx) && w(doc, k + 2) === ",") k += 3;
    else if ((x === "on" || x === "late" || x === "early") && DAYS.has(nx)) k += 2;
    else if (x === "late" && nx === "on" && DAYS.has(w(doc, k + 2))) k += 3;
    else if (x === "last" && ["week", "month", "night", "year"].includes(nx)) k += 2;
    // "told reporters shortly after 3 a.m.", "said hours after the talks": a time phrase of a few words.
    else if (SOON.has(x) && (nx === "after" || nx === "before")) k = timeEnd(doc, k + 2, sTo);
    else if (x === "by" && ["phone", "telephone", "text", "email", "video", "videolink"].includes(nx)) k += 2;
    // "in a statement", "at a news conference", "in his nightly video address", "via its Telegram channel"
    else if (OPENERS.has(x) && channelEnd(doc, k + 1, sTo) > 0) {
      k = channelEnd(doc, k + 1, sTo);
      // "… during a visit to Odesa", "… at a meeting with Ankara's envoy": the venue's own complement.
      const the = w(doc, k + 1) === "the" ? 1 : 0;
      if (PLACE_PREPS.has(w(doc, k)) && doc.tokens[k + 1 + the]?.cap) {
        k += 2 + the;
        while (k < sTo && doc.tokens[k]?.cap) k++;
      }
    } else if (x === "in" && (nx === "a" || nx === "an")) {
      let e = k + 2;
      while (
        e < sTo &&
        e < k + 6 &&
        doc.tokens[e]?.kind === "word" &&
        !["it", "they", "he", "she", "that"].includes(w(doc, e))
      ) {
        e++;
        if (CHANNEL_NOUNS.has(w(doc, e - 1))) break;
      }
      k = e;
    } else if ((x === "on" || x === "via") && doc.tokens[k + 1]?.cap) k += 2;
    // "on its Telegram channel", "on his Facebook page"
    else if ((x === "on" || x === "via") && POSSESSIVES.has(nx) && doc.tokens[k + 2]?.cap)
      k += ["channel", "page", "account", "website"].includes(w(doc, k + 3)) ? 4 : 3;
    else if (x === "to" && ["reporters", "journalists", "parliament", "lawmakers"].includes(nx)) k += 2;
    else break;
  }
  return k;
}

/**
 * The addressee after "told": "told Reuters", "told state TV", "told a news conference", "told the BBC".
 * Returns the token after it (or `k` when there is none).
 */
export function skipAddressee(doc: Doc, k: number, sTo: number): number {
  let a = k;
  if (["the", "a", "an"].includes(w(doc, a)) && (doc.tokens[a + 1]?.cap || ADDRESSEES.has(w(doc, a + 1))))
    a++;
  const from = a;
  // "told MSF they …", "told the ICRC that …": a body named first is the addressee.
  const m = doc.mentionAt[a];
  if (m && m.from === a && m.via === "name") a = m.to;
  while (
    a < sTo &&
    a < from + 4 &&
    ((doc.tokens[a]?.cap && !doc.mentionAt[a]) ||
      ADDRESSEES.has(w(doc, a)) ||
      (a > from && CHANNEL_NOUNS.has(w(doc, a))))
  )
    a++;
  return a;
}

/**
 * A "that" further on, behind a place or an aside: "said in Geneva that …", "said, without giving
 * evidence, that …". Only words, names and commas may stand in between, no verb of another clause.
 * Returns the token after "that", or -1.
 */
export function thatAhead(doc: Doc, k: number, sTo: number): number {
  const first = w(doc, k);
  if (!OPENERS.has(first) && !AHEAD_OPENERS.has(first)) return -1;
  for (let j = k + 1; j < Math.min(sTo, k + 12); j++) {
    const t = doc.tokens[j];
    if (!t) return -1;
    if (t.norm === "that") {
      // "at that point", "in that town": a determiner, not a conjunction.
      const prev = w(doc, j - 1);
      if (OPENERS.has(prev) || PLACE_PREPS.has(prev) || prev === "of") return -1;
      return j + 1;
    }
    if (t.kind === "punct" && t.norm !== "," && t.norm !== "'" && t.norm !== "-" && t.norm !== ".") return -1;
    if (
      FINITE.has(t.norm) ||
      STATEMENT_VERBS.has(t.norm) ||
      ["which", "who", "where", "when"].includes(t.norm)
    )
      return -1;
  }
  return -1;
}
