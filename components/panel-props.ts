import type { TimeWindow } from "@/lib/dashboard/filters";
import type { DashboardContext, Selection } from "@/lib/types/dashboard";
import type { ClaimView, IncidentView, StatementView } from "@/lib/types/facts";

/** What every panel receives: filtered plain data, the region context and the shared selection. */
export interface PanelBase {
  context: DashboardContext;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** Ids of this panel's facts linked to the current selection (to highlight). */
  highlight: ReadonlySet<number>;
  /** Milliseconds since the epoch, ticking; for relative times and time windows. */
  now: number;
}

export interface CasualtyChartProps extends PanelBase {
  claims: ClaimView[];
  window: TimeWindow;
}

export interface IncidentMapProps extends PanelBase {
  incidents: IncidentView[];
  /** Claims, to list the casualty figures of each incident in its popup. */
  claims: ClaimView[];
}

export interface StatementFeedProps extends PanelBase {
  statements: StatementView[];
}
