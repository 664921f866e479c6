/**
 * A terse way to write labelled items by hand. Each item file calls these helpers; build.ts turns the
 * result into data/eval/labelled.jsonl after checking every label against the text it belongs to.
 */
import type { CasualtyKind, Civilian, CountQualifier, EventType, PlaceRole } from "@/lib/types/tags";
import { PLACES, type PlaceKey } from "./places";

export type Style = "wire" | "digest";
export type Conflict = "south-caucasus" | "ukraine" | "sudan" | "tigray" | "middle-east";

export interface ExpectedCasualty {
  kind: CasualtyKind;
  count: number;
  qualifier: CountQualifier;
  civilian: Civilian;
  party: string | null;
  claimedBy: string | null;
  cumulative: boolean;
}

export interface ExpectedPlace {
  name: string;
  lat: number;
  lon: number;
  type: "city" | "district" | "region" | "country";
  country: string;
  role: PlaceRole;
  /** The gazetteer key of this build, kept so that checks can see two labels of one place. */
  key: PlaceKey;
}

export interface ExpectedStatement {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  quote: string;
  direct: boolean;
}

export interface ItemSource {
  id: string;
  title: string;
  text: string;
  style: Style;
  conflict: Conflict;
  published?: string;
  source?: string;
  cas?: ExpectedCasualty[];
  places?: ExpectedPlace[];
  st?: ExpectedStatement[];
  actors: string[];
  ev: EventType[];
  /** Phenomena this item exercises that cannot be read off the labels (see README). */
  ph?: string[];
}

/** One casualty claim: kind, count, qualifier, civilian status, party, claimant, running toll. */
export function c(
  kind: CasualtyKind,
  count: number,
  qualifier: CountQualifier,
  civilian: Civilian,
  party: string | null,
  claimedBy: string | null,
  cumulative = false,
): ExpectedCasualty {
  return { kind, count, qualifier, civilian, party, claimedBy, cumulative };
}

/** A place by gazetteer key, its role ("i" incident, "m" mentioned) and the name as first written. */
export function p(key: PlaceKey, role: "i" | "m", name: string): ExpectedPlace {
  const g = PLACES[key];
  return {
    name,
    lat: g.lat,
    lon: g.lon,
    type: g.type,
    country: g.country,
    role: role === "i" ? "incident" : "mentioned",
    key,
  };
}

/** A statement; direct quotes are written with their parts joined when split around the speaker. */
export function s(
  speaker: string,
  role: string | null,
  affiliation: string | null,
  quote: string,
  direct: boolean,
): ExpectedStatement {
  return { speaker, role, affiliation, quote, direct };
}
