import { z } from "zod";

/**
 * The parts of a region profile that the tagging engine reads: its actor lexicon additions and its
 * gazetteer supplement. Owned by lib/tagging and lib/geo; the region schema embeds them.
 */
export const regionActorsSchema = z.array(z.unknown());
export const regionPlacesSchema = z.array(z.unknown());
