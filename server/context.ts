import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Options, RegionProfile } from "../lib/config/schema";
import { actorLexiconFileSchema } from "../lib/tagging";
import type { ActorInfo, DashboardContext, OutletInfo } from "../lib/types/dashboard";

/** Actor display names: the first name of each actor in the global lexicon and the region's additions. */
function actorNames(dataDir: string, regionId: string): Record<string, ActorInfo> {
  const files = [path.join(dataDir, "actors.json"), path.join(dataDir, "regions", regionId, "actors.json")];
  const actors: Record<string, ActorInfo> = {};
  for (const file of files.filter((f) => existsSync(f))) {
    const lexicon = actorLexiconFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    for (const actor of lexicon.actors) actors[actor.id] = { id: actor.id, name: actor.names[0] ?? actor.id };
  }
  return actors;
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
    actors: actorNames(dataDir, region.id),
    tiles: options.tileUrl
      ? { url: options.tileUrl, attribution: options.tileAttribution ?? "Map tiles: configured tile server" }
      : null,
  };
}
