/**
 * Builds data/eval/labelled.jsonl from the hand-written item files, refusing to write when a label does
 * not fit its text (a place name not in the text, a quote word the text lacks, an actor id outside the
 * vocabulary...). Prints counts per conflict, style and phenomenon for the README.
 *
 *   npx tsx data/eval/build/build.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { EVENT_TYPES, taggedText } from "@/lib/types/tags";
import type { ItemSource } from "./dsl";
import { items as bl1 } from "./items-blind-1";
import { items as bl2 } from "./items-blind-2";
import { items as bl3 } from "./items-blind-3";
import { items as bl4 } from "./items-blind-4";
import { items as bl5 } from "./items-blind-5";
import { items as bl6 } from "./items-blind-6";
import { items as bx1 } from "./items-blind2-1";
import { items as bx2 } from "./items-blind2-2";
import { items as bx3 } from "./items-blind2-3";
import { items as bx4 } from "./items-blind2-4";
import { items as by1 } from "./items-blind3-1";
import { items as by2 } from "./items-blind3-2";
import { items as by3 } from "./items-blind3-3";
import { items as by4 } from "./items-blind3-4";
import { items as bz1 } from "./items-blind4-1";
import { items as bz2 } from "./items-blind4-2";
import { items as bz3 } from "./items-blind4-3";
import { items as bz4 } from "./items-blind4-4";
import { items as bw1 } from "./items-blind5-1";
import { items as bw2 } from "./items-blind5-2";
import { items as bw3 } from "./items-blind5-3";
import { items as bw4 } from "./items-blind5-4";
import { items as bv1 } from "./items-blind6-1";
import { items as bv2 } from "./items-blind6-2";
import { items as bv3 } from "./items-blind6-3";
import { items as bv4 } from "./items-blind6-4";
import { items as bu1 } from "./items-blind7-1";
import { items as bu2 } from "./items-blind7-2";
import { items as bu3 } from "./items-blind7-3";
import { items as bu4 } from "./items-blind7-4";
import { items as me1 } from "./items-me-1";
import { items as sc1 } from "./items-sc-1";
import { items as sc2 } from "./items-sc-2";
import { items as sc3 } from "./items-sc-3";
import { items as sc4 } from "./items-sc-4";
import { items as sc5 } from "./items-sc-5";
import { items as sd1 } from "./items-sd-1";
import { items as sd2 } from "./items-sd-2";
import { items as tg1 } from "./items-tg-1";
import { items as ua1 } from "./items-ua-1";
import { items as ua2 } from "./items-ua-2";

const ALL: ItemSource[] = [...sc1, ...sc2, ...sc3, ...sc4, ...sc5, ...ua1, ...ua2, ...sd1, ...sd2, ...tg1, ...me1, ...bl1, ...bl2, ...bl3, ...bl4, ...bl5, ...bl6, ...bx1, ...bx2, ...bx3, ...bx4, ...by1, ...by2, ...by3, ...by4, ...bz1, ...bz2, ...bz3, ...bz4, ...bw1, ...bw2, ...bw3, ...bw4, ...bv1, ...bv2, ...bv3, ...bv4, ...bu1, ...bu2, ...bu3, ...bu4];

const ORGS = new Set(
  "UN NATO OSCE EU ICRC HRW AMNESTY CSTO AU ARAB-LEAGUE IAEA WHO MSF karabakh-authorities rsf tplf hamas hezbollah houthis wagner".split(
    " ",
  ),
);
const validActor = (id: string) => ORGS.has(id) || /^[A-Z]{2}$/.test(id);

function tokens(s: string): string[] {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every problem found in one item, as readable lines. */
function check(it: ItemSource): string[] {
  const errs: string[] = [];
  const full = taggedText(it.title, it.text);
  const lower = full.toLowerCase();
  const words = new Set(tokens(full));
  const actors = new Set(it.actors);
  for (const a of it.actors) if (!validActor(a)) errs.push(`actor id ${a} is not in the vocabulary`);
  if (actors.size !== it.actors.length) errs.push("duplicate actor");
  for (const e of it.ev) if (!(EVENT_TYPES as readonly string[]).includes(e)) errs.push(`event type ${e}`);
  const keys = new Set<string>();
  for (const pl of it.places ?? []) {
    if (!lower.includes(pl.name.toLowerCase())) errs.push(`place "${pl.name}" not in text`);
    if (keys.has(pl.key)) errs.push(`place ${pl.key} labelled twice`);
    keys.add(pl.key);
  }
  for (const st of it.st ?? []) {
    const missing = tokens(st.quote).filter((w) => !words.has(w));
    if (missing.length) errs.push(`quote words not in text: ${missing.join(", ")}`);
    const sp = tokens(st.speaker).filter((w) => !words.has(w));
    if (sp.length) errs.push(`speaker words not in text: ${sp.join(", ")}`);
    if (st.affiliation && !actors.has(st.affiliation)) errs.push(`affiliation ${st.affiliation} not an actor`);
  }
  for (const ca of it.cas ?? []) {
    for (const a of [ca.party, ca.claimedBy]) if (a && !actors.has(a)) errs.push(`casualty actor ${a} not an actor`);
    if (!(ca.count > 0)) errs.push("casualty count must be positive");
  }
  return errs;
}

