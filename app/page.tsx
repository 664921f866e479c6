import { Suspense } from "react";
import { Dashboard } from "@/components/dashboard";
import { SNAPSHOT_FACTS } from "@/lib/realtime/events";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export default async function Home() {
  const { store, context } = getRuntime();
  const snapshot = await store.snapshot({ articles: 300, facts: SNAPSHOT_FACTS });
  return (
    <Suspense>
      <Dashboard context={context} initial={snapshot} />
    </Suspense>
  );
}
