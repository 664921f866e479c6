import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { FeedError } from "./errors";
import { maybeGunzip } from "./fetch";
import { type IngestedFeed, ingestFeedBody } from "./ingest";

// The shared corpus of real feed files (third-party data, never copied into the project): every file
// must either ingest with the right number of items or fail with a clear FeedError.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpusDir = path.resolve(repoRoot, "../shared/feeds-corpus/real");
const manifestPath = path.join(corpusDir, "MANIFEST.tsv");

interface Row {
  file: string;
  format: string;
  declaredEncoding: string;
  itemCount: number;
  notes: string;
}

function readManifest(): Row[] {
  const [header, ...lines] = readFileSync(manifestPath, "utf8").split("\n").filter(Boolean);
  const columns = (header ?? "").split("\t");
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? "";
  return lines.map((line) => {
    const cells = line.split("\t");
    return {
      file: at(cells, "file"),
      format: at(cells, "format"),
      declaredEncoding: at(cells, "declared_encoding"),
      itemCount: Number(at(cells, "item_count")),
      notes: at(cells, "notes"),
    };
  });
}

// Where item_count (a grep of <item> tags) is not the true count: the nested items are not items.
const EXPECTED_OVERRIDES: Record<string, number> = { "node-feedparser__illegally-nested.xml": 10 };
// Files the corpus README names as mojibake at the source: they are valid UTF-8 that already reads wrong.
const SOURCE_MOJIBAKE = new Set([
  "arminreiter-FeedReader__Rss20LeMonde.xml",
  "arminreiter-FeedReader__Rss20YandexRussia.xml",
  "feed-rs__rss_2.0_ilmessaggero.xml",
]);
// Decoded titles that must show the right letters, so a wrong charset cannot pass unnoticed.
const EXPECTED_LETTERS: Record<string, RegExp> = {
  "miniflux__encoding_WINDOWS-1251.xml": /[А-Яа-яЁё]{3}/,
  "picoFeed__xakep.ru.xml": /[А-Яа-яЁё]{3}/,
  "node-feedparser__iconv.xml": /[А-Яа-яЁё]{3}/,
  "node-feedparser__compressed.xml": /[А-Яа-яЁё]{3}/,
  "miniflux__koi8r.xml": /[А-Яа-яЁё]{3}/,
  "prof18-RSS-Parser__feed-test-greek.xml": /[Α-Ωα-ωάέήίόύώ]{3}/,
  "RSParser__kc0011.rss": /[\u4e00-\u9fff]{2}/,
  "miniflux__encoding_ISO-8859-1.xml": /[äöüÄÖÜß]/,
  "rbren-rss-parser__uolNoticias.rss": /[áéíóúãõçÁÉÍÓÚÃÕÇ]/,
  "miniflux__no_encoding_ISO-8859-1.xml": /[éèêàçÉ]/,
};

const context = { timeZone: "UTC", fetchedAt: new Date("2030-01-01T00:00:00Z") };
const summary: string[] = [];
let totalMs = 0;

describe("feed corpus", { skip: !existsSync(manifestPath) && `no corpus at ${corpusDir}` }, () => {
  const rows = existsSync(manifestPath) ? readManifest() : [];
  after(() => {
    const lines = [...summary, `decode+parse+normalise of ${rows.length} files: ${totalMs.toFixed(0)} ms`];
    process.stdout.write(`\n${lines.join("\n")}\n`);
  });

  test("the manifest lists every file", () => assert.equal(rows.length, 79));

  for (const row of rows) {
    test(row.file, async () => {
      const bytes = maybeGunzip(readFileSync(path.join(corpusDir, row.file)));
      const feedUrl = `https://corpus.invalid/${row.file}`;
      const started = performance.now();
      let result: IngestedFeed | FeedError;
      try {
        result = await ingestFeedBody(bytes, null, { ...context, feedUrl, baseUrl: null });
      } catch (error) {
        assert.ok(error instanceof FeedError, `not a FeedError: ${String(error)}`);
        result = error;
      } finally {
        totalMs += performance.now() - started;
      }
      if (result instanceof FeedError) {
        summary.push(`${row.file.padEnd(72)} error (${result.code}): ${result.message}`);
        assert.ok(result.message.length > 10 && !result.message.includes("\n"), "message is one clear line");
        return;
      }
      summary.push(`${row.file.padEnd(72)} ok ${result.items.length} items`);
      assert.equal(result.feed.items.length, EXPECTED_OVERRIDES[row.file] ?? row.itemCount, "item count");
      // Only an item with nothing in it may be dropped (one such empty <item> exists in the corpus).
      const empty = result.feed.items.filter((i) => !i.title && !i.html && !i.summaryHtml && !i.link).length;
      assert.equal(result.dropped, empty, "only empty items dropped by normalising");
      const text = JSON.stringify([result.feed.title, result.items.map((i) => [i.title, i.summary])]);
      if (!SOURCE_MOJIBAKE.has(row.file)) assert.ok(!text.includes("\uFFFD"), "no U+FFFD in decoded text");
      const letters = EXPECTED_LETTERS[row.file];
      if (letters) {
        const titles = [result.feed.title ?? "", ...result.items.map((i) => i.title)].join(" ");
        assert.match(titles, letters);
      }
    });
  }
});

describe("feed corpus, cut short", { skip: !existsSync(manifestPath) && `no corpus at ${corpusDir}` }, () => {
  // A connection that drops mid-body: every half file must end in a clear FeedError or, rarely, a
  // feed, never in another exception.
  const rows = existsSync(manifestPath) ? readManifest() : [];
  for (const row of rows) {
    test(row.file, async () => {
      const bytes = maybeGunzip(readFileSync(path.join(corpusDir, row.file)));
      const half = bytes.subarray(0, Math.floor(bytes.length / 2));
      try {
        await ingestFeedBody(half, null, { ...context, feedUrl: "https://corpus.invalid/" });
      } catch (error) {
        assert.ok(error instanceof FeedError, `not a FeedError: ${String(error)}`);
        assert.ok(!error.message.includes("\n"), error.message);
      }
    });
  }
});