function autoPhenomena(it: ItemSource): string[] {
  const out = new Set(it.ph ?? []);
  const cas = it.cas ?? [];
  const st = it.st ?? [];
  const full = taggedText(it.title, it.text);
  if (cas.length === 0) out.add("no-casualties");
  for (const ca of cas) {
    out.add(ca.cumulative ? "cumulative-toll" : "single-incident");
    out.add(`qualifier:${ca.qualifier}`);
    out.add(`kind:${ca.kind}`);
    if (ca.party && ca.claimedBy && ca.party !== ca.claimedBy) out.add("claim-about-other-side");
  }
  for (const x of st) {
    out.add(x.direct ? "direct-quote" : "reported-speech");
    if (x.role !== null && x.speaker === x.role) out.add("speaker-by-role");
  }
  if (st.length === 0) out.add("no-statements");
  if (/[“”‘’«»]/.test(full)) out.add("curly-quotes");
  if (/[\u0400-\u04FF]/.test(full)) out.add("cyrillic");
  if (/[əƏǝ]/.test(full)) out.add("schwa");
  for (const pl of it.places ?? []) out.add(`place:${pl.type}`);
  if ((it.places ?? []).some((pl) => pl.role === "mentioned")) out.add("place-role:mentioned");
  return [...out].sort();
}

function count(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The JSONL lines of the set, the label problems found, and the count tables for the README. */
export function buildSet(): { lines: string[]; problems: string[]; tables: string[] } {
  const seen = new Set<string>();
  const problems: string[] = [];
  const lines: string[] = [];
  const byConflict = new Map<string, number>();
  const byStyle = new Map<string, number>();
  const byPh = new Map<string, number>();
  for (const it of ALL) {
    const errs = check(it);
    if (seen.has(it.id)) errs.push("duplicate id");
    seen.add(it.id);
    if (errs.length) problems.push(`${it.id}:\n  ${errs.join("\n  ")}`);
    const phenomena = autoPhenomena(it);
    count(byConflict, it.conflict);
    count(byStyle, `${it.conflict}/${it.style}`);
    for (const x of phenomena) count(byPh, x);
    lines.push(
      JSON.stringify({
        id: it.id,
        title: it.title,
        text: it.text,
        ...(it.published ? { published: it.published } : {}),
        ...(it.source ? { source: it.source } : {}),
        style: it.style,
        conflict: it.conflict,
        phenomena,
        expected: {
          casualties: it.cas ?? [],
          places: (it.places ?? []).map(({ key: _key, ...rest }) => rest),
          statements: it.st ?? [],
          actors: it.actors,
          eventTypes: it.ev,
        },
      }),
    );
  }
  const table = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `| ${k} | ${v} |`);
  const tables = [
    ["| conflict | items |", "| --- | --- |", ...table(byConflict)].join("\n"),
    ["| conflict/style | items |", "| --- | --- |", ...table(byStyle)].join("\n"),
    ["| phenomenon | items |", "| --- | --- |", ...table(byPh)].join("\n"),
  ];
  return { lines, problems, tables };
}

export const OUTPUT = path.resolve(import.meta.dirname, "../labelled.jsonl");

function main() {
  const { lines, problems, tables } = buildSet();
  if (problems.length) {
    console.error(problems.join("\n"));
    console.error(`${problems.length} item(s) have label problems; nothing written`);
    process.exit(1);
  }
  writeFileSync(OUTPUT, `${lines.join("\n")}\n`);
  console.log(`${lines.length} items written to ${OUTPUT}\n`);
  console.log(tables.join("\n\n"));
}

// Run as a script, not when a test imports buildSet().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
