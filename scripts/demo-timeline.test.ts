import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * Checks data/demo/timeline.json, the fictionalised war that `npm run demo` replays: its shape, its
 * order, and that it carries enough quotes and figures for every dashboard panel to fill.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const timelineFile = path.join(repoRoot, "data", "demo", "timeline.json");

const outletSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  relation: z.enum(["state-media", "based-in-party", "international", "independent", "intergovernmental"]),
  party: z.enum(["AM", "AZ"]).nullable(),
  language: z.literal("en"),
});

const itemSchema = z
  .object({
    id: z.string().regex(/^demo-\d{3}$/),
    revision: z.number().int().min(2).optional(),
    outlet: z.string().min(1),
    at: z.iso.datetime(),
    title: z.string().min(10),
    summary: z.string().min(40).optional(),
    summaryHtml: z.string().min(40).optional(),
    path: z.string().regex(/^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9]+(-[a-z0-9]+)*$/),
  })
  .strict()
  .refine((item) => (item.summary === undefined) !== (item.summaryHtml === undefined), {
    message: "an item has exactly one of summary and summaryHtml",
  });

const timelineSchema = z.object({
  about: z.string().min(20),
  outlets: z.array(outletSchema).min(6).max(8),
  items: z.array(itemSchema),
});
type Item = z.infer<typeof itemSchema>;

const timeline = timelineSchema.parse(JSON.parse(readFileSync(timelineFile, "utf8")));
const textOf = (item: Item): string => `${item.title}\n${item.summary ?? item.summaryHtml ?? ""}`;

describe("demo timeline", () => {
  it("has at least 60 items, sorted by time, inside the war", () => {
    assert.ok(timeline.items.length >= 60, `only ${timeline.items.length} items`);
    for (let i = 1; i < timeline.items.length; i++) {
      const [before, after] = [timeline.items[i - 1], timeline.items[i]];
      assert.ok(before && after && before.at <= after.at, `${after?.id} comes before ${before?.id}`);
    }
    const first = timeline.items[0]?.at ?? "";
    const last = timeline.items.at(-1)?.at ?? "";
    assert.ok(first >= "2020-09-27" && last < "2020-11-16", `items run from ${first} to ${last}`);
  });

  it("dates each item's path by the UTC day it was published", () => {
    for (const item of timeline.items) {
      assert.equal(item.path.slice(1, 11), item.at.slice(0, 10).replaceAll("-", "/"), item.id);
    }
  });

  it("names only declared outlets, uses at least 5 of them, and gives parties only to party outlets", () => {
    const declared = new Set(timeline.outlets.map((outlet) => outlet.id));
    assert.equal(declared.size, timeline.outlets.length, "outlet ids repeat");
    for (const item of timeline.items) assert.ok(declared.has(item.outlet), `${item.id}: ${item.outlet}`);
    assert.ok(new Set(timeline.items.map((item) => item.outlet)).size >= 5);
    for (const outlet of timeline.outlets) {
      const partisan = outlet.relation === "state-media" || outlet.relation === "based-in-party";
      assert.equal(outlet.party !== null, partisan, outlet.id);
    }
  });

  it("repeats an id only as a later revision of the same outlet's item", () => {
    const originals = new Map<string, Item>();
    for (const item of timeline.items) {
      if (item.revision === undefined) {
        assert.ok(!originals.has(item.id), `${item.id} appears twice without a revision`);
        originals.set(item.id, item);
        continue;
      }
      const original = originals.get(item.id);
      assert.ok(original, `${item.id} revision ${item.revision} has no earlier original`);
      assert.equal(item.outlet, original.outlet, item.id);
      assert.equal(item.path, original.path, item.id);
      assert.ok(item.at > original.at && item.title !== original.title, item.id);
    }
    assert.ok(
      timeline.items.some((item) => item.revision !== undefined),
      "no revised item",
    );
  });

  it("keeps markup to the summaryHtml items, which carry the sanitiser's test cases", () => {
    const html = timeline.items.filter((item) => item.summaryHtml !== undefined);
    assert.ok(html.length >= 1 && html.length <= 3, `${html.length} html items`);
    const markup = html.map((item) => item.summaryHtml).join("");
    for (const probe of ["<p>", "<b>", "<script>", "onerror="]) assert.ok(markup.includes(probe), probe);
    for (const item of timeline.items) assert.ok(!/[<>]/.test(item.summary ?? ""), `${item.id} has markup`);
  });

  const counts: { what: string; pattern: RegExp; atLeast: number }[] = [
    { what: "a quotation mark", pattern: /["“”]/, atLeast: 15 },
    { what: "a curly quotation mark", pattern: /[“”]/, atLeast: 5 },
    { what: "a straight quotation mark", pattern: /"/, atLeast: 5 },
    { what: "a number in digits", pattern: /\d/, atLeast: 25 },
    {
      what: "a casualty word",
      pattern: /\b(killed|injured|wounded|missing|prisoner|captured)\b/i,
      atLeast: 30,
    },
    { what: "a ceasefire or truce", pattern: /\b(ceasefire|truce)\b/i, atLeast: 8 },
  ];
  for (const { what, pattern, atLeast } of counts) {
    it(`has at least ${atLeast} items with ${what}`, () => {
      const found = timeline.items.filter((item) => pattern.test(textOf(item))).length;
      assert.ok(found >= atLeast, `${found} items with ${what}`);
    });
  }
});
