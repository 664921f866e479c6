import { z } from "zod";

/** An office-holder or spokesperson whose name identifies their role and affiliation. */
export const personSchema = z.object({
  /** The name in its usual English-press spelling. */
  name: z.string().min(2),
  /** Other spellings and transliterations ("Cavusoglu", "Chavushoglu"); the surname alone is implied. */
  variants: z.array(z.string().min(2)).default([]),
  role: z.string().min(2),
  /** Actor id of the country or organisation the person speaks for. */
  affiliation: z.string().min(2),
});

/** A country, organisation or non-state party that can act or speak. */
export const actorSchema = z.object({
  /** ISO 3166-1 alpha-2 for countries, upper-case short ids for organisations, lower-case for non-state. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/),
  kind: z.enum(["country", "organisation", "non-state"]),
  /** Names and aliases; an all-capitals alias up to 5 letters ("US", "WHO") matches only in capitals. */
  names: z.array(z.string().min(2)).min(1),
  /** Adjectives and nouns of nationality ("Armenian", "Armenians"). */
  demonyms: z.array(z.string().min(2)).default([]),
  /** Seats of power used for the government ("Kremlin", "Ankara"): counted only when they act or speak. */
  metonyms: z.array(z.string().min(2)).default([]),
});

/** data/actors.json and data/regions/<id>/actors.json share this shape. */
export const actorLexiconFileSchema = z.object({
  actors: z.array(actorSchema).default([]),
  people: z.array(personSchema).default([]),
  /**
   * Who each party fights, so that "enemy soldiers" claimed by one side can be attributed to the other.
   * Only filled in by region files.
   */
  opponents: z.record(z.string(), z.array(z.string())).default({}),
  /**
   * Whose people suffer at a place when the text does not say: in wars between states, a place in one
   * of `countries` is that state's own; `places` names towns held by a party other than their country
   * (Armenian-held Karabakh), by name or by the last part of the gazetteer id ("martuni-kb"). Civil
   * wars are left out on purpose: their civilians belong to no side.
   */
  placeParties: z
    .object({
      countries: z.array(z.string()).default([]),
      places: z.record(z.string(), z.array(z.string())).default({}),
    })
    .default({ countries: [], places: {} }),
});

export type PersonEntry = z.infer<typeof personSchema>;
export type ActorEntry = z.infer<typeof actorSchema>;
export type ActorLexiconFile = z.infer<typeof actorLexiconFileSchema>;
