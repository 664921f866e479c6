import type { ArticleTags, CasualtyClaim, EventType, PlaceTag, StatementTag } from "../types/tags";

/**
 * Event types that happen at a place: these make incidents when the article names an incident site.
 * The others (talks, arms deals, statements, a ceasefire as such) are not pinned to a site.
 * Listed most specific first: an article's incident takes the first of its types found here.
 */
export const LOCATED_EVENT_TYPES: readonly EventType[] = [
  "missile-strike",
  "air-drone-strike",
  "shelling",
  "attack-on-civilians",
  "ceasefire-violation",
  "armed-clash",
  "displacement-humanitarian",
  "mobilisation",
  "protest",
];

export interface IncidentCandidate {
  eventType: EventType;
  place: PlaceTag;
}

/** The incidents an article reports: its most specific located event type at each incident site. */
export function incidentCandidates(tags: ArticleTags): IncidentCandidate[] {
  const eventType = LOCATED_EVENT_TYPES.find((type) => tags.eventTypes.includes(type));
  if (!eventType) return [];
  const seen = new Set<string>();
  const out: IncidentCandidate[] = [];
  for (const place of tags.places) {
    if (place.role !== "incident" || seen.has(place.id)) continue;
    seen.add(place.id);
    out.push({ eventType, place });
  }
  return out;
}

/**
 * Identity of a figure: a running toll is the same claim whoever repeats it (the same party, kind,
 * status, claimant and number); a single-incident figure is the same claim only within one story.
 */
export function claimKey(claim: CasualtyClaim, storyId: number): string {
  const who = [claim.kind, claim.count, claim.civilian, claim.party ?? "-", claim.claimedBy ?? "-"].join("|");
  return claim.cumulative ? `toll|${who}` : `story:${storyId}|${who}`;
}

/** Folds a quote to its words, so that quotation marks, case and spacing do not split one statement in two. */
export function foldWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Identity of a statement: the speaker's last name and the first twelve words of what was said. */
export function statementKey(statement: StatementTag): string {
  const speaker = foldWords(statement.speaker).at(-1) ?? "";
  return `${speaker}|${foldWords(statement.quote).slice(0, 12).join(" ")}`;
}
