import type { ClaimView, IncidentView } from "../types/facts";
import type { PlacePrecision } from "../types/tags";

/** Single-incident claims grouped by incident id, built once per claims array. */
export function claimsByIncident(claims: readonly ClaimView[]): Map<number, ClaimView[]> {
  const byIncident = new Map<number, ClaimView[]>();
  for (const claim of claims) {
    if (claim.incidentId === null) continue;
    const list = byIncident.get(claim.incidentId);
    if (list) list.push(claim);
    else byIncident.set(claim.incidentId, [claim]);
  }
  return byIncident;
}

/**
 * People reported killed, injured, missing or captured in one incident. Rival figures for the same
 * losses (same kind, same party, same civilian status) are alternatives, not additions: the largest is
 * taken. Different losses (civilians and soldiers, or two parties) do add up.
 */
export function incidentCasualties(claims: readonly ClaimView[]): number {
  const largest = new Map<string, number>();
  for (const claim of claims) {
    if (!Number.isFinite(claim.count) || claim.count <= 0) continue;
    const key = `${claim.kind}|${claim.civilian}|${claim.party ?? ""}`;
    largest.set(key, Math.max(largest.get(key) ?? 0, claim.count));
  }
  let total = 0;
  for (const count of largest.values()) total += count;
  return total;
}

export type SizeBy = "casualties" | "sources";

/** What a marker's size stands for: people reported hit, or the number of articles reporting it. */
export function incidentMagnitude(incident: IncidentView, claims: readonly ClaimView[], by: SizeBy): number {
  return by === "sources" ? incident.sources.length : incidentCasualties(claims);
}

export interface Representation {
  /** pin: an exact site; area: somewhere within a circle; approximate: only the country is known. */
  kind: "pin" | "area" | "approximate";
  /** Radius of the area drawn around an imprecise site, in metres. */
  radiusMetres: number | null;
  /** Words for the legend and the popup. */
  label: string;
}

const REPRESENTATION: Record<PlacePrecision, Representation> = {
  city: { kind: "pin", radiusMetres: null, label: "town or city (exact site)" },
  district: { kind: "area", radiusMetres: 15_000, label: "somewhere in a district (about 15 km)" },
  region: { kind: "area", radiusMetres: 60_000, label: "somewhere in a region (about 60 km)" },
  country: { kind: "approximate", radiusMetres: null, label: "only the country is known (≈ centre)" },
};

/** How honestly to draw a place of a given precision. */
export function placeRepresentation(precision: PlacePrecision): Representation {
  return REPRESENTATION[precision];
}

/**
 * "Stepanakert — also Khankendi": the place name with its other names, for contested places. A gazetteer
 * may hold a dozen spellings in as many scripts; the first few say enough, the count says the rest.
 */
export function placeWithAltNames(place: { name: string; altNames: readonly string[] }, max = 3): string {
  const others = [...new Set(place.altNames)].filter((alt) => alt && alt !== place.name);
  if (others.length === 0) return place.name;
  const shown = others.slice(0, max).join(", ");
  const rest = others.length - max;
  return `${place.name} — also ${shown}${rest > 0 ? ` and ${rest} more` : ""}`;
}

const QUALIFIER_PREFIX: Record<Exclude<ClaimView["qualifier"], "vague">, string> = {
  exact: "",
  "at least": "at least ",
  "more than": "more than ",
  about: "about ",
  "up to": "up to ",
};

const WHO: Record<ClaimView["civilian"], [string, string]> = {
  civilian: ["civilian", "civilians"],
  military: ["soldier", "soldiers"],
  unknown: ["", ""],
};

/** "at least 5 civilians killed", "“dozens” (read as 24) injured": a figure with its hedge kept. */
export function figureText(
  claim: Pick<ClaimView, "kind" | "count" | "qualifier" | "vagueWord" | "civilian">,
): string {
  const [one, many] = WHO[claim.civilian];
  const who = claim.count === 1 ? one : many;
  const count =
    claim.qualifier === "vague"
      ? `“${claim.vagueWord ?? "several"}” (read as ${claim.count})`
      : `${QUALIFIER_PREFIX[claim.qualifier]}${claim.count}`;
  return who ? `${count} ${who} ${claim.kind}` : `${count} ${claim.kind}`;
}
