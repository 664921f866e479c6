import type { Metadata } from "next";
import { Suspense } from "react";
import { Dashboard } from "@/components/dashboard";
import { SNAPSHOT_FACTS } from "@/lib/realtime/events";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Wall screen · Conflict Monitor" };

/** For unattended wall screens: the three panels only, filters set once in the URL. */
export default async function Kiosk() {
  const { store, context } = getRuntime();
  const snapshot = await store.snapshot({ articles: 50, facts: SNAPSHOT_FACTS });
  return (
    <Suspense>
      <Dashboard context={context} initial={snapshot} kiosk />
    </Suspense>
  );
}
