import type { OUTLET_RELATIONS } from "../config/schema";

export type OutletRelation = (typeof OUTLET_RELATIONS)[number];

/** An outlet and its relation to the conflict, shown beside every claim and statement it supports. */
export interface OutletInfo {
  id: string;
  name: string;
  relation: OutletRelation;
  /** Actor id of the party the outlet belongs to or is based in, when it is one. */
  party: string | null;
}

/** An actor's display name, for labels and legends. */
export interface ActorInfo {
  id: string;
  name: string;
}

/** What every panel needs to know about the region and its sources; plain data, client-safe. */
export interface DashboardContext {
  region: {
    id: string;
    name: string;
    timeZone: string;
    bounds: { south: number; west: number; north: number; east: number };
  };
  /** By outlet id (SourceRef.outlet). */
  outlets: Record<string, OutletInfo>;
  /** By actor id (claim party and claimant, statement affiliation). */
  actors: Record<string, ActorInfo>;
  /** The parties to the conflict and whom each fights, from the region's actor lexicon. */
  opponents: Record<string, string[]>;
  /** A raster tile URL template and its attribution, when configured for online use. */
  tiles: { url: string; attribution: string } | null;
}

/** Which fact the reader has selected; panels highlight what is linked to it. */
export type Selection =
  | { kind: "incident"; id: number }
  | { kind: "claim"; id: number }
  | { kind: "statement"; id: number }
  | null;
