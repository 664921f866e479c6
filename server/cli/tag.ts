/**
 * `npm run tag [-- --region NAME] [--data-dir DIR]`: reads JSON Lines of {"id","title","text",
 * "published"?,"source"?} on standard input and writes one JSON line of tags per input line. A line that
 * cannot be read gives {"line": N, "error": "..."} in its place (and on stderr); the rest goes on.
 * Blank lines are skipped. See lib/tagging/README.md for the output schema.
 */
import { once } from "node:events";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { loadTagger } from "@/lib/tagging";
import { outputRecord, parseTagLine } from "@/lib/tagging/jsonl";

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, "drain");
}

async function fail(lineNo: number, error: string): Promise<void> {
  const err = JSON.stringify({ line: lineNo, error });
  process.stderr.write(`${err}\n`);
  await write(err);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { region: { type: "string" }, "data-dir": { type: "string" } },
    allowPositionals: false,
  });
  const tagger = loadTagger({ regionId: values.region, dataDir: values["data-dir"] });
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === "") continue;
    const parsed = parseTagLine(line);
    if (!parsed.ok) {
      await fail(lineNo, parsed.error);
      continue;
    }
    try {
      await write(JSON.stringify(outputRecord(parsed.input.id, tagger.tag(parsed.input))));
    } catch (e) {
      await fail(lineNo, `tagging failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`tag: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
