import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { ConfigError, loadConfig } from "./load";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

function withConfig(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "monitor-config-"));
  const file = path.join(dir, "monitor.config.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const load = (env: Record<string, string | undefined>, cwd = tmpdir()) => loadConfig(env, { cwd, dataDir });

describe("loadConfig", () => {
  test("with nothing set: the built-in region, its feeds, port 3000, SQLite under var/", () => {
    const { config, problems } = load({});
    assert.equal(config.region.id, "south-caucasus");
    assert.ok(config.feeds.length >= 10);
    assert.equal(config.env.PORT, 3000);
    assert.equal(config.env.DATABASE_URL, "file:./var/monitor.db");
    assert.deepEqual(problems, []);
  });

  test("FEEDS replaces the feed list and POLL_SECONDS every interval", () => {
    const { config } = load({
      FEEDS: "https://a.example/rss, https://b.example/atom.xml",
      POLL_SECONDS: "7",
    });
    assert.deepEqual(
      config.feeds.map((feed) => [feed.url, feed.name, feed.pollSeconds, feed.nameFromFeed]),
      [
        ["https://a.example/rss", "a.example", 7, true],
        ["https://b.example/atom.xml", "b.example", 7, true],
      ],
    );
  });

  const badFeeds: Array<[string, unknown, RegExp]> = [
    [
      "a URL that is not http",
      { url: "ftp://x.example/feed" },
      /feeds\[0\] \(ftp:\/\/x\.example\/feed\).*url: must be an absolute http/,
    ],
    ["a poll interval of zero", { url: "https://x.example/f", pollSeconds: 0 }, /feeds\[0\].*pollSeconds/],
    [
      "an unknown time zone",
      { url: "https://x.example/f", timeZone: "Mars/Olympus" },
      /timeZone: is not a known IANA time zone/,
    ],
    ["no URL", { name: "Nameless" }, /feeds\[0\] skipped: url/],
  ];
  for (const [what, feed, message] of badFeeds) {
    test(`a feed with ${what} is skipped with one line naming it; the rest start`, () => {
      const file = withConfig({ feeds: [feed, { url: "https://good.example/rss", name: "Good" }] });
      const { config, problems } = load({ MONITOR_CONFIG: file });
      assert.equal(problems.length, 1);
      assert.match(problems[0] ?? "", message);
      assert.deepEqual(
        config.feeds.map((f) => f.name),
        ["Good"],
      );
    });
  }

  test("a wrong option is reported and its default used", () => {
    const file = withConfig({ options: { timeoutSeconds: "soon", pollSeconds: 120 } });
    const { config, problems } = load({ MONITOR_CONFIG: file });
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? "", /^options\.timeoutSeconds: .*\(using the default\)$/);
    assert.equal(config.options.timeoutSeconds, 20);
    assert.equal(config.options.pollSeconds, 120);
  });

  const fatal: Array<
    [string, Record<string, string | undefined> | (() => Record<string, string | undefined>), RegExp]
  > = [
    ["a config file that is not JSON", () => ({ MONITOR_CONFIG: withConfig("{ nope") }), /is not valid JSON/],
    [
      "an unknown key in the file",
      () => ({ MONITOR_CONFIG: withConfig({ feedz: [] }) }),
      /Unrecognized key.*feedz|feedz/,
    ],
    ["a missing config file", { MONITOR_CONFIG: "/nonexistent/monitor.json" }, /does not exist/],
    [
      "an unknown region",
      () => ({ MONITOR_CONFIG: withConfig({ region: "atlantis" }) }),
      /region "atlantis" not found/,
    ],
    ["a bad PORT", { PORT: "eighty" }, /PORT/],
    ["a DATABASE_URL of another kind", { DATABASE_URL: "mysql://x" }, /DATABASE_URL: must be file:PATH/],
  ];
  for (const [what, env, message] of fatal) {
    test(`${what} stops start-up with a clear message`, () => {
      assert.throws(
        () => load(typeof env === "function" ? env() : env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }

  test("./monitor.config.json in the working directory is read when MONITOR_CONFIG is unset", () => {
    const file = withConfig({ feeds: [{ url: "https://only.example/rss", name: "Only" }] });
    const { config } = load({}, path.dirname(file));
    assert.deepEqual(
      config.feeds.map((f) => f.name),
      ["Only"],
    );
    assert.equal(config.source, file);
  });
});
