import type { LedgerView } from "@/lib/dashboard/ledger-view";
import type { DashboardContext } from "@/lib/types/dashboard";
import styles from "./chart.module.css";
import { DASH, seriesLabel } from "./ledger-labels";

/** Past this, the legend would push the chart off screen; the table lists every series. */
const MAX_ENTRIES = 16;

/** The legend in words: each series' party, kind, status and claimant, with its colour and dash. */
export function LedgerLegend({
  view,
  context,
  colourOf,
}: {
  view: LedgerView;
  context: DashboardContext;
  colourOf: (party: string | null) => string;
}) {
  return (
    <div className={styles.legend}>
      <ul aria-label="Series">
        {view.series.slice(0, MAX_ENTRIES).map(({ series }) => (
          <li key={series.id}>
            <svg width="30" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="29"
                y2="5"
                stroke={colourOf(series.party)}
                strokeWidth="2.5"
                strokeDasharray={DASH[series.relation]}
              />
            </svg>
            {seriesLabel(series, context)}
          </li>
        ))}
        {view.series.length > MAX_ENTRIES && (
          <li className="muted">
            +{view.series.length - MAX_ENTRIES} more series: choose a kind above, or see the table
          </li>
        )}
      </ul>
      <p className={styles.key}>
        Solid: a side&apos;s own report · dashed: the other side&apos;s claim · dotted: independent. ● figure
        · ▲ at least · ▽ up to · ○ vague word · ◇ lower than a figure already reported (kept, not lowering the
        toll) · shaded box with ⚠: contested, claimants disagree that day.
      </p>
    </div>
  );
}
