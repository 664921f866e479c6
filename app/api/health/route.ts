import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** GET /api/health: is the server up, how far its store has come, how many feeds are failing. */
export async function GET() {
  const { store, serverId, startedAt, region } = getRuntime();
  const feeds = await store.listFeeds();
  return Response.json({
    ok: true,
    serverId,
    startedAt,
    region: region.id,
    latestSeq: await store.latestSeq(),
    feeds: feeds.length,
    feedsFailing: feeds.filter((feed) => feed.consecutiveFailures > 0).length,
  });
}
