import { z } from "zod";
import type { ArticleTags, TagInput } from "@/lib/types/tags";

/** One input line of `npm run tag`: {"id","title","text","published"?,"source"?}. */
export const tagLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  text: z.string(),
  published: z.string().optional(),
  source: z.string().optional(),
});

export type TagLineResult = { ok: true; input: TagInput & { id: string } } | { ok: false; error: string };

/** Parse one JSON Lines record; the error says what is wrong in words a user can act on. */
export function parseTagLine(line: string): TagLineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = tagLineSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
    return { ok: false, error: `expected {"id","title","text","published"?,"source"?}: ${issues}` };
  }
  return { ok: true, input: parsed.data };
}

/** The output record for one article (the schema in lib/tagging/README.md). */
export function outputRecord(id: string, tags: ArticleTags) {
  return {
    id,
    casualties: tags.casualties,
    places: tags.places.map((p) => ({
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      type: p.type,
      country: p.country,
      role: p.role,
      evidence: p.evidence,
    })),
    statements: tags.statements,
    actors: tags.actors,
    eventTypes: tags.eventTypes,
  };
}
