import type { Doc } from "./doc";
import { DOC_NOUNS, ROLE_WORDS, STATEMENT_VERBS } from "./speaker-words";
import { w } from "./statement-frames";
import { wordClass } from "./text";

/**
 * Headlines and digests put plural subjects before the bare verb ("Houthis claim …", "Rebels deny …")
 * and post rather than say ("Aliyev tweets: …"). Each is read as the verb form the clause reader knows.
 */
const BASE_FORMS = new Map<string, string>([
  ["claim", "claims"],
  ["warn", "warns"],
  ["deny", "denies"],
  ["confirm", "confirms"],
  ["accuse", "accuses"],
  ["report", "reports"],
  ["allege", "alleges"],
  ["insist", "insists"],
  ["announce", "announces"],
  ["urge", "urges"],
  ["vow", "vows"],
  ["estimate", "estimates"],
  ["tell", "tells"],
  ["tweets", "says"],
  ["tweet", "says"],
  ["writes", "says"],
]);
/** Russian and Ukrainian speech verbs in digests quoted as written: "Пашинян заявил, что …". */
export const CYRILLIC_SPEECH = new Set(
  `заявил заявила заявило заявили сообщил сообщила сообщило сообщили сказал сказала сказало сказали отметил
   отметила отметили подчеркнул подчеркнула заявляет заявляют сообщает сообщают говорит утверждает
   заявив заявила заявило повідомив повідомила повідомило повідомили повідомляє заявляє сказав зазначив
   зазначила наголосив наголосила стверджує`.split(/\s+/),
);

/** Words that make the following base form a noun or an infinitive ("a claim", "to deny", "will confirm"). */
const NOT_SUBJECT = new Set(
  `a an the this that these those its his her their our to will would could can may might must should not
   no any every each of for in on at by with from as and or but which who`.split(/\s+/),
);

/** Nouns that take a plural verb without an "s": "Turkish media report …", "police say …". */
const COLLECTIVE = new Set(["media", "police", "people"]);

/** The speech verb at `v` as the clause reader knows it, or null. */
/** Every word that may be a speech verb, looked up once: itself, or the form it stands for. */
let VERBS: Map<string, string> | null = null;
function verbs(): Map<string, string> {
  if (VERBS) return VERBS;
  const m = new Map<string, string>();
  for (const x of STATEMENT_VERBS) m.set(x, x);
  for (const x of CYRILLIC_SPEECH) m.set(x, "said");
  for (const x of BASE_FORMS.keys()) m.set(x, x);
  m.set("read", "read");
  m.set("reads", "read");
  VERBS = m;
  return m;
}

/** Every word verbs() knows, as a word class: most tokens are turned away without a look-up. */
const VERB_WORDS = wordClass([...STATEMENT_VERBS, ...CYRILLIC_SPEECH, ...BASE_FORMS.keys(), "read", "reads"]);

export function speechVerbAt(doc: Doc, v: number): string | null {
  const t = doc.tokens[v];
  if (t?.kind !== "word" || (t.classes & VERB_WORDS) === 0) return null;
  const x = t.norm;
  const known = verbs().get(x);
  if (known === undefined) return null;
  // "The ministry's statement read: …"
  if (known === "read") return DOC_NOUNS.has(w(doc, v - 1)) ? "says" : null;
  const mapped = BASE_FORMS.get(x);
  if (mapped === undefined) return known;
  // "SAF & RSF both deny …": the subject before "both".
  const prev = doc.tokens[doc.tokens[v - 1]?.norm === "both" ? v - 2 : v - 1];
  if (prev?.kind === "word" && !NOT_SUBJECT.has(prev.norm)) {
    // A plural subject, an actor or a name: "Houthis claim", "witnesses allege", "Aliyev tweets".
    const posting = x === "tweets" || x === "writes" || x === "tweet";
    const plural = (prev.norm.endsWith("s") || COLLECTIVE.has(prev.norm)) && ROLE_WORDS.has(prev.norm);
    if (posting || prev.cap || doc.mentionAt[v - 1] || plural) return mapped;
  }
  return STATEMENT_VERBS.has(x) ? x : null;
}

/**
 * A line that is a headline or a digest bullet: one sentence on its own line with no full stop at the
 * end. Such lines report whatever follows their verb ("RSF claims control of El Fasher").
 */
export function isHeadline(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  const last = doc.tokens[(s?.to ?? 0) - 1];
  if (!s || !last || last.norm === "." || s.to - s.from > 30) return false;
  const text = doc.text;
  for (let i = s.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  for (let i = s.end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
