import { isDateline } from "./dateline";
import type { Gazetteer } from "./gazetteer";
import { ADMIN_NOUNS, ATTACK_VERBS, ORG_NOUNS, PLACE_CUE, PLACE_NOUNS, TITLES } from "./lexicon";
import type { Mention } from "./mentions";
import type { MentionContext } from "./resolve";
import { joinable, type Token } from "./tokens";

/** The countries among a mention's candidates ("Georgia" → GE). */
export function countryCodesOf(gaz: Gazetteer, m: Mention | undefined): string[] {
  if (!m) return [];
  const out: string[] = [];
  for (const enc of m.refs) {
    const ref = enc >> 1;
    const e = ref < 0 ? gaz.extras[-ref - 1] : undefined;
    if (e && e.type === "country") out.push(e.country);
  }
  return out;
}

function isContainerMention(gaz: Gazetteer, m: Mention | undefined): boolean {
  if (!m) return false;
  return m.refs.some((enc) => {
    const ref = enc >> 1;
    const e = ref < 0 ? gaz.extras[-ref - 1] : undefined;
    return e !== undefined && (e.type === "country" || e.type === "region");
  });
}

function hasCue(tokens: Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (PLACE_CUE.has(t.lower) || ATTACK_VERBS.has(t.lower)) return true;
    if (t.cap || !PLACE_NOUNS.has(t.lower)) return false;
  }
  return false;
}

const COMMON_WORD = 1;
const FIRST_NAME = 2;
const RECENT_WORDS = 20_000;
// A place's word recurs from text to text: whether it is a common word or a given name is kept in a
// small map per gazetteer, whose look-ups stay in the processor's caches where the big sets' miss.
const recentWords = new WeakMap<Gazetteer, Map<string, number>>();

function wordBits(gaz: Gazetteer, lower: string): number {
  let recent = recentWords.get(gaz);
  if (!recent) {
    recent = new Map();
    recentWords.set(gaz, recent);
  }
  let bits = recent.get(lower);
  if (bits === undefined) {
    if (recent.size >= RECENT_WORDS) recent.clear();
    bits = (gaz.commonWords.has(lower) ? COMMON_WORD : 0) | (gaz.firstNames.has(lower) ? FIRST_NAME : 0);
    recent.set(lower, bits);
  }
  return bits;
}

/** What the words around mention i say about it (see MentionContext). */
export function contextOf(
  gaz: Gazetteer,
  tokens: Token[],
  mentions: Mention[],
  i: number,
  titled: Set<number>,
) {
  const m = mentions[i] as Mention;
  const first = tokens[m.first] as Token;
  const lastTok = tokens[m.last] as Token;
  const prevM = mentions[i - 1];
  const nextM = mentions[i + 1];
  const single = m.first === m.last;
  const prevTok = tokens[m.first - 1];
  const nextTok = tokens[m.last + 1];
  const inNameRun =
    single &&
    !titled.has(first.sentence) &&
    ((prevTok !== undefined && joinable(prevTok.gapAfter) && prevTok.cap && prevM?.last !== m.first - 1) ||
      (nextTok !== undefined &&
        joinable(lastTok.gapAfter) &&
        !lastTok.possessive &&
        nextTok.cap &&
        nextM?.first !== m.last + 1));
  const beforeName =
    single &&
    !titled.has(first.sentence) &&
    !first.allCaps &&
    nextTok !== undefined &&
    joinable(lastTok.gapAfter) &&
    !lastTok.possessive &&
    nextTok.cap &&
    nextM?.first !== m.last + 1 &&
    !TITLES.has(nextTok.lower) &&
    !ORG_NOUNS.has(nextTok.lower) &&
    !ADMIN_NOUNS.has(nextTok.lower);
  const qualified =
    nextM !== undefined &&
    nextM.first === m.last + 1 &&
    /^\s*[,(]\s*$/.test(lastTok.gapAfter) &&
    !tokens[nextM.last]?.possessive;
  const hints: string[] = [];
  if (qualified || (nextM && tokens[m.last + 1]?.lower === "in" && nextM.first === m.last + 2)) {
    hints.push(...countryCodesOf(gaz, nextM));
  }
  if (prevM && tokens[prevM.last]?.possessive && m.first - prevM.last <= 3)
    hints.push(...countryCodesOf(gaz, prevM));
  // "the US state of Georgia", "Russia's region of Kursk": a country, a unit's name, then "of".
  if (
    prevM &&
    prevM.last === m.first - 3 &&
    tokens[m.first - 1]?.lower === "of" &&
    ADMIN_NOUNS.has(tokens[m.first - 2]?.lower ?? "")
  )
    hints.push(...countryCodesOf(gaz, prevM));
  const bits = single ? wordBits(gaz, first.lower) : 0;
  const ctx: MentionContext = {
    cue: hasCue(tokens, m.first) || isDateline(tokens, m.first, m.last),
    commonWord: (bits & COMMON_WORD) !== 0,
    firstName: (bits & FIRST_NAME) !== 0,
    inNameRun,
    beforeName,
    allCaps: first.allCaps,
    hintCountries: hints,
    qualifiedBy: qualified && isContainerMention(gaz, nextM) ? i + 1 : null,
    qualifies: null,
  };
  return ctx;
}
