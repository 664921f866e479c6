import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** GET /api/feeds: every active feed with its health. */
export async function GET() {
  return Response.json({ feeds: await getRuntime().store.listFeeds() });
}
