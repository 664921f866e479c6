import path from "node:path";
import { buildDemonyms, readCountryExtras } from "./countries";

let table: Map<string, string> | null = null;

/** The demonym table for callers without a gazetteer, built once from the default data directory. */
export function demonymTable(dataDir = path.resolve(process.cwd(), "data")): Map<string, string> {
  if (!table) table = buildDemonyms(readCountryExtras(dataDir));
  return table;
}
