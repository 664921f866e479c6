import type { LedgerRow } from "@/lib/dashboard/ledger-view";
import type { DashboardContext } from "@/lib/types/dashboard";
import styles from "./chart.module.css";
import { actorName, claimantsText, figureText, RELATION_LABEL } from "./ledger-labels";

export interface LedgerTableProps {
  rows: LedgerRow[];
  context: DashboardContext;
  formatTime: (ms: number) => string;
  selectedId: number | null;
  highlight: ReadonlySet<number>;
  onPick: (claimId: number) => void;
}

function outletsOf(row: LedgerRow, context: DashboardContext): string {
  const names = new Set(
    row.claims.flatMap((claim) =>
      claim.sources.map((s) => (s.outlet && context.outlets[s.outlet]?.name) || s.feedName),
    ),
  );
  return [...names].join(", ") || "—";
}

/** The chart's figures as a table: for screen readers, keyboards and anyone who wants the numbers. */
export function LedgerTable({ rows, context, formatTime, selectedId, highlight, onPick }: LedgerTableProps) {
  return (
    <details className={styles.tableBox}>
      <summary>Figures as a table ({rows.length})</summary>
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">Kind, status</th>
              <th scope="col">Figure</th>
              <th scope="col">Claimed by</th>
              <th scope="col">Outlets</th>
              <th scope="col">Reported</th>
              <th scope="col">
                <span className={styles.visuallyHidden}>Sources</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const ids = row.claims.map((c) => c.id);
              const selected = selectedId !== null && ids.includes(selectedId);
              const linked = ids.some((id) => highlight.has(id));
              const claimants = row.series
                ? `${RELATION_LABEL[row.series.relation]}: ${claimantsText(row.series.claimants, context)}`
                : claimantsText([...new Set(row.claims.map((c) => c.claimedBy))], context);
              return (
                <tr
                  key={row.key}
                  data-testid="ledger-row"
                  data-claim-id={row.claim.id}
                  data-row-type={row.type}
                  data-linked={linked || undefined}
                  aria-current={selected || undefined}
                  className={selected ? styles.rowSelected : linked ? styles.rowLinked : undefined}
                >
                  <td>{actorName(row.party, context)}</td>
                  <td>
                    {row.kind}, {row.civilian}
                    <div className="muted">{row.type === "toll" ? "running toll" : "single incident"}</div>
                  </td>
                  <td>
                    {figureText(row.count, row.claim.qualifier, row.claim.vagueWord)}
                    {row.lowerLater && (
                      <span className="muted">
                        {" "}
                        (later report: {figureText(row.lowerLater.count, row.lowerLater.qualifier, null)})
                      </span>
                    )}
                    {row.contested && (
                      <span className={styles.contested} data-testid="contested-cell">
                        {" "}
                        ⚠ contested {row.contested[0]}–{row.contested[1]}
                      </span>
                    )}
                  </td>
                  <td>{claimants}</td>
                  <td>{outletsOf(row, context)}</td>
                  <td>{formatTime(row.t)}</td>
                  <td>
                    <button type="button" onClick={() => onPick(row.claim.id)} aria-pressed={selected}>
                      Sources
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
