import path from "node:path";
import type { Logger } from "../lib/log";
import { loadTagger } from "../lib/tagging";
import type { TagFn } from "../lib/worker/pipeline";

/**
 * Loads the region's tagger once at start-up. A tagger failure on one article is logged and the article
 * is stored untagged: a report is never lost because its facts could not be read.
 */
export function loadTagFn(regionId: string, root: string, log: Logger): TagFn {
  const tagger = loadTagger({ regionId, dataDir: path.join(root, "data") });
  log.info({ region: regionId, loadMs: Math.round(tagger.loadMs) }, "tagging engine loaded");
  return (input) => {
    try {
      return tagger.tag(input);
    } catch (error) {
      log.error({ err: error, title: input.title }, "tagging failed; the article is kept without tags");
      return null;
    }
  };
}
