import type { ArticleTags, CasualtyClaim, EventType } from "@/lib/types/tags";
import { eventTypesIn } from "./events";
import { fold } from "./text";

/** Where and when one event type happened. `time` is an ISO 8601 string or epoch milliseconds. */
export interface IncidentKey {
  type: EventType;
  lat: number;
  lon: number;
  time: string | number;
}

/** The same incident is the same type, within this distance and this time of each other. */
export const SAME_INCIDENT_KM = 15;
export const SAME_INCIDENT_MS = 24 * 3600 * 1000;

/** Great-circle distance in kilometres. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const ms = (t: string | number): number => (typeof t === "number" ? t : Date.parse(t));

/** Same type, sites within 15 km, times within 24 h. */
export function sameIncident(a: IncidentKey, b: IncidentKey): boolean {
  if (a.type !== b.type) return false;
  const dt = Math.abs(ms(a.time) - ms(b.time));
  if (!Number.isFinite(dt) || dt > SAME_INCIDENT_MS) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= SAME_INCIDENT_KM;
}

/** Event types that happen at a site; talks, statements and arms deals are not incidents on a map. */
export const SITED_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  "armed-clash",
  "shelling",
  "missile-strike",
  "air-drone-strike",
  "attack-on-civilians",
  "ceasefire-violation",
  "protest",
  "displacement-humanitarian",
]);

/** One article's report of an incident. */
export interface IncidentReport extends IncidentKey {
  placeId: string;
  placeName: string;
  source: string;
  articleId: string;
  /** Single-incident casualty claims of the article (running tolls are not one incident's). */
  casualties: CasualtyClaim[];
}

/**
 * The incidents an article reports: each incident-site place with the sited event types of its own
 * sentence (else of the whole article). Pure; `time` is the article's published time.
 */
export function incidentReports(
  text: string,
  tags: ArticleTags,
  meta: { articleId: string; source: string; time: string | number },
): IncidentReport[] {
  const articleTypes = tags.eventTypes.filter((t) => SITED_TYPES.has(t));
  const single = tags.casualties.filter((c) => !c.cumulative);
  const out: IncidentReport[] = [];
  for (const p of tags.places) {
    if (p.role !== "incident" || p.type === "country") continue;
    const sentence = sentenceAround(text, p.evidence.start, p.evidence.end);
    const local = eventTypesIn(fold(sentence)).filter((t) => SITED_TYPES.has(t));
    const types = local.length > 0 ? local : articleTypes.slice(0, 1);
    for (const type of types) {
      if (out.some((o) => o.placeId === p.id && o.type === type)) continue;
      out.push({
        type,
        lat: p.lat,
        lon: p.lon,
        time: meta.time,
        placeId: p.id,
        placeName: p.name,
        source: meta.source,
        articleId: meta.articleId,
        casualties: single,
      });
    }
  }
  return out;
}

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf(". ", start);
  const nl = text.lastIndexOf("\n", start);
  const from = Math.max(before + 1, nl + 1, 0);
  const stop = text.slice(end).search(/[.!?](\s|$)|\n/);
  return text.slice(from, stop < 0 ? text.length : end + stop + 1);
}

/** An incident merged across the articles and outlets that report it. */
export interface Incident extends IncidentKey {
  placeId: string;
  placeName: string;
  firstSeen: number;
  lastSeen: number;
  sources: string[];
  articleIds: string[];
}

/** Merge reports of the same incident (same type, ≤15 km, ≤24 h) and count their sources. */
export function mergeIncidents(reports: IncidentReport[]): Incident[] {
  const out: Incident[] = [];
  const sorted = [...reports].sort((a, b) => ms(a.time) - ms(b.time));
  for (const r of sorted) {
    const t = ms(r.time);
    // Measured from the first report, so that a place shelled every day does not chain into one incident.
    const hit = out.find((i) => sameIncident(i, r));
    if (!hit) {
      out.push({
        type: r.type,
        lat: r.lat,
        lon: r.lon,
        time: r.time,
        placeId: r.placeId,
        placeName: r.placeName,
        firstSeen: t,
        lastSeen: t,
        sources: [r.source],
        articleIds: [r.articleId],
      });
      continue;
    }
    if (!hit.sources.includes(r.source)) hit.sources.push(r.source);
    if (!hit.articleIds.includes(r.articleId)) hit.articleIds.push(r.articleId);
    hit.lastSeen = Math.max(hit.lastSeen, t);
  }
  return out;
}
