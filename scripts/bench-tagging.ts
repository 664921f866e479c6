/**
 * `npm run bench:tagging`: speed of the tagging engine on one core.
 * Generates 2,400 synthetic articles of about 1.5 KB from templates (places, figures, quotes and actors
 * varied by a seeded generator), then measures the gazetteer + lexicon load time, articles per second
 * (median of 5 runs after one warm-up pass) and resident memory afterwards, and prints them against the
 * targets.
 */
import { loadTagger } from "@/lib/tagging";
import { DEFAULT_DATA_DIR, loadLexicon } from "@/lib/tagging/load-lexicon";
import type { TagInput } from "@/lib/types/tags";

const TARGETS = { articlesPerSecond: 2000, loadMs: 1500, rssMb: 400 };
const ARTICLES = 2400;
const RUNS = 5;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Ganja",
  "Tartar",
  "Stepanakert",
  "Shusha",
  "Barda",
  "Fuzuli",
  "Hadrut",
  "Martuni",
  "Goris",
  "Lachin",
];
const CITIES = ["Baku", "Yerevan", "Tbilisi", "Moscow", "Ankara", "Tehran", "Brussels", "Geneva"];
const SIDES = ["Armenian", "Azerbaijani"];
const WHO = [
  "the defence ministry",
  "the foreign ministry",
  "a spokesman for the ICRC",
  "the OSCE Minsk Group co-chairs",
];
const PEOPLE = [
  "Hikmet Hajiyev",
  "Shushan Stepanyan",
  "Mevlut Cavusoglu",
  "Saeed Khatibzadeh",
  "Maria Zakharova",
];
const NUMBERS = [
  "12",
  "1,119",
  "two dozen",
  "dozens of",
  "at least 31",
  "more than 200",
  "hundreds of",
  "seven",
  "about 40",
];
const WEAPONS = ["artillery", "rockets", "drones", "cluster munitions", "ballistic missiles"];

const TEMPLATES: Array<(p: (xs: string[]) => string) => string> = [
  (p) => `${p(NUMBERS)} civilians were killed when ${p(WEAPONS)} hit ${p(PLACES)} overnight, ${p(WHO)} said.`,
  (p) => `The toll rose to ${p(["31", "57", "104", "1,177"])} since fighting began in late September.`,
  (p) => `${p(SIDES)} forces shelled residential areas of ${p(PLACES)}, wounding ${p(NUMBERS)} people.`,
  (p) => `"We will respond to every provocation," ${p(PEOPLE)} said, "with all the means we have."`,
  (p) => `${p(PEOPLE)} told reporters in ${p(CITIES)} that the talks would resume next week.`,
  (p) => `${p(WHO)} called on both sides to respect the humanitarian ceasefire agreed in ${p(CITIES)}.`,
  (p) => `Officials in ${p(CITIES)} denied that any soldiers were killed in the clashes near ${p(PLACES)}.`,
  (_p) => `Some 5,000 troops were deployed along 760 kilometres of border, and 40 drones were shot down.`,
  (p) =>
    `“The situation around ${p(PLACES)} remains extremely tense,” ${p(WHO)} warned on ${p(["Monday", "Friday"])}.`,
  (p) => `Thousands of families fled ${p(PLACES)} for ${p(CITIES)} as ${p(WEAPONS)} struck the town again.`,
  (p) => `NATO and the EU urged restraint, while Russia offered to host peace talks in ${p(CITIES)}.`,
  (p) => `${p(SIDES)} officials said ${p(NUMBERS)} soldiers had been captured near ${p(PLACES)}.`,
];

function makeArticles(n: number): TagInput[] {
  const r = rng(20201004);
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)] ?? "";
  const out: TagInput[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    while (parts.join(" ").length < 1450)
      parts.push(TEMPLATES[Math.floor(r() * TEMPLATES.length)]?.(pick) ?? "");
    out.push({
      id: `bench-${i}`,
      title: `Fighting near ${pick(PLACES)} as ${pick(SIDES)} side reports losses`,
      text: parts.join(" "),
    });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function main(): void {
  const articles = makeArticles(ARTICLES);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.title) + Buffer.byteLength(a.text), 0);
  const tagger = loadTagger();
  const loadMs = tagger.loadMs;
  const lexStart = performance.now();
  loadLexicon(DEFAULT_DATA_DIR, tagger.regionId);
  const lexiconMs = performance.now() - lexStart;
  let sink = 0;
  // One pass first, not counted: the figure is the engine's steady rate, not the JIT compiler's warm-up.
  for (const a of articles) sink += tagger.tag(a).casualties.length;
  sink = 0;
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    for (const a of articles) sink += tagger.tag(a).casualties.length;
    rates.push(articles.length / ((performance.now() - t0) / 1000));
  }
  const rate = median(rates);
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  const row = (name: string, value: string, target: string, ok: boolean) =>
    console.log(
      `${name.padEnd(22)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? "PASS" : "FAIL"}`,
    );
  console.log(
    `tagging benchmark: ${articles.length} articles, mean ${(bytes / articles.length / 1024).toFixed(2)} KB, ${RUNS} runs after a warm-up pass, one core`,
  );
  console.log(
    `runs (articles/s): ${rates.map((x) => x.toFixed(0)).join(", ")}; claims found per run: ${sink / RUNS}`,
  );
  row(
    "articles per second",
    rate.toFixed(0),
    `>= ${TARGETS.articlesPerSecond}`,
    rate >= TARGETS.articlesPerSecond,
  );
  row(
    "load (gazetteer+lexicon)",
    `${loadMs.toFixed(0)} ms`,
    `< ${TARGETS.loadMs} ms`,
    loadMs < TARGETS.loadMs,
  );
  console.log(`  of which the actor lexicon: ${lexiconMs.toFixed(0)} ms (reloaded alone)`);
  row("resident memory", `${rssMb.toFixed(0)} MB`, `< ${TARGETS.rssMb} MB`, rssMb < TARGETS.rssMb);
}

main();
