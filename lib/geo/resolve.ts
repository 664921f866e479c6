import { type Candidate, expandRefs } from "./candidates";
import type { Gazetteer } from "./gazetteer";
import { distanceKm } from "./links";
import type { Mention } from "./mentions";

/** What the text around a mention says about it, read before choosing among its candidates. */
export interface MentionContext {
  /** A place cue stands right before it ("in", "near", "village of"). */
  cue: boolean;
  /** One capitalised word that is also a common English word ("Reading", "Police"). */
  commonWord: boolean;
  /** One capitalised word that is also a given name ("David", "Marvin"). */
  firstName: boolean;
  /** A single word inside a longer run of capitalised words that are not places (a name, an outlet). */
  inNameRun: boolean;
  /** Followed by a capitalised word that is no place or title: a first name ("David Bowie"). */
  beforeName: boolean;
  /** Written in capitals ("BAKU" in a dateline, or an acronym). */
  allCaps: boolean;
  /** Countries the text ties to this mention ("Martuni, Armenia", "Armenia's Gegharkunik"). */
  hintCountries: string[];
  /** Index of the mention right after it, after a comma, that may contain it ("Atlanta, Georgia"). */
  qualifiedBy: number | null;
  /** Index of the mention this one qualifies (the reverse link). */
  qualifies: number | null;
}

const ALT_NAME_SAFE_POPULATION = 1_000_000;
const FIRST_NAME_SAFE_POPULATION = 1_000_000;
const GIVEN_NAME_SAFE_POPULATION = 200_000;

/** Why a candidate is not taken at all, whatever its score. */
function admissible(
  gaz: Gazetteer,
  c: Candidate,
  m: MentionContext,
  countries: Map<string, number>,
): boolean {
  // A curated place before a surname is a given name ("Lachin Mammadov", "Ararat Mirzoyan").
  if (c.ref < 0)
    return (
      (!c.cueOnly || m.cue) &&
      !(m.beforeName && c.type !== "country" && c.population < FIRST_NAME_SAFE_POPULATION)
    );
  if (m.commonWord && !(m.cue && c.strong)) return false;
  if (m.inNameRun && !c.strong) return false;
  if (m.beforeName && c.population < FIRST_NAME_SAFE_POPULATION) return false;
  if (m.firstName && !m.cue && c.population < GIVEN_NAME_SAFE_POPULATION) return false;
  if (m.allCaps && !c.strong && !m.cue) return false;
  // An alternate name (old, foreign, a party's) of a GeoNames town needs a cue unless the town is big:
  // "Kiev" is safe, "Whitehall" as an old name of Atlanta is not.
  const familiar = gaz.detailCountries.has(c.country) || countries.has(c.country);
  if (!c.primary && !m.cue && c.population < ALT_NAME_SAFE_POPULATION && !familiar) return false;
  // A town abroad that is neither big nor in a country the text is about needs a place cue: such
  // words are far more often surnames and first names ("Obama", "Harper") than places.
  if (!m.cue && !c.strong && !familiar) return false;
  if (!m.cue && !gaz.focusCountries.has(c.country) && c.population < 5000) return false;
  return true;
}

/** Whether `outer` (a country or region) plausibly contains `inner`. */
export function contains(outer: Candidate, inner: Candidate): boolean {
  if (outer.id === inner.id || outer.country !== inner.country) return false;
  if (outer.type === "country") return true;
  if (outer.admin1 && inner.admin1) return outer.admin1 === inner.admin1;
  return distanceKm(outer.lat, outer.lon, inner.lat, inner.lon) < 250;
}

const NONE: readonly Candidate[] = [];

/** The context fields that admissible() reads, as bits. */
function contextFlags(m: MentionContext): number {
  return (
    (m.cue ? 1 : 0) |
    (m.commonWord ? 2 : 0) |
    (m.firstName ? 4 : 0) |
    (m.inNameRun ? 8 : 0) |
    (m.beforeName ? 16 : 0) |
    (m.allCaps ? 32 : 0)
  );
}

