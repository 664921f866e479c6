import { CHANNEL_PREPS, CUES } from "./digest-words";
import type { Doc } from "./doc";
import type { QuoteSpan } from "./quotes";
import { skipAdverbials } from "./reported-clause";
import { GERUNDS, STATEMENT_VERBS } from "./speaker-words";
import { npAfter, npBefore } from "./speakers";
import { CHANNEL_NOUNS } from "./statement-adverbials";
import { cleanQuote, type Frame, type Np, tokenAt, w, wordCount } from "./statement-frames";
import { speechVerbAt } from "./statement-verbs";

const NAMING_VERBS = new Set([
  "called",
  "calls",
  "described",
  "describes",
  "labelled",
  "labeled",
  "branded",
  "termed",
  "calling",
  "describing",
  "labelling",
  "branding",
]);

// Words that open a clause of their own: "…,” and the ministry said" is not a role before a name.
const CLAUSE_WORDS = new Set(
  "and or but nor so yet while as then when after before because since though although which who that where".split(
    " ",
  ),
);

/** Whether tokens [from, to) are lower-case words that may modify a role ("rescue worker"). */
function lowerWords(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t?.kind !== "word" || t.cap || CLAUSE_WORDS.has(t.norm)) return false;
  }
  return true;
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
  if (i < s.to && STATEMENT_VERBS.has(w(doc, i))) {
    const np = npAfter(doc, i + 1, s.to);
    if (np) return { np, end: endOf(np.appositive ? np.appositive[1] : np.to), adjacent: true };
  }
  for (let v = i; v < Math.min(s.to, i + 12); v++) {
    if (!STATEMENT_VERBS.has(w(doc, v)) || GERUNDS.has(w(doc, v))) continue;
    const np = npBefore(doc, v, i);
    // "…,” the ministry's spokesman, Vagif Dargahli, told reporters: the name after its role.
    const fromRole = np?.appositive?.[0] === i;
    // "…,” rescue worker Elnur Hasanli said: a role of several words, its first ones unknown.
    const modified = np !== null && np.from > i && np.from - i <= 2 && lowerWords(doc, i, np.from);
    if (np && (np.from === i || fromRole || modified)) return { np, end: endOf(v + 1), adjacent: true };
    break;
  }
  // "“We will not stop” – Aliyev": a dash and a speaker closing the line.
  if (w(doc, qb) === "-" && (doc.tokens[qb + 1]?.sentence ?? -1) === doc.tokens[qa]?.sentence) {
    const np = npAfter(doc, qb + 1, s.to);
    const end = np ? (np.appositive ? np.appositive[1] : np.to) : -1;
    if (np && (end >= s.to || doc.tokens[end]?.kind === "punct"))
      return { np, end: endOf(end), adjacent: true };
  }
  if (w(doc, qb) === ":" && (doc.tokens[qb + 1]?.sentence ?? -1) === doc.tokens[qa]?.sentence) {
    const np = npAfter(doc, qb + 1, s.to);
    if (np) return { np, end: endOf(np.appositive ? np.appositive[1] : np.to), adjacent: true };
  }
  // Before the quotation: "X said: “…”", "…, saying “…”", "according to X, “…”".
  const reach = w(doc, qa - 1) === ":" ? 12 : 8;
  for (let v = qa - 1; v >= Math.max(s.from, qa - reach); v--) {
    const verb = speechVerbAt(doc, v);
    if (!verb) continue;
    // The quotation must follow its verb directly ("said: “…”", "said that “…”", "told reporters: “…”");
    // a quotation further into the clause is part of reported speech, not a statement of its own.
    let gap = true;
    // "said on Telegram: “…”", "said in a statement: “…”": a channel adverbial may sit in the gap.
    for (let g = skipAdverbials(doc, v + 1, qa); g < qa; g++) {
      const x = w(doc, g);
      const told = (verb === "told" || verb === "tells") && g - v <= 3 && doc.tokens[g]?.kind === "word";
      // 'called the deal "unspeakably painful"': a naming verb, its object, then the quoted words.
      const naming = NAMING_VERBS.has(verb) && g - v <= 5 && (doc.tokens[g]?.kind === "word" || x === "'");
      if (!(x === "," || x === ":" || x === "that" || told || naming)) gap = false;
    }
    // "Aliyev told state TV of the operation: “…”": a colon right before the quotation closes an
    // introduction of a few words with no other verb in it.
    if (!gap && w(doc, qa - 1) === ":" && qa - v <= 12) {
      gap = true;
      for (let g = v + 1; g < qa - 1; g++)
        if (doc.tokens[g]?.kind === "punct" && w(doc, g) !== "'") gap = false;
    }
    if (!gap) break;
    if (GERUNDS.has(verb)) {
      for (let f = s.from; f < v; f++) {
        if (STATEMENT_VERBS.has(w(doc, f)) && !GERUNDS.has(w(doc, f))) {
          const np = npBefore(doc, f, s.from);
          if (np) return { np, end: q.end, adjacent: true };
          break;
        }
      }
      const np = npAfter(doc, s.from, v);
      return { np, end: q.end, adjacent: np !== null };
    }
    // "Baku says 'a few' officers died": a short quotation opening the clause stays in the report.
    if (!NAMING_VERBS.has(verb) && w(doc, qa - 1) !== ":" && runsOn(doc, q, s.to))
      return { np: null, end: q.end, adjacent: false };
    // "…, calls it 'painful'", "…, vows 'revenge'": a second verb of the sentence's subject.
    const np = npBefore(doc, v, s.from) ?? (w(doc, v - 1) === "," ? firstFramer(doc, s.from, v) : null);
    return { np, end: q.end, adjacent: np !== null };
  }
  const framed = framingVerb(doc, qa, s.from);
  // Not inside a reported clause ("said it had expressed 'concern'"): those words stay in the clause.
  let inClause = false;
  for (let v = s.from; v < framed && !inClause; v++) inClause = speechVerbAt(doc, v) !== null;
  if (framed >= 0 && !inClause) {
    // "…, vows 'just punishment'": a second verb of the subject that opens the sentence.
    const np =
      npBefore(doc, framed, s.from) ?? (w(doc, framed - 1) === "," ? firstFramer(doc, s.from, framed) : null);
    if (np) return { np, end: q.end, adjacent: true };
  }
  for (let k = s.from; k < qa - 1; k++) {
    if (w(doc, k) === "according" && w(doc, k + 1) === "to") {
      return { np: npAfter(doc, k + 2, qa), end: q.end, adjacent: true };
    }
  }
  if (w(doc, qa - 1) === ":")
    return {
      np: beforeChannel(doc, qa - 1, s.from) ?? npBefore(doc, qa - 1, s.from),
      end: q.end,
      adjacent: true,
    };
  return { np: null, end: q.end, adjacent: false };
}

