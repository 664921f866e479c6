"use client";

import styles from "./chart.module.css";
import type { Hover, PointDatum } from "./toll-chart";

export interface PointMarkProps {
  cx: number;
  cy: number;
  datum: PointDatum;
  selected: boolean;
  emphasised: boolean;
  /** Arrived since the chart was first drawn: it pops in once. */
  fresh: boolean;
  label: string;
  onHover: (hover: Hover | null) => void;
  onPick: (datum: PointDatum) => void;
}

const triangle = (cx: number, cy: number, r: number, up: boolean) => {
  const tip = up ? cy - r * 1.2 : cy + r * 1.2;
  const base = up ? cy + r * 0.8 : cy - r * 0.8;
  return `M${cx},${tip} L${cx + r},${base} L${cx - r},${base} Z`;
};

/**
 * One figure on the chart, its shape saying what the number claims: a dot for a figure, a triangle up for
 * "at least", down for "up to", a hollow ring with its word for a vague figure, a hollow diamond for a
 * figure lower than one already standing.
 */
export function PointMark(props: PointMarkProps) {
  const { cx, cy, datum, selected, emphasised, fresh, label, onHover, onPick } = props;
  const { point, colour } = datum;
  const r = emphasised ? 7 : 4.5;
  const lower = point.qualifier === "at least" || point.qualifier === "more than";
  let mark: React.ReactNode;
  if (point.role === "vague")
    mark = (
      <>
        <circle cx={cx} cy={cy} r={r} fill="#fff" stroke={colour} strokeWidth={2} />
        <text x={cx + r + 3} y={cy + 4} fontSize={10} fill="#1d1d1f">
          {point.vagueWord ?? "vague"}
        </text>
      </>
    );
  else if (point.role === "bound")
    mark = <path d={triangle(cx, cy, r, false)} fill="#fff" stroke={colour} strokeWidth={2} />;
  else if (point.role === "below")
    mark = (
      <path
        d={`M${cx},${cy - r * 1.3} L${cx + r * 1.3},${cy} L${cx},${cy + r * 1.3} L${cx - r * 1.3},${cy} Z`}
        fill="#fff"
        stroke={colour}
        strokeWidth={2}
      />
    );
  else if (lower) mark = <path d={triangle(cx, cy, r, true)} fill={colour} stroke="#fff" strokeWidth={1} />;
  else mark = <circle cx={cx} cy={cy} r={r} fill={colour} stroke="#fff" strokeWidth={1} />;
  const pick = () => onPick(datum);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; the table beneath offers the same action to the keyboard.
    <g
      role="button"
      tabIndex={-1}
      aria-label={label}
      data-testid="chart-point"
      data-claim-id={point.claims[0]?.id}
      className={fresh ? styles.fresh : undefined}
      style={{ cursor: "pointer" }}
      onMouseEnter={() => onHover({ x: cx, y: cy, datum })}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover({ x: cx, y: cy, datum })}
      onBlur={() => onHover(null)}
      onClick={pick}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") pick();
      }}
    >
      {selected && <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke="#1d1d1f" strokeWidth={2} />}
      {mark}
    </g>
  );
}
