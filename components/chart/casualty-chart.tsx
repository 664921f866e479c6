"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { buildLedger, type Ledger } from "@/lib/dashboard/ledger";
import { dayClock, timeTicks } from "@/lib/dashboard/ledger-time";
import { type BarView, ledgerRows, viewLedger } from "@/lib/dashboard/ledger-view";
import { actorColour } from "@/lib/dashboard/palette";
import type { CasualtyKind } from "@/lib/types/tags";
import type { CasualtyChartProps } from "../panel-props";
import styles from "./chart.module.css";
import { BarTooltip, PointTooltip } from "./chart-tooltip";
import { ClaimDetail } from "./claim-detail";
import { type BarHover, IncidentBars } from "./incident-bars";
import { actorName, ledgerContext, timeFormatter } from "./ledger-labels";
import { LedgerLegend } from "./ledger-legend";
import { LedgerTable } from "./ledger-table";
import { type Hover, type PointDatum, TollChart } from "./toll-chart";

/** How long a newly arrived figure is marked as new (its pop-in animation takes 0.8 s). */
const FRESH_MS = 1200;

const KINDS: CasualtyKind[] = ["killed", "injured", "missing", "captured"];

function onlyKind(ledger: Ledger, kind: CasualtyKind | "all"): Ledger {
  if (kind === "all") return ledger;
  return {
    ...ledger,
    series: ledger.series.filter((s) => s.kind === kind),
    bars: ledger.bars.filter((b) => b.kind === kind),
    contests: ledger.contests.filter((c) => c.kind === kind),
  };
}

