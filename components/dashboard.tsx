"use client";

import type { TimelineSnapshot } from "@/lib/realtime/timeline";
import { ConnectionBadge } from "./connection-badge";
import { ReportList } from "./report-list";
import { TimeLabel } from "./time-label";
import { useLive } from "./use-live";

export interface DashboardProps {
  regionName: string;
  regionZone: string;
  initial: TimelineSnapshot;
}

/** The live dashboard: reports now; the chart, map and statement feed have their places. */
export function Dashboard({ regionName, regionZone, initial }: DashboardProps) {
  const live = useLive(initial);
  const failing = live.feeds?.filter((feed) => feed.consecutiveFailures > 0).length ?? 0;
  return (
    <div className="dashboard">
      <header className="topbar">
        <h1>
          Conflict Monitor <span className="muted">· {regionName}</span>
        </h1>
        <div className="topbar-status">
          <ConnectionBadge status={live.status} />
          <span data-testid="last-update">
            Last update:{" "}
            {live.lastUpdate ? <TimeLabel iso={live.lastUpdate} regionZone={regionZone} /> : "none yet"}
          </span>
          {live.feeds && (
            <a href="/feeds" data-testid="feeds-summary" className={failing ? "warn" : undefined}>
              {failing ? `Feeds failing: ${failing} of ${live.feeds.length}` : `${live.feeds.length} feeds`}
            </a>
          )}
        </div>
      </header>
      {live.error && (
        <p className="error-banner" role="alert">
          {live.error}
        </p>
      )}
      <main className="panels">
        <section className="panel panel-reports" aria-labelledby="reports-heading">
          <h2 id="reports-heading">Latest reports</h2>
          <ReportList articles={live.articles} regionZone={regionZone} />
        </section>
        <section
          className="panel panel-placeholder"
          aria-labelledby="chart-heading"
          data-testid="chart-panel"
        >
          <h2 id="chart-heading">Casualty claims</h2>
          <p className="muted">The casualty ledger chart will appear here.</p>
        </section>
        <section className="panel panel-placeholder" aria-labelledby="map-heading" data-testid="map-panel">
          <h2 id="map-heading">Incident map</h2>
          <p className="muted">The incident map will appear here.</p>
        </section>
        <section
          className="panel panel-placeholder"
          aria-labelledby="statements-heading"
          data-testid="statements-panel"
        >
          <h2 id="statements-heading">Statements</h2>
          <p className="muted">The statement feed will appear here.</p>
        </section>
      </main>
    </div>
  );
}
