import type { PlaceRole, PlaceTag } from "@/lib/types/tags";
import { isActorUse } from "./actor-use";
import { type Candidate, placeNamesOf } from "./candidates";
import { contextOf, countryCodesOf } from "./context";
import { demonymOfFolded } from "./countries";
import type { Gazetteer } from "./gazetteer";
import { PLACE_ADJECTIVES, PLACE_NOUNS, SPEECH_VERBS } from "./lexicon";
import { findMentions, type Mention } from "./mentions";
import { contains, type MentionContext, resolveMentions } from "./resolve";
import { type PlaceKind, placeRole, roleScene } from "./role";
import { type Token, titleCaseSentences, tokenize } from "./tokens";

/** Countries named in the text, and countries behind its demonyms ("Armenian forces"). */
function textCountries(gaz: Gazetteer, tokens: Token[], mentions: Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    for (const code of countryCodesOf(gaz, m)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  for (const t of tokens) {
    if (!t.cap) continue;
    const code = demonymOfFolded(gaz.demonyms, t.folded);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** A list ("Stepanakert, Shushi and Martuni were shelled") shares one role; "X, Y's city" is no list. */
function listedWith(tokens: Token[], a: Mention, b: Mention): boolean {
  if (tokens[a.last]?.possessive || tokens[b.last]?.possessive) return false;
  // "..., in the Tavush region, Baku said": a speaker after a comma closes the list.
  const after = tokens[b.last + 1]?.lower ?? "";
  if (SPEECH_VERBS.has(after)) return false;
  const gap = tokens[a.last]?.gapAfter ?? "";
  const mid = tokens[a.last + 1];
  if (b.first === a.last + 1) return /^\s*[,/+&]\s*$/.test(gap);
  return b.first === a.last + 2 && mid !== undefined && (mid.lower === "and" || mid.lower === "or");
}

// Words between a place and its container: "Mekelle, the capital of Tigray", "Adre in Chad".
const CONTAINER_LINK = new Set([
  "the",
  "capital",
  "city",
  "town",
  "village",
  "district",
  "region",
  "province",
]);

/**
 * Whether mention b names a country or region that holds mention a and is written as its container:
 * "Adre in Chad", "the Tartar district of Azerbaijan", "Mekelle, the capital of Tigray".
 */
function containerAfter(tokens: Token[], a: Mention, b: Mention): boolean {
  // "in southern Tigray": direction words may stand between the link and the container.
  let linkAt = b.first - 1;
  while (linkAt > a.last && PLACE_ADJECTIVES.has(tokens[linkAt]?.lower ?? "")) linkAt--;
  const link = tokens[linkAt]?.lower;
  if (b.first - a.last > 6 || (link !== "in" && link !== "of")) return false;
  for (let k = a.last + 1; k < linkAt; k++) {
    const t = tokens[k];
    if (!t || t.cap || !CONTAINER_LINK.has(t.lower)) return false;
  }
  return true;
}

/** "Azerbaijan's Tartar district", "Russia's Kursk region": a possessive container before its place. */
function containerBefore(tokens: Token[], a: Mention, b: Mention): boolean {
  if (!tokens[a.last]?.possessive || b.first - a.last > 3) return false;
  for (let k = a.last + 1; k < b.first; k++) {
    const t = tokens[k];
    if (!t || t.cap || !(PLACE_ADJECTIVES.has(t.lower) || PLACE_NOUNS.has(t.lower))) return false;
  }
  return true;
}

function rolesOf(
  tokens: Token[],
  mentions: Mention[],
  contexts: MentionContext[],
  chosen: Array<Candidate | null>,
): PlaceRole[] {
  const scene = roleScene(
    tokens,
    mentions.map((m) => m.first),
  );
  const roles: PlaceRole[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const c = chosen[i];
    const kind: PlaceKind =
      c?.type === "country" ? "country" : c?.capital ? "capital" : c?.type === "region" ? "region" : "place";
    roles.push(contexts[i]?.qualifies !== null ? "mentioned" : placeRole(scene, m.first, m.last, kind));
  }
  // The container of a named site is mentioned, the site is where it happened.
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1] as Mention;
    const b = mentions[i] as Mention;
    const inner = chosen[i - 1];
    const outer = chosen[i];
    if (inner && outer && contains(outer, inner) && containerAfter(tokens, a, b)) roles[i] = "mentioned";
    if (inner && outer && contains(inner, outer) && containerBefore(tokens, a, b)) roles[i - 1] = "mentioned";
  }
  // Forwards, then backwards, so that any member passes "incident" to the whole list.
  const linked: boolean[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    linked.push(contexts[i + 1]?.qualifies === null && listedWith(tokens, a, b));
  }
  for (let i = 0; i < linked.length; i++) if (linked[i] && roles[i] === "incident") roles[i + 1] = "incident";
  for (let i = linked.length - 1; i >= 0; i--)
    if (linked[i] && roles[i + 1] === "incident") roles[i] = "incident";
  settingsOfSites(tokens, mentions, chosen, roles);
  return roles;
}

/**
 * "Fighting raged in Nagorno-Karabakh as drones struck Martakert": a region or country whose own
 * sentence names a site inside it is that site's setting, mentioned; the site is where it happened.
 */
function settingsOfSites(
  tokens: Token[],
  mentions: Mention[],
  chosen: Array<Candidate | null>,
  roles: PlaceRole[],
): void {
  const sites = roles.map((r) => r === "incident");
  for (let i = 0; i < mentions.length; i++) {
    const outer = chosen[i];
    if (!sites[i] || !outer || (outer.type !== "region" && outer.type !== "country")) continue;
    const sentence = tokens[(mentions[i] as Mention).first]?.sentence;
    for (let j = 0; j < mentions.length; j++) {
      const inner = chosen[j];
      if (j === i || !sites[j] || !inner || tokens[(mentions[j] as Mention).first]?.sentence !== sentence)
        continue;
      if (contains(outer, inner)) {
        roles[i] = "mentioned";
        break;
      }
    }
  }
}

/**
 * Finds the places a text names; see index.ts for the rules. The region is the one the gazetteer was
 * loaded for; `ctx.regionId` is accepted for the engine's calling convention and not read.
 */
export function findPlaces(gaz: Gazetteer, text: string, _ctx: { regionId?: string } = {}): PlaceTag[] {
  const tokens = tokenize(text);
  const mentions = findMentions(gaz, tokens);
  if (mentions.length === 0) return [];
  const titled = titleCaseSentences(tokens);
  const contexts: MentionContext[] = [];
  for (let i = 0; i < mentions.length; i++) contexts.push(contextOf(gaz, tokens, mentions, i, titled));
  for (let i = 0; i < contexts.length; i++) {
    const q = contexts[i]?.qualifiedBy;
    const target = q !== null && q !== undefined ? contexts[q] : undefined;
    if (target) target.qualifies = i;
  }
  const chosen = resolveMentions(gaz, mentions, contexts, textCountries(gaz, tokens, mentions));
  // A qualifier holds only if the chosen places nest ("Atlanta, Georgia"; not "Armenia, Azerbaijan").
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i] as MentionContext;
    if (c.qualifies === null) continue;
    const inner = chosen[c.qualifies];
    const outer = chosen[i];
    if (!(inner && outer && contains(outer, inner))) c.qualifies = null;
  }
  const roles = rolesOf(tokens, mentions, contexts, chosen);
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i];
    const m = mentions[i] as Mention;
    const ctx = contexts[i] as MentionContext;
    const nextFirst = mentions[i + 1]?.first ?? null;
    const prev = mentions[i - 1];
    // In a list ("in Gedaref, Khartoum"), a member after a kept place is a place too.
    const followsKept =
      prev !== undefined && chosen[i - 1] !== null && ctx.qualifies === null && listedWith(tokens, prev, m);
    const role = roles[i] ?? "mentioned";
    if (c && isActorUse(tokens, m.first, m.last, c, role, ctx.qualifies !== null, nextFirst, followsKept)) {
      chosen[i] = null;
    }
  }
  return toTags(gaz, text, tokens, mentions, chosen, roles);
}

function toTags(
  gaz: Gazetteer,
  text: string,
  tokens: Token[],
  mentions: Mention[],
  chosen: Array<Candidate | null>,
  roles: PlaceRole[],
): PlaceTag[] {
  const byId = new Map<string, PlaceTag>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const c = chosen[i];
    if (!c) continue;
    const start = tokens[m.first]?.start ?? 0;
    const end = tokens[m.last]?.end ?? start;
    const role = roles[i] ?? "mentioned";
    const existing = byId.get(c.id);
    if (existing) {
      if (existing.role === "incident" || role !== "incident") continue;
      existing.role = "incident";
      existing.evidence = { text: text.slice(start, end), start, end };
      continue;
    }
    const { name, altNames } = placeNamesOf(gaz, c);
    const written = text.slice(start, end);
    byId.set(c.id, {
      id: c.id,
      name,
      altNames: altNames.length > 0 || written === name ? altNames : [written],
      lat: Math.round(c.lat * 1e5) / 1e5,
      lon: Math.round(c.lon * 1e5) / 1e5,
      type: c.type,
      country: c.country,
      role,
      evidence: { text: written, start, end },
    });
  }
  return [...byId.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