/**
 * "The president in a televised address: “…”", "PM in video to voters: “…”": the speaker before a
 * channel phrase that closes the introduction (a preposition, then a channel noun in the few words to the colon).
 */
function beforeChannel(doc: Doc, colon: number, from: number): Np | null {
  for (let c = Math.max(from + 1, colon - 6); c < colon - 1; c++) {
    if (!CHANNEL_PREPS.has(w(doc, c))) continue;
    for (let k = c + 1; k < colon; k++) {
      if (doc.tokens[k]?.kind === "punct") return null;
      if (CHANNEL_NOUNS.has(w(doc, k)) || CUES.has(w(doc, k))) return npBefore(doc, c, from);
    }
    return null;
  }
  return null;
}

/** A quotation of one or two words followed in its sentence by more of the clause ("'a few' officers died"). */
function runsOn(doc: Doc, q: QuoteSpan, sTo: number): boolean {
  const next = doc.tokens[tokenAt(doc, q.end)];
  if (next?.kind !== "word" || next.cap || next.sentence !== doc.tokens[sTo - 1]?.sentence) return false;
  if (["and", "but", "or", "he", "she", "they", "it", "as", "while"].includes(next.norm)) return false;
  return wordCount(doc.text.slice(q.innerStart, q.innerEnd)) < 3;
}

/** Verbs that judge something "as" the quoted words: "dismissed the claims as 'groundless'". */
const JUDGING_VERBS = new Set(
  "dismissed dismisses rejected rejects condemned condemns denounced denounces decried decries slammed slams derided derides characterised characterized portrayed".split(
    " ",
  ),
);

/** Verbs whose object is the quoted words: "expressed 'grave concern'", "announced a 'total blockade'". */
const VOICING_VERBS = new Set(
  "expressed expresses voiced voices announced announces declared declares proclaimed proclaims vows vowed promises promised".split(
    " ",
  ),
);

/** "holds X 'responsible'", "held X 'accountable'": the subject judges in the quoted words. */
const HOLDING_VERBS = new Set(["holds", "held"]);

/** The subject of the sentence's first speaking or framing verb before `v`: "militia holds …, vows '…'". */
function firstFramer(doc: Doc, from: number, v: number): Np | null {
  for (let f = from + 1; f < v; f++) {
    const x = w(doc, f);
    if (HOLDING_VERBS.has(x) || VOICING_VERBS.has(x) || JUDGING_VERBS.has(x) || STATEMENT_VERBS.has(x))
      return npBefore(doc, f, from);
  }
  return null;
}

const ARTICLES = new Set(["a", "an", "the", "its", "their", "his", "her"]);

/**
 * The token of a verb that frames the quotation at `qa` as the speaker's own words, or -1: a judging verb
 * a few words before "as ‘…’", or a voicing verb right before the quotation (an article between).
 */
