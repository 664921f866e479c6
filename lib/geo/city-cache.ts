import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getLogger } from "@/lib/log";
import { foldName } from "./fold";
import { type AltNamePolicy, type CityTable, loadCities } from "./geonames";
import { NameIndex, type NameIndexSnapshot } from "./name-index";

/**
 * An on-disk cache of the parsed GeoNames table and its name index. Parsing and folding 30 MB of
 * names costs most of the gazetteer's load time; the cached form loads several times faster. The cache
 * is keyed by the source file, the row policy and a format version, written atomically (a temporary
 * directory renamed into place) and rebuilt whenever it is missing, stale or unreadable.
 */
// Bump when the parse changes what goes into the table or the index (row or name rules).
const FORMAT = 1;
// Folding changes silently invalidate every key, so the fold of a few tricky names is part of the key.
const FOLD_SAMPLES = [
  "Xankəndi",
  "Ts’khinvali",
  "Aş-Şāḩil",
  "Санкт-Петербург",
  "Mek'ele",
  "São Tomé",
  "Łódź",
];
const log = getLogger("geo");

interface Meta {
  format: number;
  size: number;
  countries: string[];
  features: string[];
  multi: number[][];
  keys: number;
  cyr: number;
}

function cacheKey(source: string, policy: AltNamePolicy): string {
  const st = statSync(source);
  const parts = {
    format: FORMAT,
    source: path.resolve(source),
    bytes: st.size,
    mtime: st.mtimeMs,
    minPopulation: policy.minPopulation,
    minRowPopulation: policy.minRowPopulation,
    detail: [...policy.detailCountries].sort(),
    fold: FOLD_SAMPLES.map(foldName),
  };
  return createHash("sha1").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}

function write(dir: string, t: CityTable, s: NameIndexSnapshot): void {
  const n = t.size;
  const cols = Buffer.concat([
    Buffer.from(t.geonameId.buffer, 0, n * 4),
    Buffer.from(t.lat.buffer, 0, n * 4),
    Buffer.from(t.lon.buffer, 0, n * 4),
    Buffer.from(t.population.buffer, 0, n * 4),
    Buffer.from(t.country.buffer, 0, n * 2),
    Buffer.from(t.feature.buffer, 0, n),
  ]);
  const meta: Meta = {
    format: FORMAT,
    size: n,
    countries: t.countries,
    features: t.features,
    multi: s.multi,
    keys: s.keys.length,
    cyr: s.cyrNames.length,
  };
  writeFileSync(path.join(dir, "cols.bin"), cols);
  writeFileSync(
    path.join(dir, "values.bin"),
    Buffer.from(s.values.buffer, s.values.byteOffset, s.values.byteLength),
  );
  writeFileSync(
    path.join(dir, "cyr-refs.bin"),
    Buffer.from(s.cyrRefs.buffer, s.cyrRefs.byteOffset, s.cyrRefs.byteLength),
  );
  writeFileSync(path.join(dir, "keys.txt"), s.keys.join("\n"));
  writeFileSync(path.join(dir, "names.txt"), t.name.join("\n"));
  writeFileSync(path.join(dir, "admin1.txt"), t.admin1.join("\n"));
  writeFileSync(path.join(dir, "cyr.txt"), s.cyrNames.join("\n"));
  // The meta file goes last: its presence says the rest is complete.
  writeFileSync(path.join(dir, "meta.json"), JSON.stringify(meta));
}

/** Reads an exact-length copy of a binary file (a fresh buffer, so typed arrays align). */
function bytes(file: string): ArrayBuffer {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

function lines(file: string, expected: number): string[] {
  const text = readFileSync(file, "utf8");
  const out = expected === 0 ? [] : text.split("\n");
  if (out.length !== expected) throw new Error(`${file}: ${out.length} lines, expected ${expected}`);
  return out;
}

function read(dir: string): { cities: CityTable; names: NameIndex } {
  const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as Meta;
  if (meta.format !== FORMAT) throw new Error(`cache format ${meta.format}`);
  const n = meta.size;
  const cols = bytes(path.join(dir, "cols.bin"));
  if (cols.byteLength !== n * 19) throw new Error("cols.bin has the wrong length");
  const values = new Int32Array(bytes(path.join(dir, "values.bin")));
  const cyrRefs = new Int32Array(bytes(path.join(dir, "cyr-refs.bin")));
  if (values.length !== meta.keys || cyrRefs.length !== meta.cyr) throw new Error("index sizes differ");
  const cities: CityTable = {
    size: n,
    geonameId: new Int32Array(cols, 0, n),
    lat: new Float32Array(cols, n * 4, n),
    lon: new Float32Array(cols, n * 8, n),
    population: new Uint32Array(cols, n * 12, n),
    country: new Uint16Array(cols, n * 16, n),
    feature: new Uint8Array(cols, n * 18, n),
    countries: meta.countries,
    features: meta.features,
    name: lines(path.join(dir, "names.txt"), n),
    admin1: lines(path.join(dir, "admin1.txt"), n),
  };
  const snapshot: NameIndexSnapshot = {
    keys: lines(path.join(dir, "keys.txt"), meta.keys),
    values,
    multi: meta.multi,
    cyrNames: lines(path.join(dir, "cyr.txt"), meta.cyr),
    cyrRefs,
  };
  return { cities, names: NameIndex.fromSnapshot(snapshot) };
}

/**
 * The GeoNames table and an index holding only its names, from the cache in `cacheRoot` when it is
 * there and current, else parsed from `source` (and cached for next time, if the folder is writable).
 */
export function loadCitiesCached(
  source: string,
  policy: AltNamePolicy,
  cacheRoot: string | null,
): { cities: CityTable; names: NameIndex } {
  const dir = cacheRoot ? path.join(cacheRoot, cacheKey(source, policy)) : null;
  if (dir && existsSync(path.join(dir, "meta.json"))) {
    try {
      return read(dir);
    } catch (err) {
      log.warn({ err, dir }, "gazetteer cache unreadable; rebuilding it");
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const names = new NameIndex();
  const cities = loadCities(source, names, policy);
  if (dir) {
    const tmp = `${dir}.tmp-${process.pid}`;
    try {
      mkdirSync(tmp, { recursive: true });
      write(tmp, cities, names.snapshot());
      renameSync(tmp, dir);
    } catch (err) {
      // Another process may have cached it first, or the folder is read-only: loading still works.
      log.debug({ err, dir }, "gazetteer cache not written");
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { cities, names };
}
