import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Options, RegionProfile } from "../lib/config/schema";
import { actorLexiconFileSchema } from "../lib/tagging";
import type { ActorInfo, DashboardContext, OutletInfo } from "../lib/types/dashboard";

/**
 * Actor display names and who fights whom, from the global lexicon and the region's additions. A name
 * comes from the first file that has the actor: the region's entries for a country add aliases (its army,
 * its ministries), they do not rename it.
 */
function actorLexicon(
  dataDir: string,
  regionId: string,
): { actors: Record<string, ActorInfo>; opponents: Record<string, string[]> } {
  const files = [path.join(dataDir, "actors.json"), path.join(dataDir, "regions", regionId, "actors.json")];
  const actors: Record<string, ActorInfo> = {};
  const opponents: Record<string, string[]> = {};
  for (const file of files.filter((f) => existsSync(f))) {
    const lexicon = actorLexiconFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    for (const actor of lexicon.actors)
      actors[actor.id] ??= { id: actor.id, name: actor.names[0] ?? actor.id };
    for (const [party, foes] of Object.entries(lexicon.opponents)) {
      opponents[party] = [...new Set([...(opponents[party] ?? []), ...foes])];
    }
  }
  return { actors, opponents };
}

/** What the dashboard needs to know about the region, built once at start-up. */
export function dashboardContext(region: RegionProfile, options: Options, dataDir: string): DashboardContext {
  const outlets: Record<string, OutletInfo> = {};
  for (const outlet of region.outlets) {
    outlets[outlet.id] = {
      id: outlet.id,
      name: outlet.name,
      relation: outlet.relation,
      party: outlet.party ?? null,
    };
  }
  return {
    region: { id: region.id, name: region.name, timeZone: region.timeZone, bounds: region.bounds },
    outlets,
    ...actorLexicon(dataDir, region.id),
    tiles: options.tileUrl
      ? { url: options.tileUrl, attribution: options.tileAttribution ?? "Map tiles: configured tile server" }
      : null,
  };
}