function framingVerb(doc: Doc, qa: number, from: number): number {
  let k = qa - 1;
  if (ARTICLES.has(w(doc, k))) k--;
  if (k >= from && VOICING_VERBS.has(w(doc, k))) return k;
  // "holds Israel 'fully responsible'": a holding verb, its object of a few words, the quoted words.
  for (let h = qa - 2; h >= Math.max(from, qa - 5); h--) {
    if (HOLDING_VERBS.has(w(doc, h))) return h;
    if (doc.tokens[h]?.kind !== "word") break;
  }
  if (w(doc, k) !== "as") return -1;
  for (let v = k - 1; v >= Math.max(from, k - 6); v--) {
    if (JUDGING_VERBS.has(w(doc, v))) return v;
    if (doc.tokens[v]?.kind === "punct") return -1;
  }
  return -1;
}

/** The speaker of a sentence that ends in a colon: the subject of its speech verb, or the sentence's subject. */
function introducer(doc: Doc, si: number): Np | null {
  const s = doc.sentences[si];
  if (!s || w(doc, s.to - 1) !== ":") return null;
  for (let v = s.from + 1; v < s.to - 1; v++) if (speechVerbAt(doc, v)) return npBefore(doc, v, s.from);
  const np = npAfter(doc, s.from, s.to);
  const next = np ? doc.tokens[np.to] : undefined;
  return np && next?.kind === "word" && !next.cap ? np : null;
}

/** "“Why here?” she asked.": the subject and speech verb opening the sentence after a quotation ending in ? or !. */
function askedAfter(doc: Doc, q: QuoteSpan, si: number): { np: Np; end: number } | null {
  const last = doc.text.charCodeAt(q.innerEnd - 1);
  if (last !== 63 && last !== 33) return null;
  const s = doc.sentences[si];
  const n = doc.sentences[si + 1];
  if (!s || !n || (doc.tokens[s.to - 1]?.end ?? 0) > q.end || n.start - q.end > 2) return null;
  for (let v = n.from + 1; v < Math.min(n.to, n.from + 5); v++) {
    if (!STATEMENT_VERBS.has(w(doc, v)) || GERUNDS.has(w(doc, v))) continue;
    const np = npBefore(doc, v, n.from);
    return np && np.from === n.from ? { np, end: doc.tokens[v]?.end ?? q.end } : null;
  }
  return null;
}

/**
 * A quotation broken off by a comma and its attribution at a full stop goes on in the next sentence
 * when that one opens with a quotation of no speaker of its own, in the same paragraph.
 */
function goesOn(doc: Doc, q: QuoteSpan, next: QuoteSpan, attrEnd: number): boolean {
  if (doc.text.charCodeAt(q.innerEnd - 1) !== 44) return false;
  if (!/^\.[ \t]+$/.test(doc.text.slice(attrEnd, next.start))) return false;
  const na = attributeQuote(doc, next);
  return na.np === null;
}

/** Direct quotations with the words that attribute them. */
export function directFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  const quotes = doc.quotes;
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n];
    if (!q) continue;
    const qa = tokenAt(doc, q.start);
    const sIdx = doc.tokens[qa]?.sentence ?? 0;
    const s = doc.sentences[sIdx];
    const a = attributeQuote(doc, q);
    // "The minister was defiant:\n“We will not withdraw.”": the line before introduces the quotation.
    if (!a.np && s && qa <= s.from + 1) a.np = introducer(doc, sIdx - 1);
    // "“Where do we go?” Avetyan asked.": a question or cry ends its sentence; the speaker opens the next.
    if (!a.np) {
      const after = askedAfter(doc, q, sIdx);
      if (after) {
        a.np = after.np;
        a.end = after.end;
        a.adjacent = true;
      }
    }
    let quote = cleanQuote(doc.text.slice(q.innerStart, q.innerEnd));
    let evEnd = Math.max(a.end, q.end);
    let qEnd = q.innerEnd;
    // "We will respond," the ministry said, "with all means." — one statement split around its speaker.
    const next = quotes[n + 1];
    // The gap may hold the rest of the attribution: ", the spokesman," or " reporters,".
    if (next && a.np && /^(?:\s*[,:;-]?\s*|[^.!?"“”\n]{0,40},\s*)$/.test(doc.text.slice(a.end, next.start))) {
      quote = `${quote} ${cleanQuote(doc.text.slice(next.innerStart, next.innerEnd))}`;
      evEnd = next.end;
      qEnd = next.innerEnd;
      n++;
    } else if (next && a.np && goesOn(doc, q, next, a.end)) {
      // "“We lost everything,” she said. “Even the goats.”" — the quotation goes on past its speaker.
      quote = `${quote}. ${cleanQuote(doc.text.slice(next.innerStart, next.innerEnd))}`;
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
