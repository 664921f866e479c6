import type { Doc } from "./doc";
import { parseCount } from "./numbers";
import { APPEAL_VERBS, THAT_VERBS } from "./speaker-words";
import { npAfter } from "./speakers";
import { w } from "./statement-frames";

// Verbs that take a clause without "that"; the clause must still show a subject and a finite verb.
const BARE_VERBS = new Set(
  `said says say warned warns insisted insists added claimed claims stressed stresses vowed vows pledged pledges
   promised promises noted notes argued argues reiterated reiterates maintained maintains asserted asserts
   admitted acknowledged confirmed confirms announced announces demanded demands`.split(/\s+/),
);
/** Nouns that end a channel adverbial: "said in a statement the talks had failed". */
const CHANNEL_NOUNS = new Set(
  "statement interview post message video briefing speech address tweet communique release broadcast letter".split(
    " ",
  ),
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
  `died took retook shot hit struck fled left lost won fell began came broke made sent went gave held fought seized
   continues remains holds controls stands wants plans seeks needs rejects denies refuses agrees supports opposes
   demands expects hopes fears believes knows means lies threatens violates targets shells attacks
   passes tops reaches hits rises climbs nears exceeds surpasses stands kills`.split(/\s+/),
);

/** Predicates left standing when a headline drops "is/are": "Moscow ready to host talks". */
const COPULA_DROPPED = new Set(
  "ready willing prepared open committed determined unable able close set poised".split(" "),
);

const CONNECTIVES = new Set("however meanwhile nonetheless nevertheless though too also".split(" "));

const DAYS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later".split(" "),
);

/** Skip time and channel adverbials after a speech verb: "on Friday", "late on Sunday", "in a statement". */
/** Lower-case words that may make up the addressee of "told": "told state TV", "told reporters". */
const ADDRESSEES = new Set([
  "reporters",
  "journalists",
  "state",
  "media",
  "television",
  "tv",
  "radio",
  "news",
  "agency",
  "press",
  "parliament",
  "lawmakers",
  "legislators",
  "mps",
  "senators",
  "supporters",
]);

const POSTING = new Set(["posted", "published", "issued", "released", "shared"]);

export function skipAdverbials(doc: Doc, i: number, sTo: number): number {
  let k = i;
  for (let guard = 0; guard < 6 && k < sTo; guard++) {
    const x = w(doc, k);
    if (DAYS.has(x)) k++;
    // "in a statement posted on Facebook": how the words went out, not what they say.
    else if (
      POSTING.has(x) &&
      (w(doc, k + 1) === "on" || w(doc, k + 1) === "late" || w(doc, k + 1) === "via")
    )
      k++;
    // "said, however, the army would press on": a connective set off by commas.
    else if (x === "," && CONNECTIVES.has(w(doc, k + 1)) && w(doc, k + 2) === ",") k += 3;
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
      ) {
        e++;
        if (CHANNEL_NOUNS.has(w(doc, e - 1))) break;
      }
      k = e;
    } else if ((x === "on" || x === "via") && doc.tokens[k + 1]?.cap) k += 2;
    // "on its Telegram channel", "on his Facebook page"
    else if (
      x === "on" &&
      ["its", "his", "her", "their", "the"].includes(w(doc, k + 1)) &&
      doc.tokens[k + 2]?.cap
    )
      k += ["channel", "page", "account", "website"].includes(w(doc, k + 3)) ? 4 : 3;
    else if (x === "to" && ["reporters", "journalists", "parliament", "lawmakers"].includes(w(doc, k + 1)))
      k += 2;
    else break;
  }
  return k;
}

/** Where a reported clause starts after its verb, or -1: "said (on Monday) that …", "called on X to …". */
export function clauseStart(doc: Doc, verbAt: number, sTo: number): number {
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
        ((doc.tokens[a]?.cap && !doc.mentionAt[a]) ||
          ADDRESSEES.has(w(doc, a)) ||
          (["the", "a"].includes(w(doc, a)) && (doc.tokens[a + 1]?.cap || ADDRESSEES.has(w(doc, a + 1)))))
      )
        a++;
      k = skipAdverbials(doc, a, sTo);
      const nx = doc.tokens[k];
      if (nx && nx.kind !== "punct" && w(doc, k) !== "that") return k;
    }
  }
  if (w(doc, k) === "that") return k + 1;
  // Digest "Pashinyan says: we are ready": a colon with no quotation mark after it opens the report.
  if (w(doc, k) === ":" && doc.tokens[k + 1]?.kind === "word") {
    const at = doc.tokens[k + 1]?.start ?? -1;
    if (!doc.quotes.some((q) => q.start <= at && at < q.end)) return k + 1;
  }
  // A bare clause after "said": "said it was working on a plan", "said on Friday it would ...".
  v = k - 1;
  const nx = doc.tokens[v + 1];
  if (!nx) return -1;
  const bare = ["it", "they", "he", "she", "we", "there", "its", "his", "her", "their", "i"];
  if (bare.includes(nx.norm)) return v + 1;
  // "says at least 100 killed", "said some 40 soldiers died": a figure opens the clause.
  if (NUMBER_CLAUSE.has(verb) && PREPS.has(nx.norm) && parseCount(doc.tokens, v + 1)) return v + 1;
  // "said talks were possible": a subject then a finite auxiliary within a few words.
  if (BARE_VERBS.has(verb) && nx.kind === "word" && !PREPS.has(nx.norm)) {
    for (let k = v + 2; k < Math.min(sTo, v + 7); k++) {
      const t = doc.tokens[k];
      // "says putin, erdogan discussed karabakh": a comma may join two subjects in a headline.
      if (t?.norm === "," && PAST_OK.has(verb) && doc.tokens[k + 1]?.kind === "word") continue;
      if (!t || t.kind === "punct") break;
      if (FINITE.has(t.norm)) return v + 1;
      // Headlines drop the copula too: "Pashinyan says Armenia ready for talks".
      if (PAST_OK.has(verb) && COPULA_DROPPED.has(t.norm)) return v + 1;
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
  // "The ministry reported 35 more military deaths", "confirmed the deaths of 12 soldiers": a figure
  // given as the object of a reporting verb is the content reported.
  if (OBJECT_VERBS.has(verb)) {
    for (let k = v + 1; k < Math.min(sTo, v + 6); k++) {
      if (doc.tokens[k]?.kind === "num") return v + 1;
      if (doc.tokens[k]?.kind === "punct") break;
    }
  }
  return -1;
}

const OBJECT_VERBS = new Set(
  "reported reports confirmed confirms announced announces claimed claims".split(" "),
);

/** Verbs whose content may start with a figure or a name: "AZ MoD reports 3 tanks destroyed". */
const NUMBER_CLAUSE = new Set(
  "said says say reports reported claims claimed confirms confirmed announces announced adds added warns warned estimates estimated".split(
    " ",
  ),
);
