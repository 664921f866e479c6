/**
 * The tags the tagging engine derives from one article. Every tag carries its evidence: the exact span
 * of the tagged text that supports it, so that a reader can see why the system believes it.
 *
 * Offsets are UTF-16 code-unit offsets into the text the tagger was given, which is always
 * `taggedText(title, text)`.
 */

/** The exact text that supports a tag, with its offsets into `taggedText(title, text)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export type CasualtyKind = "killed" | "injured" | "missing" | "captured";
export type CountQualifier = "exact" | "at least" | "more than" | "about" | "up to" | "vague";
export type Civilian = "civilian" | "military" | "unknown";

/** One claim of people killed, injured, missing or captured. */
export interface CasualtyClaim {
  kind: CasualtyKind;
  count: number;
  qualifier: CountQualifier;
  /** The vague word as written ("dozens") when qualifier is "vague". */
  vagueWord?: string;
  civilian: Civilian;
  /** Actor id of the party that suffered the losses, or null when the text does not say. */
  party: string | null;
  /** Actor id of the party that makes the claim, or null when the text does not say. */
  claimedBy: string | null;
  /** A running toll ("the toll rose to 31") rather than one incident's figure. */
  cumulative: boolean;
  evidence: Evidence;
}

export type PlacePrecision = "city" | "district" | "region" | "country";
export type PlaceRole = "incident" | "mentioned";

/** A toponym resolved to a gazetteer entry. */
export interface PlaceTag {
  /** Stable gazetteer id ("geonames:587084" or "region:south-caucasus:stepanakert"). */
  id: string;
  /** The place's preferred name. */
  name: string;
  /** Other names of the same place (contested double names, transliterations). */
  altNames: string[];
  lat: number;
  lon: number;
  type: PlacePrecision;
  /** ISO 3166-1 alpha-2 code of the country the place lies in, as the gazetteer has it. */
  country: string;
  role: PlaceRole;
  evidence: Evidence;
}

/** Something someone said, quoted directly or reported. */
export interface StatementTag {
  /** A name when one is given, else the role as written ("a spokesman for the ICRC"). */
  speaker: string;
  role: string | null;
  /** Actor id of the speaker's country or organisation. */
  affiliation: string | null;
  quote: string;
  direct: boolean;
  evidence: Evidence;
}

/** An actor id from the actor lexicon ("AM", "AZ", "NATO", "ICRC"...). */
export type ActorId = string;

export const EVENT_TYPES = [
  "armed-clash",
  "shelling",
  "missile-strike",
  "air-drone-strike",
  "attack-on-civilians",
  "ceasefire",
  "ceasefire-violation",
  "peace-talks",
  "arms-transfer",
  "mobilisation",
  "displacement-humanitarian",
  "protest",
  "statement-diplomacy",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Everything the tagger found in one article. */
export interface ArticleTags {
  casualties: CasualtyClaim[];
  places: PlaceTag[];
  statements: StatementTag[];
  actors: ActorId[];
  eventTypes: EventType[];
}

/** What the tagger reads. */
export interface TagInput {
  id?: string;
  title: string;
  text: string;
  /** ISO 8601 time the article was published. */
  published?: string;
  /** The outlet's name or feed URL. */
  source?: string;
}

/** The single string evidence offsets point into. */
export function taggedText(title: string, text: string): string {
  return text ? `${title}\n\n${text}` : title;
}

export function emptyTags(): ArticleTags {
  return { casualties: [], places: [], statements: [], actors: [], eventTypes: [] };
}