/** The casualty ledger: one series per party and kind, split by who claims it; never one invented truth. */
export function CasualtyChart(props: CasualtyChartProps) {
  const { claims, window, now, context, selection, onSelect, highlight } = props;
  const ledgerCtx = useMemo(() => ledgerContext(context), [context]);
  // The one costly step (about 50–100 ms for 20,000 claims), only when the claims change, and deferred:
  // a burst of pushes redraws the chart once with the latest claims, never the other panels late.
  const latestClaims = useDeferredValue(claims);
  const ledger = useMemo(() => buildLedger(latestClaims, ledgerCtx), [latestClaims, ledgerCtx]);
  // When each claim was first drawn; the first paint's claims count as old, so that they do not all pop
  // in. Recharts redraws marks on its own, so "fresh" lasts a moment rather than one render.
  const drawnAt = useRef<Map<number, number> | null>(null);
  useEffect(() => {
    const first = drawnAt.current === null;
    const seen = drawnAt.current ?? new Map<number, number>();
    const at = first ? Number.NEGATIVE_INFINITY : performance.now();
    for (const claim of latestClaims) if (!seen.has(claim.id)) seen.set(claim.id, at);
    drawnAt.current = seen;
  }, [latestClaims]);
  const isFresh = useCallback((id: number) => {
    if (drawnAt.current === null) return false;
    const at = drawnAt.current.get(id);
    return at === undefined || performance.now() - at < FRESH_MS;
  }, []);
  const [kind, setKind] = useState<CasualtyKind | "all">("all");
  const [hover, setHover] = useState<Hover | null>(null);
  const [barHover, setBarHover] = useState<BarHover | null>(null);
  const [logScale, setLogScale] = useState(false);
  const plotRef = useRef<HTMLDivElement>(null);
  const barsRef = useRef<HTMLDivElement>(null);
  const selectedId = selection?.kind === "claim" ? selection.id : null;
  const keep = useMemo(
    () => (selectedId === null ? highlight : new Set([...highlight, selectedId])),
    [highlight, selectedId],
  );
  const view = useMemo(
    () => viewLedger(onlyKind(ledger, kind), { window, now, keep }),
    [ledger, kind, window, now, keep],
  );
  const rows = useMemo(() => ledgerRows(view), [view]);
  const kinds = useMemo(() => KINDS.filter((k) => latestClaims.some((c) => c.kind === k)), [latestClaims]);

  const colourOf = useCallback(
    (party: string | null) => actorColour(party, ledger.parties),
    [ledger.parties],
  );
  const actorLabel = useCallback((id: string | null) => actorName(id, context), [context]);
  const zone = context.region.timeZone;
  const ticks = useMemo(() => (view.domain ? timeTicks(view.domain, zone) : []), [view.domain, zone]);
  const axisTime = useMemo(() => {
    const dayOf = dayClock(zone);
    const date = timeFormatter(zone, false);
    const hour = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" });
    // Midnight ticks name the day; ticks within a day give the hour.
    return (ms: number) => (dayOf(ms).start === ms ? date(ms) : hour.format(ms));
  }, [zone]);
  const fullTime = useMemo(() => timeFormatter(zone, true, true), [zone]);
  const dayTime = useMemo(() => timeFormatter(zone, false, true), [zone]);
  const pick = useCallback((id: number) => onSelect({ kind: "claim", id }), [onSelect]);
  const pickPoint = useCallback((datum: PointDatum) => pick(datum.point.claims[0]?.id ?? 0), [pick]);
  const pickBar = useCallback(
    (bar: BarView) => {
      const incidents = bar.days.flatMap((day) => day.incidents).sort((a, b) => b.count - a.count);
      const claim = incidents[0]?.claims[0];
      if (claim) pick(claim.id);
    },
    [pick],
  );
  const selected = selectedId === null ? undefined : claims.find((claim) => claim.id === selectedId);

  if (view.empty) {
    return (
      <div className={styles.chart} data-testid="casualty-chart" data-state="empty">
        <p className={styles.empty} data-testid="chart-empty" role="status">
          {/* The dashboard filters claims by window before they arrive: with a window, "none here" is all we know. */}
          {window === "all" ? (
            "No casualty claims yet."
          ) : (
            <>
              No casualty claims in this window.{" "}
              <span className="muted">Widen the time window (to “all”) to see earlier figures.</span>
            </>
          )}
        </p>
      </div>
    );
  }

  const points = view.series.reduce((n, s) => n + s.points.length, 0);
  return (
    <div className={styles.chart} data-testid="casualty-chart" data-state="ready">
      <div className={styles.toolbar}>
        <fieldset className={styles.kinds}>
          <legend className={styles.visuallyHidden}>Kind of casualty</legend>
          {(["all", ...kinds] as const).map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {k === "all" ? "All kinds" : k}
            </button>
          ))}
        </fieldset>
        <p className="muted small" aria-live="polite">
          {view.inWindow.toLocaleString("en")} claims in this window · {points} figures on running tolls ·{" "}
          {view.contests.length} contested day{view.contests.length === 1 ? "" : "s"}
        </p>
      </div>
      <div className={styles.toolbar}>
        <h3 className={styles.subheading}>Running tolls</h3>
        <label className="small">
          <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} />{" "}
          Log scale <span className="muted">(tolls of very different size side by side)</span>
        </label>
      </div>
      {view.series.length > 0 ? (
        <div
          className={styles.plot}
          role="img"
          aria-label="Running casualty tolls over time; the table below lists the figures."
        >
          <TollChart
            view={view}
            colourOf={colourOf}
            actorLabel={actorLabel}
            formatTime={axisTime}
            ticks={ticks}
            selectedId={selectedId}
            highlight={highlight}
            isFresh={isFresh}
            logScale={logScale}
            onHover={setHover}
            onPick={pickPoint}
          />
          {hover && (
            <PointTooltip
              {...hover}
              width={plotRef.current?.offsetWidth ?? 400}
              context={context}
              formatTime={fullTime}
            />
          )}
        </div>
      ) : (
        <p className="muted small">No running tolls in this window: only single-incident figures.</p>
      )}
      <LedgerLegend view={view} context={context} colourOf={colourOf} />
      <h3 className={styles.subheading}>
        Single incidents, per {view.barUnit} <span className="muted small">(distinct incidents summed)</span>
      </h3>
      {view.bars.length > 0 ? (
        <div
          className={styles.plot}
          role="img"
          aria-label={`Casualties in single incidents per ${view.barUnit}`}
        >
          <IncidentBars
            view={view}
            colourOf={colourOf}
            actorLabel={actorLabel}
            formatTime={axisTime}
            ticks={ticks}
            onHover={setBarHover}
            onPick={pickBar}
          />
          {barHover && (
            <BarTooltip
              {...barHover}
              width={barsRef.current?.offsetWidth ?? 400}
              context={context}
              formatTime={fullTime}
              label={`${actorLabel(barHover.bar.party)} · ${barHover.bar.kind} · ${view.barUnit} of ${dayTime(barHover.bar.t)}`}
            />
          )}
        </div>
      ) : (
        <p className="muted small">No single-incident figures in this window.</p>
      )}
      {view.bars.length > 0 && (
        <p className={styles.key}>
          Filled bar: killed · light: injured · dashed outline: missing · dotted outline: captured · ⚠: the
          claimants of an incident disagree.
        </p>
      )}
      {selected && <ClaimDetail claim={selected} context={context} onClose={() => onSelect(null)} />}
      <LedgerTable
        rows={rows}
        context={context}
        formatTime={fullTime}
        selectedId={selectedId}
        highlight={highlight}
        onPick={pick}
      />
    </div>
  );
}
