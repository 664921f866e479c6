import { Dashboard } from "@/components/dashboard";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export default async function Home() {
  const { store, region } = getRuntime();
  const snapshot = await store.snapshot(300);
  return <Dashboard regionName={region.name} regionZone={region.timeZone} initial={snapshot} />;
}
