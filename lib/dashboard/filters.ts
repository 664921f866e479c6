import type { ClaimView, IncidentView, SourceRef, StatementView } from "../types/facts";
import { EVENT_TYPES, type EventType } from "../types/tags";

export const TIME_WINDOWS = ["24h", "7d", "30d", "all"] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

const WINDOW_MS: Record<TimeWindow, number> = {
  "24h": 86_400_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
  all: Number.POSITIVE_INFINITY,
};

/** The one filter bar's state; it lives in the URL so that a view can be shared or bookmarked. */
export interface Filters {
  window: TimeWindow;
  actors: string[];
  eventTypes: EventType[];
  /** Place names (as the gazetteer names them). */
  places: string[];
  /** Free text, matched case-insensitively against the facts' words and their sources' titles. */
  q: string;
}

export const NO_FILTERS: Filters = { window: "all", actors: [], eventTypes: [], places: [], q: "" };

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads filters from URL search parameters; unknown values are dropped, never an error. */
export function parseFilters(params: URLSearchParams): Filters {
  const window = params.get("window");
  return {
    window: (TIME_WINDOWS as readonly string[]).includes(window ?? "") ? (window as TimeWindow) : "all",
    actors: list(params.get("actors")),
    eventTypes: list(params.get("types")).filter((t): t is EventType =>
      (EVENT_TYPES as readonly string[]).includes(t),
    ),
    places: list(params.get("places")),
    q: (params.get("q") ?? "").trim(),
  };
}

/** Writes filters as URL search parameters, leaving defaults out so that URLs stay short. */
export function serialiseFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.window !== "all") params.set("window", filters.window);
  if (filters.actors.length) params.set("actors", filters.actors.join(","));
  if (filters.eventTypes.length) params.set("types", filters.eventTypes.join(","));
  if (filters.places.length) params.set("places", filters.places.join(","));
  if (filters.q) params.set("q", filters.q);
  return params;
}

function inWindow(iso: string, filters: Filters, now: number): boolean {
  return filters.window === "all" || now - Date.parse(iso) <= WINDOW_MS[filters.window];
}

function textMatches(filters: Filters, words: Array<string | null>, sources: SourceRef[]): boolean {
  if (!filters.q) return true;
  const needle = filters.q.toLocaleLowerCase();
  return (
    words.some((word) => word?.toLocaleLowerCase().includes(needle)) ||
    sources.some((source) => source.title.toLocaleLowerCase().includes(needle))
  );
}

const anyOf = (wanted: string[], values: Array<string | null>) =>
  wanted.length === 0 || values.some((value) => value !== null && wanted.includes(value));

/**
 * Applies the filter bar to all three panels alike. A claim passes the place and event-type filters
 * through its incident; a statement has no place or event type, so those filters do not hide it.
 */
export function applyFilters(
  data: { claims: ClaimView[]; incidents: IncidentView[]; statements: StatementView[] },
  filters: Filters,
  now: number,
): { claims: ClaimView[]; incidents: IncidentView[]; statements: StatementView[] } {
  const incidents = data.incidents.filter(
    (incident) =>
      inWindow(incident.lastReportedAt, filters, now) &&
      anyOf(filters.eventTypes, [incident.eventType]) &&
      anyOf(filters.actors, incident.actors) &&
      anyOf(filters.places, [incident.place.name]) &&
      textMatches(
        filters,
        [incident.place.name, incident.eventType, ...incident.place.altNames],
        incident.sources,
      ),
  );
  const incidentIds = new Set(incidents.map((incident) => incident.id));
  const byPlaceOrType = filters.places.length > 0 || filters.eventTypes.length > 0;
  const claims = data.claims.filter(
    (claim) =>
      inWindow(claim.reportedAt, filters, now) &&
      anyOf(filters.actors, [claim.party, claim.claimedBy]) &&
      (!byPlaceOrType || (claim.incidentId !== null && incidentIds.has(claim.incidentId))) &&
      textMatches(filters, [claim.kind, claim.party, claim.claimedBy, claim.vagueWord], claim.sources),
  );
  const statements = data.statements.filter(
    (statement) =>
      inWindow(statement.reportedAt, filters, now) &&
      anyOf(filters.actors, [statement.affiliation]) &&
      textMatches(filters, [statement.speaker, statement.role, statement.quote], statement.sources),
  );
  return { claims, incidents, statements };
}
