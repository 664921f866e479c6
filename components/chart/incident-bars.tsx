"use client";

import { memo, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { BarShapeProps } from "recharts/types/cartesian/Bar";
import type { BarView, LedgerView } from "@/lib/dashboard/ledger-view";
import type { CasualtyKind } from "@/lib/types/tags";
import { timeAxisProps } from "./ledger-labels";
import { ANIMATE_UP_TO } from "./toll-chart";

/** Kind as fill style, so that bars of one party differ by more than a shade. */
const KIND_FILL: Record<CasualtyKind, { opacity: number; dash?: string }> = {
  killed: { opacity: 1 },
  injured: { opacity: 0.35 },
  missing: { opacity: 0, dash: "3 2" },
  captured: { opacity: 0, dash: "1 2" },
};

export interface BarHover {
  x: number;
  y: number;
  bar: BarView;
}

export interface IncidentBarsProps {
  view: LedgerView;
  colourOf: (party: string | null) => string;
  actorLabel: (id: string | null) => string;
  formatTime: (ms: number) => string;
  /** Round times of the region's clock (see timeTicks). */
  ticks: number[];
  onHover: (hover: BarHover | null) => void;
  onPick: (bar: BarView) => void;
}

interface BarMarkProps {
  x: number;
  y: number;
  width: number;
  height: number;
  bar: BarView;
  colour: string;
  label: string;
  onHover: (hover: BarHover | null) => void;
  onPick: (bar: BarView) => void;
}

function BarMark({ x, y, width, height, bar, colour, label, onHover, onPick }: BarMarkProps) {
  const fill = KIND_FILL[bar.kind];
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG bar cannot be a <button>; the table offers the same action.
    <g
      role="button"
      tabIndex={-1}
      aria-label={label}
      data-testid="incident-bar"
      style={{ cursor: "pointer" }}
      onMouseEnter={() => onHover({ x: x + width / 2, y, bar })}
      onMouseLeave={() => onHover(null)}
      onClick={() => onPick(bar)}
      onKeyDown={(event) => {
        if (event.key === "Enter") onPick(bar);
      }}
    >
      <rect
        x={x}
        y={y}
        width={Math.max(width, 2)}
        height={height}
        fill={colour}
        fillOpacity={fill.opacity}
        stroke={colour}
        strokeWidth={1.5}
        strokeDasharray={fill.dash}
      />
      {bar.contested && (
        <text x={x + width / 2} y={y - 3} fontSize={10} textAnchor="middle" fill="#1d1d1f">
          ⚠
        </text>
      )}
    </g>
  );
}

const DAY_MS = 86_400_000;

const barKey = (bar: Pick<BarView, "party" | "kind">) => `${bar.party ?? "-"}|${bar.kind}`;

/** Single-incident figures: a bar per day (or week) per party and kind, the sum of distinct incidents. */
export const IncidentBars = memo(function IncidentBars({
  view,
  colourOf,
  actorLabel,
  formatTime,
  ticks,
  onHover,
  onPick,
}: IncidentBarsProps) {
  const { rows, keys, byCell } = useMemo(() => {
    const rowsByT = new Map<number, Record<string, number>>();
    const cells = new Map<string, BarView>();
    const keyList: Array<Pick<BarView, "party" | "kind">> = [];
    const seen = new Set<string>();
    for (const bar of view.bars) {
      const key = barKey(bar);
      if (!seen.has(key)) {
        seen.add(key);
        keyList.push(bar);
      }
      // A bar stands in the middle of its day (or week), between the midnight ticks.
      const centre = bar.t + (view.barUnit === "week" ? 3.5 : 0.5) * DAY_MS;
      const row = rowsByT.get(centre) ?? { t: centre };
      row[key] = bar.total;
      rowsByT.set(centre, row);
      cells.set(`${centre}|${key}`, bar);
    }
    return {
      rows: [...rowsByT.values()].sort((a, b) => (a.t ?? 0) - (b.t ?? 0)),
      keys: keyList,
      byCell: cells,
    };
  }, [view.bars, view.barUnit]);
  const domain = view.domain ?? [0, 1];

  const shapeFor = (key: string) => (props: BarShapeProps) => {
    const t: unknown = (props.payload as { t?: unknown } | undefined)?.t;
    const bar = typeof t === "number" ? byCell.get(`${t}|${key}`) : undefined;
    if (!bar || !props.height) return null;
    const label = `${actorLabel(bar.party)} ${bar.kind}: ${bar.total} in single incidents, ${view.barUnit} of ${formatTime(bar.t)}${bar.contested ? ", contested" : ""}`;
    return (
      <BarMark
        x={props.x ?? 0}
        y={props.y ?? 0}
        width={props.width ?? 0}
        height={props.height}
        bar={bar}
        colour={colourOf(bar.party)}
        label={label}
        onHover={onHover}
        onPick={onPick}
      />
    );
  };

  return (
    <ResponsiveContainer width="100%" height={140}>
      <BarChart data={rows} margin={{ top: 14, right: 16, bottom: 4, left: 4 }} barGap={1}>
        <CartesianGrid stroke="#e4e4e0" vertical={false} />
        <XAxis {...timeAxisProps(domain, ticks, formatTime)} />
        <YAxis tick={{ fontSize: 11 }} width={48} allowDecimals={false} />
        {keys.map((key) => (
          <Bar
            key={barKey(key)}
            dataKey={barKey(key)}
            name={barKey(key)}
            shape={shapeFor(barKey(key))}
            maxBarSize={24}
            minPointSize={2}
            isAnimationActive={view.bars.length <= ANIMATE_UP_TO && "auto"}
            animationDuration={600}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
