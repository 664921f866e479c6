/** Longest wait the poller accepts from a server's Retry-After, TTL or Cache-Control. */
export const MAX_INTERVAL_SECONDS = 24 * 3600;
/** Longest back-off after repeated failures. */
export const MAX_BACKOFF_SECONDS = 6 * 3600;

/** Up to 20% longer (never shorter: a wait asked by a server is a minimum), so that feeds configured alike do not all fire in the same second. */
export function jitter(seconds: number, random: () => number = Math.random): number {
  return seconds * (1 + 0.2 * random());
}

/**
 * Seconds until the next poll after a success: the configured interval, unless the publisher asks for
 * slower polling (Retry-After, Cache-Control max-age, RSS ttl). Never faster than configured.
 */
export function nextIntervalAfterSuccess(
  pollSeconds: number,
  asked: { minIntervalSeconds: number | null; ttlMinutes: number | null },
): number {
  const wishes = [pollSeconds];
  if (asked.minIntervalSeconds) wishes.push(Math.min(asked.minIntervalSeconds, MAX_INTERVAL_SECONDS));
  if (asked.ttlMinutes) wishes.push(Math.min(asked.ttlMinutes * 60, MAX_INTERVAL_SECONDS));
  return Math.max(...wishes);
}

/** Exponential back-off: the interval doubles with each consecutive failure, capped, and Retry-After wins when longer. */
export function nextIntervalAfterFailure(
  pollSeconds: number,
  consecutiveFailures: number,
  retryAfterSeconds?: number,
): number {
  const exponent = Math.min(Math.max(consecutiveFailures - 1, 0), 20);
  const backoff = Math.min(pollSeconds * 2 ** exponent, Math.max(MAX_BACKOFF_SECONDS, pollSeconds));
  return Math.max(backoff, Math.min(retryAfterSeconds ?? 0, MAX_INTERVAL_SECONDS));
}

/** Runs at most `limit` tasks at once per key (per host). */
export class KeyedLimiter {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if ((this.running.get(key) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(key) ?? [];
        queue.push(resolve);
        this.waiting.set(key, queue);
      });
    } else {
      this.running.set(key, (this.running.get(key) ?? 0) + 1);
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.get(key)?.shift();
      // A waiter inherits the finishing task's slot, so the count never exceeds the limit.
      if (next) next();
      else this.running.set(key, (this.running.get(key) ?? 1) - 1);
    }
  }
}
