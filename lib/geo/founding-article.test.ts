import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findPlaces, loadGazetteer } from "@/lib/geo";

// The founding article lives in the shared folder beside the repository; it is read, never copied.
const file = path.resolve(process.cwd(), "../shared/seed/founding-article.txt");
const present = existsSync(file);
if (!present) console.log(`skipping founding-article checks: ${file} is absent`);

describe("the founding article", { skip: !present }, () => {
  const text = present ? readFileSync(file, "utf8") : "";
  const tags = present ? findPlaces(loadGazetteer({ regionId: "south-caucasus" }), text) : [];
  const byName = (name: string) => tags.find((t) => t.name === name);

  it("finds Nagorno-Karabakh, Ganja and Baku", () => {
    for (const name of ["Nagorno-Karabakh", "Ganja", "Baku"]) assert.ok(byName(name), `${name} missing`);
  });
  it("makes Ganja, which was under fire, an incident site", () => {
    assert.equal(byName("Ganja")?.role, "incident");
  });
  it("makes no incident site of the countries that speak or act", () => {
    for (const code of ["TR", "IR", "CA", "US", "RU", "IL", "AM"]) {
      const tag = tags.find((t) => t.type === "country" && t.country === code);
      assert.notEqual(tag?.role, "incident", `${code} is an incident site`);
    }
  });
  it("takes no measure or number for a place", () => {
    for (const t of tags) assert.doesNotMatch(t.evidence.text, /\d|kilomet/i);
  });
  it("points every tag at its evidence", () => {
    for (const t of tags) assert.equal(text.slice(t.evidence.start, t.evidence.end), t.evidence.text);
  });
});
