import type { ActorId, CasualtyClaim, StatementTag } from "@/lib/types/tags";
import type { Doc } from "./doc";
import type { ActorMention } from "./lexicon";
import { SPEECH_VERBS } from "./speaker-words";

/** Nouns after a nationality word that make the nation act ("Russian intervention", "Turkish drones"). */
const AGENT_NOUNS = new Set(
  `forces force troops army military government officials official ministry ministries president prime foreign
   defence defense spokesman spokeswoman spokesperson side authorities leader leaders leadership intervention
   involvement diplomats diplomat diplomacy embassy ambassador envoy soldiers servicemen peacekeepers air
   artillery positions units navy officers parliament counterpart state attack attacks offensive strikes strike
   shelling drone drones missile missiles equipment weapons arms aggression troop mediation mediators
   negotiators delegation security intelligence border jets warplanes pilots support backing aid`.split(
    /\s+/,
  ),
);

const ACTION_VERBS = new Set(
  `launched attacked shelled fired captured sent deployed accused denied struck hit shot seized recaptured
   retook claimed responded warned urged condemned rejected vowed threatened agreed signed supplied backed
   supports support backs mediated brokered proposed offered halted suspended blames blamed accuses
   condemned condemns recognised recognized`.split(/\s+/),
);

/** Prepositions that make a country name a location rather than an actor ("in Azerbaijan"). */
const LOCATIVE = new Set(
  "in into inside from across throughout within near toward towards through around outside of at over".split(
    " ",
  ),
);

/** Nouns that make a country name a modifier of a setting ("the Yemen conflict", "Azerbaijan border"). */
const SETTING_NOUNS = new Set([
  "conflict",
  "war",
  "crisis",
  "border",
  "borders",
  "territory",
  "region",
  "frontier",
]);

const w = (doc: Doc, i: number): string => doc.tokens[i]?.norm ?? "";

function acts(doc: Doc, m: ActorMention): boolean {
  const kind = doc.lex.actors.get(m.actor)?.kind;
  if (m.via === "person") return true;
  const next = w(doc, m.to);
  const next2 = w(doc, m.to + 1);
  const prev = w(doc, m.from - 1);
  const possessive = next === "'" && next2 === "s";
  const verbAfter =
    SPEECH_VERBS.has(next) ||
    ACTION_VERBS.has(next) ||
    ["has", "have", "had", "is", "was", "will", "would"].includes(next);
  if (m.via === "demonym") {
    // "ethnic Armenian authorities", "Karabakh Armenian forces" are not the state of Armenia.
    if (prev === "ethnic" || doc.mentionAt[m.from - 1]?.via === "name") return false;
    return AGENT_NOUNS.has(next) || AGENT_NOUNS.has(next2) || verbAfter;
  }
  const objectOf = SPEECH_VERBS.has(prev) || ACTION_VERBS.has(prev);
  if (m.via === "metonym") {
    if (objectOf) return true; // "Moscow blames Kyiv"
    if (LOCATIVE.has(prev) || prev === "to") return false;
    if (next === "," && doc.mentionAt[m.to + 1]?.via === "name") return false; // "Baku, Azerbaijan"
    return (
      possessive || verbAfter || !doc.lex.actors.get(m.actor) || ["and", "between", "with"].includes(prev)
    );
  }
  if (kind !== "country") return true;
  if (SETTING_NOUNS.has(next)) return false;
  // A destination, topic or remit is not an actor: "sanctions on Turkey", "the envoy for Lebanon".
  if ((prev === "on" || prev === "for") && !verbAfter && !possessive) return false;
  if (LOCATIVE.has(prev) && !verbAfter && !possessive) return false;
  return true;
}

/** Countries, organisations and armed groups that act or speak in the article, in order of first mention. */
export function extractActors(doc: Doc, statements: StatementTag[], casualties: CasualtyClaim[]): ActorId[] {
  const seen: Array<{ id: ActorId; at: number }> = [];
  const add = (id: string | null, at: number) => {
    if (!id) return;
    const prev = seen.find((s) => s.id === id);
    if (!prev) seen.push({ id, at });
    else if (at < prev.at) prev.at = at;
  };
  for (const m of doc.mentions) if (acts(doc, m)) add(m.actor, doc.tokens[m.from]?.start ?? 0);
  for (const s of statements) add(s.affiliation, s.evidence.start);
  for (const c of casualties) {
    add(c.claimedBy, c.evidence.start);
    add(c.party, c.evidence.start);
  }
  return seen.sort((a, b) => a.at - b.at).map((s) => s.id);
}
