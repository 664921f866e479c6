import type { Logger } from "../lib/log";
import type { TagFn } from "../lib/worker/pipeline";

/** Loads the region's tagger once at start-up; the worker calls it for every kept item. */
export async function loadTagFn(_regionId: string, _root: string, _log: Logger): Promise<TagFn | null> {
  return null;
}
