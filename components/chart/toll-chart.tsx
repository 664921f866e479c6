"use client";

import { memo, useCallback, useMemo } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from "recharts";
import type { ScatterShapeProps } from "recharts/types/util/ScatterUtils";
import type { Contest, LedgerPoint, LedgerSeries } from "@/lib/dashboard/ledger";
import type { LedgerView } from "@/lib/dashboard/ledger-view";
import { DASH, figureText, timeAxisProps } from "./ledger-labels";
import { PointMark } from "./point-mark";

const DAY_MS = 86_400_000;
/** Recharts animates by re-rendering every mark each frame: with many marks, new ones simply appear. */
export const ANIMATE_UP_TO = 150;
/** Past this, older contested days are left to the table: a wall of shaded boxes hides the lines. */
const MAX_CONTESTED_AREAS = 60;

/** One drawn figure and everything its tooltip and click need. */
export interface PointDatum {
  t: number;
  count: number;
  point: LedgerPoint;
  series: LedgerSeries;
  colour: string;
}

export interface Hover {
  x: number;
  y: number;
  datum: PointDatum;
}

export const isPointDatum = (value: unknown): value is PointDatum =>
  typeof value === "object" && value !== null && "point" in value && "series" in value;

export interface TollChartProps {
  view: LedgerView;
  colourOf: (party: string | null) => string;
  actorLabel: (id: string | null) => string;
  formatTime: (ms: number) => string;
  /** Round times of the region's clock (see timeTicks). */
  ticks: number[];
  selectedId: number | null;
  highlight: ReadonlySet<number>;
  /** Whether a claim arrived after the chart was first drawn. */
  isFresh: (claimId: number) => boolean;
  /** Log scale: a toll of 5 next to one of 5,000; figures of 0 fall off it. */
  logScale: boolean;
  onHover: (hover: Hover | null) => void;
  onPick: (datum: PointDatum) => void;
}

function ContestedLabel({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
  return (
    <text
      x={(viewBox?.x ?? 0) + 2}
      y={(viewBox?.y ?? 0) - 4}
      fontSize={11}
      fontWeight={600}
      fill="#1d1d1f"
      data-testid="contested-marker"
    >
      ⚠ contested
    </text>
  );
}

/**
 * Running tolls: a step line per series, every distinct figure a point, contested days shaded. Memoised
 * so that hovering (a tooltip in the parent) does not redraw and re-animate every mark.
 */
export const TollChart = memo(function TollChart(props: TollChartProps) {
  const {
    view,
    colourOf,
    actorLabel,
    formatTime,
    ticks,
    selectedId,
    highlight,
    isFresh,
    logScale,
    onHover,
    onPick,
  } = props;
  const domain = view.domain ?? [0, 1];
  const scatters = useMemo(
    () =>
      view.series.map(({ series, points }) => ({
        series,
        data: points.map(
          (point): PointDatum => ({
            t: point.t,
            count: point.count,
            point,
            series,
            colour: colourOf(series.party),
          }),
        ),
      })),
    [view, colourOf],
  );
  const contests: Contest[] = view.contests.slice(-MAX_CONTESTED_AREAS);
  const animate = scatters.reduce((n, s) => n + s.data.length, 0) <= ANIMATE_UP_TO;
  const shape = useCallback(
    (shapeProps: ScatterShapeProps) => {
      const datum: unknown = shapeProps.payload;
      if (!isPointDatum(datum) || shapeProps.cx === undefined || shapeProps.cy === undefined) return null;
      const ids = datum.point.claims.map((c) => c.id);
      return (
        <PointMark
          cx={shapeProps.cx}
          cy={shapeProps.cy}
          datum={datum}
          selected={selectedId !== null && ids.includes(selectedId)}
          emphasised={ids.some((id) => highlight.has(id))}
          fresh={ids.some(isFresh)}
          label={`${actorLabel(datum.series.party)} ${datum.series.kind}: ${figureText(datum.count, datum.point.qualifier, datum.point.vagueWord)}, ${formatTime(datum.t)}`}
          onHover={onHover}
          onPick={onPick}
        />
      );
    },
    [selectedId, highlight, isFresh, actorLabel, formatTime, onHover, onPick],
  );
  return (
    <ResponsiveContainer width="100%" height={280}>
      <ComposedChart margin={{ top: 18, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="#e4e4e0" />
        <XAxis {...timeAxisProps(domain, ticks, formatTime)} />
        <YAxis
          type="number"
          scale={logScale ? "log" : "linear"}
          domain={logScale ? [1, "auto"] : [0, "auto"]}
          allowDataOverflow={logScale}
          tick={{ fontSize: 11 }}
          width={48}
          allowDecimals={false}
          tickFormatter={(v: number) => v.toLocaleString("en")}
        />
        {contests.map((contest) => (
          <ReferenceArea
            key={contest.id}
            x1={Math.max(contest.t, domain[0])}
            x2={Math.min(contest.t + DAY_MS, domain[1])}
            y1={contest.min}
            y2={contest.max}
            fill={colourOf(contest.party)}
            fillOpacity={0.15}
            stroke={colourOf(contest.party)}
            strokeDasharray="3 3"
            ifOverflow="hidden"
            label={<ContestedLabel />}
          />
        ))}
        {view.series.map(({ series, line }) => (
          <Line
            key={`line-${series.id}`}
            data={line}
            dataKey="value"
            name={series.id}
            type="stepAfter"
            stroke={colourOf(series.party)}
            strokeWidth={2}
            strokeDasharray={DASH[series.relation]}
            dot={false}
            activeDot={false}
            connectNulls
            isAnimationActive={animate && "auto"}
            animationDuration={600}
          />
        ))}
        {scatters.map(({ series, data }) => (
          <Scatter
            key={`points-${series.id}`}
            data={data}
            dataKey="count"
            name={series.id}
            shape={shape}
            isAnimationActive={animate && "auto"}
            animationDuration={600}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
});
