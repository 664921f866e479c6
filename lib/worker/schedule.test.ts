import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { jitter, KeyedLimiter, nextIntervalAfterFailure, nextIntervalAfterSuccess } from "./schedule";

describe("poll intervals", () => {
  const success: Array<[string, number, number | null, number | null, number]> = [
    ["configured when the server asks nothing", 300, null, null, 300],
    ["Cache-Control or Retry-After asking for slower polling", 300, 900, null, 900],
    ["RSS ttl asking for slower polling", 300, null, 60, 3600],
    ["never faster than configured", 300, 60, 1, 300],
    ["a server's wish capped at a day", 300, 10 ** 7, null, 86_400],
  ];
  for (const [what, poll, minInterval, ttl, expected] of success) {
    test(`after success: ${what}`, () => {
      assert.equal(
        nextIntervalAfterSuccess(poll, { minIntervalSeconds: minInterval, ttlMinutes: ttl }),
        expected,
      );
    });
  }

  const failure: Array<[number, number | undefined, number]> = [
    [1, undefined, 60],
    [2, undefined, 120],
    [4, undefined, 480],
    [30, undefined, 21_600],
    [1, 3600, 3600],
  ];
  for (const [failures, retryAfter, expected] of failure) {
    test(`after ${failures} failure(s)${retryAfter ? ` with Retry-After ${retryAfter}` : ""}: ${expected} s`, () => {
      assert.equal(nextIntervalAfterFailure(60, failures, retryAfter), expected);
    });
  }

  test("jitter only lengthens, by at most 20%", () => {
    assert.equal(
      jitter(100, () => 0),
      100,
    );
    assert.equal(
      jitter(100, () => 1),
      120,
    );
  });
});

describe("KeyedLimiter", () => {
  test("runs at most two tasks per host at once, and other hosts are not held up", async () => {
    const limiter = new KeyedLimiter(2);
    let runningOnA = 0;
    let peakOnA = 0;
    const order: string[] = [];
    const task = (name: string, ms: number) => async () => {
      const onA = name.startsWith("a");
      if (onA) peakOnA = Math.max(peakOnA, ++runningOnA);
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (onA) runningOnA -= 1;
      order.push(name);
    };
    await Promise.all([
      limiter.run("a", task("a1", 40)),
      limiter.run("a", task("a2", 40)),
      limiter.run("a", task("a3", 10)),
      limiter.run("b", task("b1", 5)),
    ]);
    assert.equal(order[0], "b1", "another host's task does not wait");
    assert.equal(order.at(-1), "a3", "the third task on one host waits for a slot");
    assert.equal(peakOnA, 2);
  });
});
