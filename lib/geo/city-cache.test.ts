import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { findPlaces, loadGazetteer } from "@/lib/geo";

const root = mkdtempSync(path.join(os.tmpdir(), "geo-cache-"));
after(() => rmSync(root, { recursive: true, force: true }));

const TEXTS = [
  "Shelling hit Khankendi and Martuni overnight; talks resumed in Geneva.",
  "Российские войска обстреляли Херсон, в Киеве прогремели взрывы.",
  "Thousands marched in Atlanta, Georgia, while drones struck Kharkiv and El Fasher.",
];

describe("the GeoNames cache", () => {
  it("gives the same places when built and when read back", () => {
    const built = loadGazetteer({ regionId: "south-caucasus", cacheDir: root });
    const entries = readdirSync(root);
    assert.equal(entries.length, 1, `one cache folder expected, found ${entries.join(", ")}`);
    assert.ok(existsSync(path.join(root, entries[0] ?? "", "meta.json")));
    const cached = loadGazetteer({ regionId: "south-caucasus", cacheDir: root });
    assert.equal(cached.cities.size, built.cities.size);
    assert.equal(cached.names.size, built.names.size);
    for (const text of TEXTS) assert.deepEqual(findPlaces(cached, text), findPlaces(built, text));
  });

  it("rebuilds a damaged cache instead of failing", () => {
    const dir = path.join(root, readdirSync(root)[0] ?? "");
    writeFileSync(path.join(dir, "keys.txt"), "truncated");
    const gaz = loadGazetteer({ regionId: "south-caucasus", cacheDir: root });
    assert.ok(findPlaces(gaz, TEXTS[0] ?? "").length > 0);
    const again = loadGazetteer({ regionId: "south-caucasus", cacheDir: root });
    assert.equal(again.names.size, gaz.names.size);
  });
});
