import { z } from "zod";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

const params = z.object({
  entity: z.enum(["claim", "incident", "statement"]),
  id: z.coerce.number().int().positive(),
});

/** GET /api/facts/ENTITY/ID: one claim, incident or statement with its sources and their evidence sentences. */
export async function GET(_request: Request, { params: raw }: { params: Promise<Record<string, string>> }) {
  const parsed = params.safeParse(await raw);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    return Response.json({ error: `bad request: ${message}` }, { status: 400 });
  }
  const fact = await getRuntime().store.fact(parsed.data.entity, parsed.data.id);
  if (!fact) return Response.json({ error: `no ${parsed.data.entity} ${parsed.data.id}` }, { status: 404 });
  return Response.json(fact);
}
