import { z } from "zod";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

const query = z.object({
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/**
 * GET /api/articles: the newest articles (?limit=), or with ?after=SEQ every change after that sequence
 * number, in order (page with `upTo` while `more` is true).
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse(params);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    return Response.json({ error: `bad query: ${message}` }, { status: 400 });
  }
  const { store } = getRuntime();
  const { after, limit } = parsed.data;
  if (after !== undefined) return Response.json(await store.changesAfter(after, limit));
  return Response.json(await store.snapshot({ articles: limit, facts: 0 }));
}
