import type { Doc } from "./doc";
import { parseCount } from "./numbers";
import { APPEAL_VERBS, ROLE_WORDS, THAT_VERBS } from "./speaker-words";
import { npAfter } from "./speakers";
import { DAYS, skipAddressee, skipAdverbials, thatAhead } from "./statement-adverbials";
import { tokenAt, w, wordCount } from "./statement-frames";
import { CYRILLIC_SPEECH } from "./statement-verbs";

export { skipAdverbials };

// Verbs that take a clause without "that"; the clause must still show a subject and a finite verb.
const BARE_VERBS = new Set(
  `said says say warned warns insisted insists added claimed claims stressed stresses vowed vows pledged pledges
   promised promises noted notes argued argues reiterated reiterates maintained maintains asserted asserts
   admitted acknowledged confirmed confirms announced announces demanded demands saying adding warning
   insisting stressing noting claiming countered retorted replied responded conceded`.split(/\s+/),
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
const PAST_OK = new Set([
  "said",
  "says",
  "say",
  "added",
  "claimed",
  "claims",
  "saying",
  "adding",
  "claiming",
]);
/** Verbs with an addressee before their clause: "told reporters that", "reminded donors that". */
const ADDRESSING = new Set(
  "told tells telling warned warns warning reminded assured informed notified briefed".split(" "),
);

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

/** Where a reported clause starts after its verb, or -1: "said (on Monday) that …", "called on X to …". */
export function clauseStart(
  doc: Doc,
  verbAt: number,
  sTo: number,
  verb = w(doc, verbAt),
  headline = false,
): number {
  let v = verbAt;
  // "Пашинян заявил, что …": a Cyrillic verb, its comma and its "that".
  if (CYRILLIC_SPEECH.has(w(doc, v))) {
    const k = w(doc, v + 1) === "," || w(doc, v + 1) === ":" ? v + 2 : v + 1;
    if (w(doc, k) === "что" || w(doc, k) === "що") return k + 1;
    return w(doc, v + 1) === ":" ? k : -1;
  }
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
    const ahead = thatAhead(doc, k, sTo);
    if (ahead > 0) return ahead;
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
  if (ADDRESSING.has(verb)) {
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
      // "told AFP the town had fallen", "told a news conference the …": after the addressee, a bare
      // clause as after "said".
      k = skipAdverbials(doc, skipAddressee(doc, k, sTo), sTo);
      const ahead = thatAhead(doc, k, sTo);
      if (ahead > 0) return ahead;
      const nx = doc.tokens[k];
      if (nx && nx.kind !== "punct" && w(doc, k) !== "that" && !PREPS.has(nx.norm)) return k;
    }
  }
  if (w(doc, k) === "that") return k + 1;
  // "said in Geneva that …", "said, without giving evidence, that …"
  const ahead = thatAhead(doc, k, sTo);
  if (ahead > 0) return ahead;
  // Digest "Pashinyan says: we are ready": a colon with no quotation mark after it opens the report.
  if (w(doc, k) === ":" && doc.tokens[k + 1]?.kind === "word") {
    const at = doc.tokens[k + 1]?.start ?? -1;
    if (!doc.quotes.some((q) => q.start <= at && at < q.end)) return k + 1;
  }
  // A bare clause after "said": "said it was working on a plan", "said on Friday it would ...".
  v = k - 1;
  const nx = doc.tokens[v + 1];
  if (!nx) return -1;
  // "Baku says 'a few' officers died": a quoted word or two opening the clause.
  if (nx.kind === "punct" && shortQuoteOpens(doc, nx.start)) return v + 1;
  const bare = ["it", "they", "he", "she", "we", "there", "its", "his", "her", "their", "i"];
  if (bare.includes(nx.norm)) return v + 1;
  // "says at least 100 killed", "said some 40 soldiers died": a figure opens the clause.
  if (NUMBER_CLAUSE.has(verb) && PREPS.has(nx.norm) && parseCount(doc.tokens, v + 1)) return v + 1;
  // Headlines drop the subject: "IDF says struck launchers overnight", "army says retook the palace".
  if (
    PAST_OK.has(verb) &&
    nx.kind === "word" &&
    !DAYS.has(nx.norm) &&
    (PAST.has(nx.norm) ||
      PARTICIPLES.has(nx.norm) ||
      (!nx.cap && nx.norm.length > 4 && nx.norm.endsWith("ed")))
  )
    return v + 1;
  // A headline or digest line reports whatever follows its verb: "arm mod says az shelling goris",
  // "RSF claims control of El Fasher".
  // "…, says medical charity": a headline closed by its source after a comma reports nothing after the verb.
  if (headline && w(doc, verbAt - 1) === "," && closingSource(doc, verbAt + 1, sTo)) return -1;
  if (
    headline &&
    HEADLINE_CLAUSE.has(verb) &&
    (nx.kind === "num" || (nx.kind === "word" && !PREPS.has(nx.norm) && !OBJECT_PRONOUNS.has(nx.norm)))
  )
    return v + 1;
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
      // Headlines drop the auxiliary: "Aliyev says army retook Zangilan", "AZ MoD says Hadrut taken".
      if (
        PAST_OK.has(verb) &&
        (PAST.has(t.norm) || PARTICIPLES.has(t.norm) || (t.norm.length > 3 && t.norm.endsWith("ed")))
      )
        return v + 1;
    }
  }
  if (
    NUMBER_CLAUSE.has(verb) &&
    (nx.norm === "the" ||
      nx.kind === "num" ||
      (nx.cap && doc.mentionAt[v + 1]) ||
      // "says about 12,000 …", "said ~300 …", "say hundreds …": a figure with its qualifier.
      parseCount(doc.tokens, v + 1) !== null)
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

/** Past participles that carry a headline's clause: "Hadrut taken", "3 drones shot down". */
const PARTICIPLES = new Set(
  `taken retaken shot hit struck fallen lost won broken driven overrun cut hurt blown begun given seen sunk
   brought caught held left fled sent built burnt hidden stolen beaten thrown torn withdrawn`.split(/\s+/),
);

/** Verbs whose headline reports whatever follows them. */
const HEADLINE_CLAUSE = new Set(
  "says say said claims claim claimed reports report reported confirms confirm confirmed announces announce warns warn adds insists".split(
    " ",
  ),
);
const OBJECT_PRONOUNS = new Set([
  "it",
  "this",
  "that",
  "them",
  "these",
  "those",
  "so",
  "him",
  "her",
  "any",
  "nothing",
  "little",
  "more",
]);

const OBJECT_VERBS = new Set(
  "reported reports confirmed confirms announced announces claimed claims".split(" "),
);

/** Verbs whose content may start with a figure or a name: "AZ MoD reports 3 tanks destroyed". */
const NUMBER_CLAUSE = new Set(
  "said says say reports reported claims claimed confirms confirmed announces announced adds added warns warned estimates estimated saying adding".split(
    " ",
  ),
);

/** A quotation of one or two words starting at `start` with more of the clause after it, in lower case. */
function shortQuoteOpens(doc: Doc, start: number): boolean {
  const q = doc.quotes.find((x) => x.start === start);
  if (!q || wordCount(doc.text.slice(q.innerStart, q.innerEnd)) >= 3) return false;
  const after = doc.tokens[tokenAt(doc, q.end)];
  return after?.kind === "word" && !after.cap && after.sentence === doc.tokens[tokenAt(doc, start)]?.sentence;
}

/** A speaker's phrase with an office or a named actor in it that runs to the end of the sentence. */
function closingSource(doc: Doc, from: number, sTo: number): boolean {
  const np = npAfter(doc, from, sTo);
  if (!np) return false;
  let end = np.appositive ? np.appositive[1] : np.to;
  while (end < sTo && doc.tokens[end]?.kind === "punct") end++;
  if (end < sTo) return false;
  for (let k = np.from; k < np.to; k++) if (ROLE_WORDS.has(w(doc, k)) || doc.mentionAt[k]) return true;
  return false;
}
