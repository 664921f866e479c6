/** Reads data/eval/labelled.jsonl, checking every line's shape, so the scorer never meets a bad label. */
import { readFileSync } from "node:fs";
import { z } from "zod";

const nullableId = z.string().min(1).nullable();

export const goldItemSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  published: z.string().optional(),
  source: z.string().optional(),
  style: z.enum(["wire", "digest"]),
  conflict: z.string().min(1),
  phenomena: z.array(z.string()).default([]),
  expected: z.object({
    casualties: z.array(
      z.object({
        kind: z.enum(["killed", "injured", "missing", "captured"]),
        count: z.number().positive(),
        qualifier: z.enum(["exact", "at least", "more than", "about", "up to", "vague"]),
        civilian: z.enum(["civilian", "military", "unknown"]),
        party: nullableId,
        claimedBy: nullableId,
        cumulative: z.boolean(),
      }),
    ),
    places: z.array(
      z.object({
        name: z.string().min(1),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        type: z.enum(["city", "district", "region", "country"]),
        country: z.string().length(2),
        role: z.enum(["incident", "mentioned"]),
      }),
    ),
    statements: z.array(
      z.object({
        speaker: z.string().min(1),
        role: z.string().nullable(),
        affiliation: nullableId,
        quote: z.string().min(1),
        direct: z.boolean(),
      }),
    ),
    actors: z.array(z.string().min(1)),
    eventTypes: z.array(z.string().min(1)),
  }),
});

export type GoldItem = z.infer<typeof goldItemSchema>;

/** Parses JSON lines; a bad line is an error naming its line number. */
export function parseEvalSet(jsonl: string): GoldItem[] {
  const items: GoldItem[] = [];
  jsonl.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = goldItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.message}`);
    items.push(parsed.data);
  });
  return items;
}

export function loadEvalSet(file: string): GoldItem[] {
  return parseEvalSet(readFileSync(file, "utf8"));
}
