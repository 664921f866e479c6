"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { applyFilters, type Filters, parseFilters, serialiseFilters } from "@/lib/dashboard/filters";
import { linkedTo } from "@/lib/dashboard/links";
import type { TimelineSnapshot } from "@/lib/realtime/timeline";
import type { DashboardContext, Selection } from "@/lib/types/dashboard";
import type { EventType } from "@/lib/types/tags";
import { CasualtyChart } from "./chart/casualty-chart";
import { ConnectionBadge } from "./connection-badge";
import { FilterBar } from "./filter-bar";
import { IncidentMapPanel } from "./map";
import { ReportList } from "./report-list";
import { StatementFeed } from "./statements/statement-feed";
import { TimeLabel, useNow } from "./time-label";
import { useLive } from "./use-live";

export interface DashboardProps {
  context: DashboardContext;
  initial: TimelineSnapshot;
  /** A wall screen: no filter bar or report list, larger type; filters still come from the URL. */
  kiosk?: boolean;
}

/** The live dashboard: one filter bar over the casualty ledger, the incident map and the statement feed. */
export function Dashboard({ context, initial, kiosk = false }: DashboardProps) {
  const live = useLive(initial);
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = useMemo(() => parseFilters(new URLSearchParams(params.toString())), [params]);
  const setFilters = useCallback(
    (next: Filters) => {
      const query = serialiseFilters(next).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  const [selection, setSelection] = useState<Selection>(null);
  const now = useNow() ?? Date.parse(initial.articles[0]?.fetchedAt ?? "1970-01-01T00:00:00Z");

  const shown = useMemo(
    () =>
      applyFilters(
        { claims: live.claims, incidents: live.incidents, statements: live.statements },
        filters,
        now,
      ),
    [live.claims, live.incidents, live.statements, filters, now],
  );
  // The chart gets every claim but the window's cut: a toll reported before the window still stands in it.
  const chartClaims = useMemo(
    () =>
      applyFilters(
        { claims: live.claims, incidents: live.incidents, statements: [] },
        { ...filters, window: "all" },
        now,
      ).claims,
    [live.claims, live.incidents, filters, now],
  );
  const linked = useMemo(
    () =>
      linkedTo(selection, { claims: live.claims, incidents: live.incidents, statements: live.statements }),
    [selection, live.claims, live.incidents, live.statements],
  );
  const options = useMemo(
    () => ({
      actors: [
        ...new Set([
          ...live.claims.flatMap((c) => [c.party, c.claimedBy]),
          ...live.statements.map((s) => s.affiliation),
          ...live.incidents.flatMap((i) => i.actors),
        ]),
      ]
        .filter((id): id is string => Boolean(id))
        .sort(),
      eventTypes: [...new Set(live.incidents.map((i) => i.eventType))].sort() as EventType[],
      places: [...new Set(live.incidents.map((i) => i.place.name))].sort(),
    }),
    [live.claims, live.incidents, live.statements],
  );

  const failing = live.feeds?.filter((feed) => feed.consecutiveFailures > 0).length ?? 0;
  const panel = { context, selection, onSelect: setSelection, now };
  return (
    <div className={kiosk ? "dashboard kiosk" : "dashboard"}>
      <header className="topbar">
        <h1>
          Conflict Monitor <span className="muted">· {context.region.name}</span>
        </h1>
        <div className="topbar-status">
          <ConnectionBadge status={live.status} />
          <span data-testid="last-update">
            Last update:{" "}
            {live.lastUpdate ? (
              <TimeLabel iso={live.lastUpdate} regionZone={context.region.timeZone} />
            ) : (
              "none yet"
            )}
          </span>
          {live.feeds && (
            <a href="/feeds" data-testid="feeds-summary" className={failing ? "warn" : undefined}>
              {failing ? `Feeds failing: ${failing} of ${live.feeds.length}` : `${live.feeds.length} feeds`}
            </a>
          )}
        </div>
      </header>
      {live.status === "reconnecting" && (
        <p className="error-banner" role="alert" data-testid="connection-lost">
          Connection lost, reconnecting. What arrives meanwhile will be caught up.
        </p>
      )}
      {live.error && (
        <p className="error-banner" role="alert">
          {live.error}
        </p>
      )}
      {!kiosk && <FilterBar filters={filters} onChange={setFilters} context={context} options={options} />}
      <main className="panels">
        <section className="panel panel-chart" aria-labelledby="chart-heading" data-testid="chart-panel">
          <h2 id="chart-heading">Casualty claims</h2>
          <CasualtyChart {...panel} claims={chartClaims} window={filters.window} highlight={linked.claims} />
        </section>
        <section className="panel panel-map" aria-labelledby="map-heading" data-testid="map-panel">
          <h2 id="map-heading">Incident map</h2>
          <IncidentMapPanel
            {...panel}
            incidents={shown.incidents}
            claims={shown.claims}
            highlight={linked.incidents}
          />
        </section>
        <section
          className="panel panel-statements"
          aria-labelledby="statements-heading"
          data-testid="statements-panel"
        >
          <h2 id="statements-heading">Statements</h2>
          <StatementFeed {...panel} statements={shown.statements} highlight={linked.statements} />
        </section>
        {!kiosk && (
          <section className="panel panel-reports" aria-labelledby="reports-heading">
            <h2 id="reports-heading">Latest reports</h2>
            <ReportList articles={live.articles} regionZone={context.region.timeZone} />
          </section>
        )}
      </main>
    </div>
  );
}
