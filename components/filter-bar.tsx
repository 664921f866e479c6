"use client";

import { type Filters, TIME_WINDOWS, type TimeWindow } from "@/lib/dashboard/filters";
import type { DashboardContext } from "@/lib/types/dashboard";
import type { EventType } from "@/lib/types/tags";
import { eventTypeLabel } from "./labels";

const WINDOW_LABEL: Record<TimeWindow, string> = {
  "24h": "24 h",
  "7d": "7 days",
  "30d": "30 days",
  all: "All",
};

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  context: DashboardContext;
  /** What the data offers to filter by (actors, event types and places present). */
  options: { actors: string[]; eventTypes: EventType[]; places: string[] };
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

function Choices<T extends string>(props: {
  legend: string;
  testId: string;
  values: T[];
  chosen: T[];
  label: (value: T) => string;
  onToggle: (value: T) => void;
}) {
  const summary = props.chosen.length
    ? `${props.legend}: ${props.chosen.map(props.label).join(", ")}`
    : props.legend;
  return (
    <details className="choices" data-testid={props.testId}>
      <summary>{summary}</summary>
      <fieldset>
        <legend className="visually-hidden">{props.legend}</legend>
        {props.values.length === 0 && <p className="muted">None in the data yet.</p>}
        {props.values.map((value) => (
          <label key={value}>
            <input
              type="checkbox"
              checked={props.chosen.includes(value)}
              onChange={() => props.onToggle(value)}
              value={value}
            />{" "}
            {props.label(value)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** One filter bar for all three panels; its state is the page URL. */
export function FilterBar({ filters, onChange, context, options }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active =
    filters.actors.length + filters.eventTypes.length + filters.places.length + (filters.q ? 1 : 0);
  return (
    <search className="filter-bar" aria-label="Filters" data-testid="filter-bar">
      <fieldset className="windows">
        <legend className="visually-hidden">Time window</legend>
        {TIME_WINDOWS.map((window) => (
          <label key={window} className={filters.window === window ? "chosen" : undefined}>
            <input
              type="radio"
              name="window"
              value={window}
              checked={filters.window === window}
              onChange={() => set({ window })}
            />
            {WINDOW_LABEL[window]}
          </label>
        ))}
      </fieldset>
      <Choices
        legend="Actors"
        testId="filter-actors"
        values={options.actors}
        chosen={filters.actors}
        label={(id) => context.actors[id]?.name ?? id}
        onToggle={(id) => set({ actors: toggle(filters.actors, id) })}
      />
      <Choices
        legend="Event types"
        testId="filter-types"
        values={options.eventTypes}
        chosen={filters.eventTypes}
        label={eventTypeLabel}
        onToggle={(type) => set({ eventTypes: toggle(filters.eventTypes, type) })}
      />
      <Choices
        legend="Places"
        testId="filter-places"
        values={options.places}
        chosen={filters.places}
        label={(name) => name}
        onToggle={(name) => set({ places: toggle(filters.places, name) })}
      />
      <label className="search">
        <span className="visually-hidden">Search</span>
        <input
          type="search"
          placeholder="Search words, places, speakers"
          defaultValue={filters.q}
          data-testid="filter-q"
          onKeyDown={(event) => {
            if (event.key === "Enter") set({ q: event.currentTarget.value.trim() });
          }}
          onBlur={(event) => {
            if (event.currentTarget.value.trim() !== filters.q) set({ q: event.currentTarget.value.trim() });
          }}
        />
      </label>
      {active > 0 && (
        <button
          type="button"
          onClick={() => onChange({ ...filters, actors: [], eventTypes: [], places: [], q: "" })}
          data-testid="filter-clear"
        >
          Clear {active} filter{active > 1 ? "s" : ""}
        </button>
      )}
    </search>
  );
}
