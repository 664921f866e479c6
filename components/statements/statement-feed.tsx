"use client";

import { useDeferredValue, useId, useMemo, useState } from "react";
import {
  actorOptions,
  capList,
  filterStatements,
  NO_STATEMENT_FILTER,
  PAGE_SIZE,
  type StatementFilter,
  sideOrder,
  sortNewestFirst,
  speakerOptions,
} from "@/lib/dashboard/statements";
import type { StatementFeedProps } from "../panel-props";
import { StatementEntry } from "./statement-entry";
import { StatementFilters } from "./statement-filters";
import styles from "./statements.module.css";

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * Statements, newest first, one entry per quote however many outlets carry it. At most a page of entries
 * is painted at a time, so thousands of statements and a long-running screen stay light.
 */
export function StatementFeed({ statements, context, selection, onSelect, highlight }: StatementFeedProps) {
  const idPrefix = useId();
  const [filter, setFilter] = useState<StatementFilter>(NO_STATEMENT_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [linkedOnly, setLinkedOnly] = useState(false);
  // Typing stays responsive with thousands of statements: the list follows the input a beat later.
  const speaker = useDeferredValue(filter.speaker);

  const sorted = useMemo(() => sortNewestFirst(statements), [statements]);
  const filtered = useMemo(
    () => filterStatements(sorted, { actor: filter.actor, speaker }),
    [sorted, filter.actor, speaker],
  );
  const showLinkedOnly = linkedOnly && highlight.size > 0;
  const visible = useMemo(
    () => (showLinkedOnly ? filtered.filter((s) => highlight.has(s.id)) : filtered),
    [filtered, highlight, showLinkedOnly],
  );
  const actors = useMemo(() => actorOptions(statements, context.actors), [statements, context.actors]);
  const speakers = useMemo(() => speakerOptions(statements), [statements]);
  const colourOrder = useMemo(() => sideOrder(context), [context]);
  const { shown, hidden } = capList(visible, limit);
  const selectedId = selection?.kind === "statement" ? selection.id : null;

  const changeFilter = (next: StatementFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };

  return (
    <div className={styles.feed} data-testid="statement-feed">
      <StatementFilters
        filter={filter}
        onChange={changeFilter}
        actors={actors}
        speakers={speakers}
        idPrefix={idPrefix}
      />
      {statements.length > 0 && (
        <p className={styles.summary} data-testid="statement-count">
          {visible.length === statements.length
            ? `${count(statements.length)} statement${statements.length === 1 ? "" : "s"}, newest first`
            : `${count(visible.length)} of ${count(statements.length)} statements, newest first`}
          {highlight.size > 0 && (
            <label className={styles.linkedOnly}>
              <input type="checkbox" checked={linkedOnly} onChange={(e) => setLinkedOnly(e.target.checked)} />{" "}
              only the {count(highlight.size)} linked to the selection
            </label>
          )}
        </p>
      )}
      {statements.length === 0 ? (
        <p className="empty" data-testid="statement-empty">
          No statements in this window. New quotations and reported statements appear here as articles arrive;
          the filters above may be hiding some.
        </p>
      ) : visible.length === 0 ? (
        <p className="empty" data-testid="statement-empty">
          No statements match these filters.{" "}
          <button type="button" onClick={() => changeFilter(NO_STATEMENT_FILTER)}>
            Clear the panel's filters
          </button>
        </p>
      ) : (
        <ol className={styles.list} aria-label="Statements, newest first">
          {shown.map((statement) => (
            <StatementEntry
              key={statement.id}
              statement={statement}
              context={context}
              colourOrder={colourOrder}
              selected={statement.id === selectedId}
              linked={highlight.has(statement.id)}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
      {hidden > 0 && (
        <button
          type="button"
          className={styles.more}
          data-testid="statement-more"
          onClick={() => setLimit(limit + PAGE_SIZE)}
        >
          Show {count(Math.min(PAGE_SIZE, hidden))} more ({count(hidden)} not shown)
        </button>
      )}
    </div>
  );
}
