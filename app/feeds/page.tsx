import type { Metadata } from "next";
import { FeedsView } from "@/components/feeds-view";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Feeds · Conflict Monitor" };

export default async function FeedsPage() {
  const { store, region } = getRuntime();
  return <FeedsView initialFeeds={await store.listFeeds()} regionZone={region.timeZone} />;
}
