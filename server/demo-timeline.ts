import { readFileSync } from "node:fs";
import { z } from "zod";
import { OUTLET_RELATIONS } from "../lib/config/schema";

const outletSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  relation: z.enum(OUTLET_RELATIONS),
  party: z.string().nullable().optional(),
  language: z.string().default("en"),
});

const itemSchema = z
  .object({
    id: z.string().min(1),
    outlet: z.string().min(1),
    at: z.string().datetime({ offset: true }),
    title: z.string().min(1),
    summary: z.string().optional(),
    summaryHtml: z.string().optional(),
    path: z.string().startsWith("/"),
    revision: z.number().int().min(2).optional(),
  })
  .refine((item) => item.summary ?? item.summaryHtml, "an item needs summary or summaryHtml");

export const timelineSchema = z.object({
  about: z.string(),
  outlets: z.array(outletSchema).min(1),
  items: z.array(itemSchema).min(1),
});
export type DemoTimeline = z.infer<typeof timelineSchema>;

/** Reads and checks the demo timeline; a broken file names the item and field at fault. */
export function readTimeline(file: string): DemoTimeline {
  const parsed = timelineSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`demo timeline ${file}: ${first?.path.join(".")}: ${first?.message}`);
  }
  const outlets = new Set(parsed.data.outlets.map((outlet) => outlet.id));
  for (const item of parsed.data.items) {
    if (!outlets.has(item.outlet))
      throw new Error(`demo timeline: item ${item.id} names unknown outlet ${item.outlet}`);
  }
  return parsed.data;
}
