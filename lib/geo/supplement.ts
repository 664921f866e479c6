import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type SupplementFile, supplementFileSchema } from "./schema";

/** Reads and validates one supplement file; a missing file is an empty supplement. */
export function readSupplement(file: string): SupplementFile {
  if (!existsSync(file)) return { places: [], notPlaces: [] };
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const parsed = supplementFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`invalid gazetteer supplement ${file}: ${parsed.error.message}`);
  }
  const keys = new Set<string>();
  for (const p of parsed.data.places) {
    if (keys.has(p.key)) throw new Error(`duplicate key "${p.key}" in gazetteer supplement ${file}`);
    keys.add(p.key);
  }
  return parsed.data;
}

export function regionSupplementPath(dataDir: string, regionId: string): string {
  return path.join(dataDir, "regions", regionId, "places.json");
}

export function globalSupplementPath(dataDir: string): string {
  return path.join(dataDir, "gazetteer", "places.json");
}
