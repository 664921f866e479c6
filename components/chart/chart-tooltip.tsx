import type { BarView } from "@/lib/dashboard/ledger-view";
import type { DashboardContext } from "@/lib/types/dashboard";
import styles from "./chart.module.css";
import { CompactSources } from "./compact-sources";
import { BOUND_NOTE, figureText, seriesLabel } from "./ledger-labels";
import type { PointDatum } from "./toll-chart";

interface Common {
  x: number;
  y: number;
  /** Width of the plot, so that a tooltip near an edge opens inwards instead of being cut off. */
  width: number;
  context: DashboardContext;
  formatTime: (ms: number) => string;
}

function place(x: number, y: number, width: number): React.CSSProperties {
  const shift = x < width * 0.3 ? "-8%" : x > width * 0.7 ? "-92%" : "-50%";
  return { left: x, top: y, transform: `translate(${shift}, calc(-100% - 12px))` };
}

/** A figure's tooltip: the number with its words, whose series, when, and the articles behind it. */
export function PointTooltip({ x, y, width, datum, context, formatTime }: Common & { datum: PointDatum }) {
  const { point, series } = datum;
  return (
    <div className={styles.tooltip} style={place(x, y, width)} role="tooltip">
      <div className={styles.tooltipFigure}>{figureText(point.count, point.qualifier, point.vagueWord)}</div>
      <div>{seriesLabel(series, context)}</div>
      <div className="muted">
        first reported {formatTime(point.t)}
        {BOUND_NOTE[point.role] && ` · ${BOUND_NOTE[point.role]}`}
      </div>
      <CompactSources claims={point.claims} context={context} formatTime={formatTime} />
    </div>
  );
}

/** A bar's tooltip: each incident's figure, contested ones with their range, and their sources. */
export function BarTooltip({
  x,
  y,
  width,
  bar,
  context,
  formatTime,
  label,
}: Common & { bar: BarView; label: string }) {
  const incidents = bar.days.flatMap((day) => day.incidents);
  return (
    <div className={styles.tooltip} style={place(x, y, width)} role="tooltip">
      <div className={styles.tooltipFigure}>{bar.total.toLocaleString("en")}</div>
      <div>{label}</div>
      <div className="muted">
        {incidents.length} incident{incidents.length === 1 ? "" : "s"}:{" "}
        {incidents
          .slice(0, 8)
          .map(
            (i) =>
              `${i.count}${i.upperOnly ? " (up to)" : ""}${i.contested ? ` (contested ${i.contested[0]}–${i.contested[1]})` : ""}`,
          )
          .join(", ")}
        {incidents.length > 8 ? ", …" : ""}
      </div>
      <CompactSources claims={incidents.flatMap((i) => i.claims)} context={context} formatTime={formatTime} />
    </div>
  );
}
