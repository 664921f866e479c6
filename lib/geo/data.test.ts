import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { demonymCountry, supplementFileSchema } from "@/lib/geo";

describe("demonymCountry", () => {
  const table: Array<[string, string | null]> = [
    ["Armenian", "AM"],
    ["Armenians", "AM"],
    ["Azerbaijani", "AZ"],
    ["Azeri", "AZ"],
    ["Azeris", "AZ"],
    ["Turkish", "TR"],
    ["Iranian", "IR"],
    ["Canadian", "CA"],
    ["Russian", "RU"],
    ["Ukrainian", "UA"],
    ["Sudanese", "SD"],
    ["Ethiopian", "ET"],
    ["Eritrean", "ER"],
    ["Israeli", "IL"],
    ["American", "US"],
    ["Georgian", "GE"],
    ["азербайджанские", "AZ"],
    ["Ukraine", null],
    ["Ganja", null],
  ];
  for (const [word, code] of table) it(`${word} → ${code}`, () => assert.equal(demonymCountry(word), code));
});

describe("gazetteer supplements", () => {
  const files = [
    path.resolve("data/gazetteer/places.json"),
    ...readdirSync(path.resolve("data/regions"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.resolve("data/regions", d.name, "places.json"))
      .filter((f) => existsSync(f)),
  ];
  for (const file of files) {
    it(`${path.relative(process.cwd(), file)} follows the schema, keys unique, parents known`, () => {
      const parsed = supplementFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
      const keys = new Set(parsed.places.map((p) => p.key));
      assert.equal(keys.size, parsed.places.length);
      for (const p of parsed.places)
        if (p.parent) assert.ok(keys.has(p.parent), `${p.key}: parent ${p.parent}`);
    });
  }
  it("rejects a place without coordinates", () => {
    const bad = { places: [{ key: "x", preferred: "X", type: "city", country: "AM" }] };
    assert.equal(supplementFileSchema.safeParse(bad).success, false);
  });
  it("rejects a country that is not an ISO code", () => {
    const bad = {
      places: [{ key: "x", preferred: "X", type: "city", country: "Armenia", lat: 40, lon: 45 }],
    };
    assert.equal(supplementFileSchema.safeParse(bad).success, false);
  });
});
