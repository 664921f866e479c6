"use client";

import type { StatementFeedProps } from "../panel-props";

/** Statements, newest first, one entry per quote however many outlets carry it. */
export function StatementFeed({ statements }: StatementFeedProps) {
  return <p className="muted">{statements.length} statements.</p>;
}
