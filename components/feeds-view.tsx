"use client";

import type { FeedHealth } from "@/lib/types/article";
import { ConnectionBadge } from "./connection-badge";
import { TimeLabel } from "./time-label";
import { useLive } from "./use-live";

function When({ iso, zone }: { iso: string | null; zone: string }) {
  return iso ? <TimeLabel iso={iso} regionZone={zone} /> : <span className="muted">never</span>;
}

/** Every feed with its health: last success, last error and why, items stored, next poll. */
export function FeedsView({ initialFeeds, regionZone }: { initialFeeds: FeedHealth[]; regionZone: string }) {
  const live = useLive(
    { articles: [], claims: [], incidents: [], statements: [], upTo: 0, feeds: initialFeeds },
    { trackChanges: false },
  );
  const feeds = live.feeds ?? initialFeeds;
  const failing = feeds.filter((feed) => feed.consecutiveFailures > 0).length;
  return (
    <div className="dashboard">
      <header className="topbar">
        <h1>
          <a href="/">Conflict Monitor</a> <span className="muted">· Feeds</span>
        </h1>
        <div className="topbar-status">
          <ConnectionBadge status={live.status} />
          <span data-testid="feeds-failing">
            {failing ? `Feeds failing: ${failing} of ${feeds.length}` : `All ${feeds.length} feeds healthy`}
          </span>
        </div>
      </header>
      <main>
        <table className="feeds" data-testid="feeds-table">
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Status</th>
              <th scope="col">Last success</th>
              <th scope="col">Last error</th>
              <th scope="col">Items</th>
              <th scope="col">Next poll</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((feed) => {
              const ok = feed.consecutiveFailures === 0;
              return (
                <tr key={feed.id} data-testid="feed-row" data-feed-url={feed.url}>
                  <th scope="row">
                    {feed.name}
                    <div className="muted small">{feed.url}</div>
                  </th>
                  <td data-testid="feed-status">
                    {feed.lastPolledAt === null
                      ? "not polled yet"
                      : ok
                        ? "OK"
                        : `failing (${feed.consecutiveFailures}×)`}
                  </td>
                  <td>
                    <When iso={feed.lastOkAt} zone={regionZone} />
                  </td>
                  <td data-testid="feed-error">
                    {feed.lastError ? (
                      <>
                        <span className={ok ? "muted" : "warn"}>{feed.lastError}</span>{" "}
                        <When iso={feed.lastErrorAt} zone={regionZone} />
                      </>
                    ) : (
                      <span className="muted">none</span>
                    )}
                  </td>
                  <td data-testid="feed-items">{feed.articles}</td>
                  <td>
                    <When iso={feed.nextPollAt} zone={regionZone} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </div>
  );
}
