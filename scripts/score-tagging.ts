/**
 * Scores the tagging engine against the labelled evaluation set and prints precision, recall and F1
 * per category, with breakdowns. A report, not a gate: it exits 0 whenever it ran.
 *
 *   npm run eval:tagging -- [--region south-caucasus] [--verbose] [--by-phenomenon] [--by-event-type]
 *                           [--conflict sudan] [--phenomenon blind] [--file path.jsonl]
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadEvalSet } from "./eval/eval-set";
import { breakdown, categoryTable, eventTypeTable, fieldLines, verboseLines } from "./eval/report";
import { scoreItem, type TaggerLike } from "./eval/run";

const repoRoot = path.resolve(import.meta.dirname, "..");

function hasTaggingModule(): boolean {
  const dir = path.join(repoRoot, "lib", "tagging");
  return ["index.ts", "index.tsx"].some((f) => existsSync(path.join(dir, f))) || existsSync(`${dir}.ts`);
}

/** Loads lib/tagging by a computed specifier, so this script type-checks before the engine exists. */
async function loadEngine(regionId: string): Promise<TaggerLike> {
  const specifier = "@/lib/tagging";
  const mod: unknown = await import(specifier);
  if (
    typeof mod !== "object" ||
    mod === null ||
    !("loadTagger" in mod) ||
    typeof mod.loadTagger !== "function"
  ) {
    throw new Error("lib/tagging does not export loadTagger()");
  }
  const tagger: unknown = await mod.loadTagger({ regionId });
  if (
    typeof tagger !== "object" ||
    tagger === null ||
    !("tag" in tagger) ||
    typeof tagger.tag !== "function"
  ) {
    throw new Error("loadTagger() did not return an object with tag()");
  }
  const tag = tagger.tag.bind(tagger) as (input: unknown) => unknown;
  return { tag: (input) => tag(input) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      region: { type: "string", default: "south-caucasus" },
      verbose: { type: "boolean", default: false },
      "by-phenomenon": { type: "boolean", default: false },
      "by-event-type": { type: "boolean", default: false },
      conflict: { type: "string" },
      phenomenon: { type: "string" },
      file: { type: "string", default: path.join(repoRoot, "data", "eval", "labelled.jsonl") },
    },
  });
  const all = loadEvalSet(values.file);
  const phenomenon = values.phenomenon;
  const items = all.filter(
    (i) =>
      (!values.conflict || i.conflict === values.conflict) &&
      (!phenomenon || i.phenomena.includes(phenomenon)),
  );
  if (!hasTaggingModule()) {
    console.log(
      `lib/tagging is not there yet: nothing to score. The evaluation set is ready (${all.length} items in ${path.relative(repoRoot, values.file)}).`,
    );
    return;
  }
  const tagger = await loadEngine(values.region);
  const results = items.map((item) => scoreItem(item, tagger));
  const errors = results.filter((r) => r.error).length;
  console.log(`Tagging evaluation: ${items.length} items, region profile ${values.region}\n`);
  console.log(categoryTable(results).join("\n"));
  console.log("\nF1 by conflict:");
  console.log(breakdown(results, (r) => r.item.conflict).join("\n"));
  console.log("\nF1 by style:");
  console.log(breakdown(results, (r) => r.item.style).join("\n"));
  console.log(`\n${fieldLines(results).join("\n")}`);
  if (values["by-phenomenon"]) {
    console.log("\nF1 by phenomenon (an item counts under each of its phenomena):");
    console.log(breakdown(results, (r) => r.item.phenomena).join("\n"));
  }
  if (values["by-event-type"]) {
    console.log("\nEvent types, each over all items:");
    console.log(eventTypeTable(results).join("\n"));
  }
  if (errors)
    console.log(`\n${errors} item(s) failed in the tagger (counted as tagged empty); see --verbose`);
  if (values.verbose)
    console.log(`\nMisses and false positives per item:\n${verboseLines(results).join("\n")}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
