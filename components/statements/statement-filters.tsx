"use client";

import type { Option, StatementFilter } from "@/lib/dashboard/statements";
import styles from "./statements.module.css";

interface Props {
  filter: StatementFilter;
  onChange: (filter: StatementFilter) => void;
  actors: Option[];
  speakers: Option[];
  /** A prefix for element ids, unique per panel on the page. */
  idPrefix: string;
}

/** The panel's own narrowing by actor and speaker, on top of the shared filter bar. */
export function StatementFilters({ filter, onChange, actors, speakers, idPrefix }: Props) {
  // A chosen actor stays choosable when the shared filters leave it no statements, so it can be undone.
  const actorChoices =
    filter.actor && !actors.some((a) => a.value === filter.actor)
      ? [...actors, { value: filter.actor, label: filter.actor, count: 0 }]
      : actors;
  return (
    <search className={styles.filters} aria-label="Narrow the statements">
      <label htmlFor={`${idPrefix}-actor`}>
        Side
        <select
          id={`${idPrefix}-actor`}
          data-testid="statement-actor-filter"
          value={filter.actor}
          onChange={(event) => onChange({ ...filter, actor: event.target.value })}
        >
          <option value="">Every actor</option>
          {actorChoices.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${idPrefix}-speaker`}>
        Speaker
        <input
          id={`${idPrefix}-speaker`}
          type="search"
          data-testid="statement-speaker-filter"
          placeholder="Name or role, any spelling"
          list={`${idPrefix}-speakers`}
          autoComplete="off"
          value={filter.speaker}
          onChange={(event) => onChange({ ...filter, speaker: event.target.value })}
        />
      </label>
      <datalist id={`${idPrefix}-speakers`}>
        {speakers.map((option) => (
          <option key={option.value} value={option.value} />
        ))}
      </datalist>
      {(filter.actor || filter.speaker) && (
        <button type="button" onClick={() => onChange({ actor: "", speaker: "" })}>
          Clear
        </button>
      )}
    </search>
  );
}