interface Scene {
  options: ReadonlyArray<readonly Candidate[]>;
  countryCounts: Map<string, number>;
  anchors: Candidate[];
}

function score(gaz: Gazetteer, c: Candidate, m: MentionContext, scene: Scene): number {
  const { countryCounts, anchors } = scene;
  let s = Math.log10(Math.max(c.population, 100));
  if (c.regional) s += 2;
  else if (c.supplement) s += 1;
  // The region's countries first, then the countries at war: a monitor of wars reads about them.
  if (gaz.focusCountries.has(c.country)) s += 1.5;
  else if (gaz.detailCountries.has(c.country)) s += 1;
  if (c.primary) s += 1;
  if (c.strong) s += 0.5;
  if (m.hintCountries.includes(c.country)) s += 3;
  if (m.qualifiedBy !== null && scene.options[m.qualifiedBy]?.some((q) => contains(q, c))) s += 6;
  if (m.qualifies !== null && scene.options[m.qualifies]?.some((q) => contains(c, q))) s += 6;
  // Countries named in the text tip the balance between namesakes but do not beat a big city's size.
  s += Math.min(1, 0.5 * (countryCounts.get(c.country) ?? 0));
  if (c.type !== "country") {
    let best = 0;
    for (const a of anchors) {
      if (a.id === c.id) continue;
      const d = distanceKm(a.lat, a.lon, c.lat, c.lon);
      best = Math.max(best, d < 100 ? 2.5 : d < 300 ? 1.5 : d < 1000 ? 0.5 : 0);
    }
    s += best;
  }
  return s;
}

/**
 * Chooses one place per mention, or none. Mentions with a single admissible candidate are anchors;
 * the others are scored against them, the countries named in the text, the region profile and
 * population, in that order of weight.
 */
export function resolveMentions(
  gaz: Gazetteer,
  mentions: Mention[],
  contexts: MentionContext[],
  textCountries: Map<string, number>,
): Array<Candidate | null> {
  const options = mentions.map((mention, i): readonly Candidate[] => {
    const ctx = contexts[i];
    if (!ctx) return NONE;
    const all = expandRefs(gaz, mention.refs);
    // Most names have one place: keep the shared array rather than filter into a new one.
    if (all.length === 1) return admissible(gaz, all[0] as Candidate, ctx, textCountries) ? all : NONE;
    return all.filter((c) => admissible(gaz, c, ctx, textCountries));
  });
  // Each place once: a town named ten times is one anchor, not ten distances to measure.
  const anchors: Candidate[] = [];
  const anchorIds = new Set<string>();
  for (const opts of options) {
    const only = opts[0];
    if (opts.length === 1 && only && only.type !== "country" && !anchorIds.has(only.id)) {
      anchorIds.add(only.id);
      anchors.push(only);
    }
  }
  const scene: Scene = { options, countryCounts: textCountries, anchors };
  // A name repeated with the same standing in the text is the same place: scored once. The key is the
  // name's entries and the context flags that decide which candidates are admissible.
  const settled = new Map<readonly number[], Map<number, Candidate | null>>();
  const chosen = options.map((opts, i) => {
    const ctx = contexts[i];
    if (!ctx || opts.length === 0) return null;
    if (opts.length === 1) return opts[0] ?? null;
    const refs = (mentions[i] as Mention).refs;
    const plain = ctx.hintCountries.length === 0 && ctx.qualifiedBy === null && ctx.qualifies === null;
    const flags = contextFlags(ctx);
    const seen = plain ? settled.get(refs) : undefined;
    if (seen?.has(flags)) return seen.get(flags) ?? null;
    let best: Candidate | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const c of opts) {
      const s = score(gaz, c, ctx, scene);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (plain) {
      if (seen) seen.set(flags, best);
      else settled.set(refs, new Map([[flags, best]]));
    }
    return best;
  });
  return chosen;
}
