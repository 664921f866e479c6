import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildLexicon, type Lexicon } from "./lexicon";
import { actorLexiconFileSchema } from "./lexicon-schema";

/** Where the project's data folder is when the caller does not say. */
export const DEFAULT_DATA_DIR = path.resolve(process.cwd(), "data");

function readLexiconFile(file: string) {
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const parsed = actorLexiconFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid actor lexicon ${file}: ${issues}`);
  }
  return parsed.data;
}

/**
 * Load the global actor lexicon (data/actors.json) and the region's additions
 * (data/regions/<regionId>/actors.json, optional) into one index.
 */
export function loadLexicon(dataDir: string, regionId: string): Lexicon {
  const files = [readLexiconFile(path.join(dataDir, "actors.json"))];
  const regional = path.join(dataDir, "regions", regionId, "actors.json");
  if (existsSync(regional)) files.push(readLexiconFile(regional));
  return buildLexicon(files);
}
