import type { FeedConfig, Options } from "../config/schema";
import type { FeedRecord, PollOutcome, Store } from "../db/store";
import { isFeedError } from "../feeds/errors";
import { fetchFeed } from "../feeds/fetch";
import type { Logger } from "../log";
import type { Bus } from "../realtime/bus";
import type { RelevanceModel } from "../relevance";
import { processFeedBody, type TagFn } from "./pipeline";
import { jitter, KeyedLimiter, nextIntervalAfterFailure, nextIntervalAfterSuccess } from "./schedule";

interface Deps {
  store: Store;
  bus: Bus;
  log: Logger;
  options: Options;
  relevance: RelevanceModel;
  tag: TagFn | null;
}

interface Scheduled {
  config: FeedConfig;
  record: FeedRecord;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
}

/**
 * Polls every feed on its own interval. Each poll is fetch → pipeline → one store transaction →
 * publish. A failure is recorded on that feed alone, with back-off; the poller always reschedules.
 */
export class Poller {
  private readonly feeds = new Map<number, Scheduled>();
  private readonly limiter: KeyedLimiter;
  private stopped = false;

  constructor(private readonly deps: Deps) {
    this.limiter = new KeyedLimiter(deps.options.perHostConcurrency);
  }

  /** Starts polling: feeds that are due (or new) go at once, the rest when their next poll comes. */
  async start(configs: FeedConfig[]): Promise<void> {
    const records = await this.deps.store.syncFeeds(configs);
    const byUrl = new Map(configs.map((c) => [c.url, c]));
    const now = Date.now();
    for (const record of records) {
      const config = byUrl.get(record.url);
      if (!config) continue;
      const entry: Scheduled = { config, record, timer: null, running: null };
      this.feeds.set(record.id, entry);
      const due = record.nextPollAt ? Date.parse(record.nextPollAt) - now : 0;
      // Spread the first polls over a second so that start-up is not one burst.
      this.schedule(entry, Math.max(due, 0) + Math.random() * 1000);
    }
    this.deps.log.info({ feeds: records.length }, "poller started");
  }

  private schedule(entry: Scheduled, delayMs: number): void {
    if (this.stopped) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.running = this.poll(entry).finally(() => {
        entry.running = null;
      });
    }, delayMs);
  }

  /** Polls one feed now and reschedules it; never throws. */
  private async poll(entry: Scheduled): Promise<void> {
    const { config } = entry;
    const started = new Date();
    let outcome: PollOutcome;
    let delaySeconds: number;
    try {
      const host = new URL(config.url).host;
      const result = await this.limiter.run(host, () =>
        fetchFeed(config.url, {
          etag: entry.record.etag,
          lastModified: entry.record.lastModified,
          timeoutMs: this.deps.options.timeoutSeconds * 1000,
          maxBytes: this.deps.options.maxBodyBytes,
          maxRedirects: this.deps.options.maxRedirects,
          userAgent: this.deps.options.userAgent,
        }),
      );
      if (result.kind === "not-modified") {
        delaySeconds = jitter(nextIntervalAfterSuccess(config.pollSeconds, { ...result, ttlMinutes: null }));
        outcome = {
          kind: "not-modified",
          etag: result.etag,
          lastModified: result.lastModified,
          ...times(started, delaySeconds),
        };
      } else {
        const processed = await processFeedBody(result.body, result.contentType, {
          feed: config,
          finalUrl: result.finalUrl,
          fetchedAt: started,
          relevance: this.deps.relevance,
          tag: this.deps.tag,
        });
        delaySeconds = jitter(
          nextIntervalAfterSuccess(config.pollSeconds, {
            minIntervalSeconds: result.minIntervalSeconds,
            ttlMinutes: processed.ttlMinutes,
          }),
        );
        outcome = {
          kind: "ok",
          etag: result.etag,
          lastModified: result.lastModified,
          articles: processed.articles,
          feedTitle: processed.title,
          ...times(started, delaySeconds),
        };
      }
    } catch (error) {
      const failures = entry.record.consecutiveFailures + 1;
      const message = isFeedError(error) ? error.message : `Unexpected failure: ${(error as Error).message}`;
      const code = isFeedError(error) ? error.code : "internal";
      delaySeconds = jitter(
        nextIntervalAfterFailure(
          config.pollSeconds,
          failures,
          isFeedError(error) ? error.retryAfterSeconds : undefined,
        ),
      );
      outcome = { kind: "error", code, message, ...times(started, delaySeconds) };
      this.deps.log.warn(
        { feed: config.url, code, failures, retryInSeconds: Math.round(delaySeconds) },
        `feed "${config.name}" (${config.url}) failed: ${message}`,
      );
      if (!isFeedError(error))
        this.deps.log.error({ err: error, feed: config.url }, "unexpected poll failure");
    }
    await this.commit(entry, outcome);
    this.schedule(entry, delaySeconds * 1000);
  }

  private async commit(entry: Scheduled, outcome: PollOutcome): Promise<void> {
    try {
      const changes = await this.deps.store.recordPoll(entry.record.id, outcome);
      if (outcome.kind === "error") entry.record.consecutiveFailures += 1;
      else {
        entry.record.consecutiveFailures = 0;
        entry.record.etag = outcome.etag;
        entry.record.lastModified = outcome.lastModified;
      }
      entry.record.nextPollAt = outcome.nextPollAt;
      for (const change of changes) this.deps.bus.publishChange(change);
      this.deps.bus.publishFeedsChanged();
      if (changes.length) {
        this.deps.log.info(
          { feed: entry.config.url, changes: changes.length },
          "stored new or changed articles",
        );
      }
    } catch (error) {
      // Nothing was committed: validators stay as they were, so the next poll fetches the same items again.
      this.deps.log.error({ err: error, feed: entry.config.url }, "could not store poll result");
    }
  }

  /** Polls a feed at once (used by tests and the demo); resolves when that poll is stored. */
  async pollNow(feedId: number): Promise<void> {
    const entry = this.feeds.get(feedId);
    if (!entry) throw new Error(`no feed ${feedId}`);
    if (entry.running) await entry.running;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.running = this.poll(entry).finally(() => {
      entry.running = null;
    });
    await entry.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const entry of this.feeds.values()) if (entry.timer) clearTimeout(entry.timer);
    await Promise.all([...this.feeds.values()].map((entry) => entry.running));
  }
}

function times(started: Date, delaySeconds: number) {
  return {
    polledAt: started.toISOString(),
    nextPollAt: new Date(started.getTime() + delaySeconds * 1000).toISOString(),
  };
}
