import type { ClaimantRelation, LedgerContext, LedgerSeries, PointRole } from "@/lib/dashboard/ledger";
import type { DashboardContext } from "@/lib/types/dashboard";
import type { CountQualifier } from "@/lib/types/tags";

/** Dash pattern per claimant relation: the relation is never told by colour alone. */
export const DASH: Record<ClaimantRelation, string | undefined> = {
  own: undefined,
  other: "8 4",
  independent: "2 4",
};

/** Why a point is off the step line, in words. */
export const BOUND_NOTE: Record<PointRole, string> = {
  step: "",
  below: "lower than a figure already reported: kept, but not lowering the toll",
  bound: "an upper bound: not counted in the toll",
  vague: "a vague figure: not counted in the toll",
};

export const RELATION_LABEL: Record<ClaimantRelation, string> = {
  own: "own report",
  other: "other side's claim",
  independent: "independent",
};

/** The ledger's view of the dashboard context; sides come along when the server sends them. */
export function ledgerContext(context: DashboardContext): LedgerContext {
  const withSides = context as DashboardContext & { opponents?: Record<string, string[]> };
  return { outlets: context.outlets, opponents: withSides.opponents, timeZone: context.region.timeZone };
}

export function actorName(id: string | null, context: DashboardContext): string {
  if (id === null) return "Unattributed";
  return context.actors[id]?.name ?? id;
}

/** "31", "at least 31", "up to 31", "hundreds": a figure with what its words claim. */
export function figureText(count: number, qualifier: CountQualifier, vagueWord: string | null): string {
  if (qualifier === "vague") return vagueWord ?? `some ${count}`;
  const formatted = count.toLocaleString("en");
  return qualifier === "exact" ? formatted : `${qualifier} ${formatted}`;
}

/** Who claims: names of the claimants, "media (unattributed)" for figures nobody is said to give. */
export function claimantsText(claimants: ReadonlyArray<string | null>, context: DashboardContext): string {
  return claimants.map((c) => (c === null ? "media (unattributed)" : actorName(c, context))).join(", ");
}

/** "Armenia · killed · military · other side's claim (Azerbaijan)". */
export function seriesLabel(series: LedgerSeries, context: DashboardContext): string {
  const status = series.civilian === "unknown" ? "status unknown" : series.civilian;
  const who = claimantsText(series.claimants, context);
  return `${actorName(series.party, context)} · ${series.kind} · ${status} · ${RELATION_LABEL[series.relation]} (${who})`;
}

/** Times on the axis and in tooltips, in the region's zone; hours only when the span is short. */
export function timeFormatter(
  timeZone: string,
  withHours: boolean,
  withYear = false,
): (ms: number) => string {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    // Full times name their zone: the detail box beside them speaks UTC.
    ...(withYear ? { year: "numeric", timeZoneName: "short" } : {}),
    ...(withHours ? { hour: "2-digit", minute: "2-digit" } : {}),
  });
  return (ms) => format.format(new Date(ms));
}

/** The time axis both charts share: epoch milliseconds over the window, ticks at the region's midnights. */
export function timeAxisProps(domain: [number, number], ticks: number[], formatTime: (t: number) => string) {
  return {
    dataKey: "t",
    type: "number" as const,
    domain,
    ticks,
    allowDataOverflow: true,
    tickFormatter: formatTime,
    tick: { fontSize: 11 },
    interval: "preserveStartEnd" as const,
  };
}
