import type { DashboardContext } from "@/lib/types/dashboard";
import type { ClaimView } from "@/lib/types/facts";
import { relationText } from "../source-list";
import styles from "./chart.module.css";

/** Sources shown in a tooltip before "+N more": the detail box below the chart lists them all. */
const MAX_SOURCES = 6;

/** Outlet, its relation to the conflict and time for each article behind the claims, one line each. */
export function CompactSources({
  claims,
  context,
  formatTime,
}: {
  claims: readonly ClaimView[];
  context: DashboardContext;
  formatTime: (ms: number) => string;
}) {
  const seen = new Set<number>();
  const sources = claims
    .flatMap((claim) => claim.sources)
    .filter((source) => !seen.has(source.articleId) && seen.add(source.articleId));
  const shown = sources.slice(0, MAX_SOURCES);
  return (
    <ul className={styles.compactSources}>
      {shown.map((source) => (
        <li key={source.articleId}>
          <strong>{(source.outlet && context.outlets[source.outlet]?.name) || source.feedName}</strong>
          {" · "}
          {relationText(source, context)}
          {" · "}
          {formatTime(Date.parse(source.publishedAt))}
        </li>
      ))}
      {sources.length > shown.length && <li className="muted">+{sources.length - shown.length} more</li>}
      {sources.length === 0 && <li className="muted">no source recorded</li>}
    </ul>
  );
}
