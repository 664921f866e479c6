import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ClaimView } from "../types/facts";
import type { CasualtyKind, Civilian, CountQualifier } from "../types/tags";
import { buildLedger, type LedgerContext, type LedgerPoint } from "./ledger";
import { BOUND_OF } from "./ledger-bounds";
import { dayClock, timeTicks, windowDomain } from "./ledger-time";
import { ledgerRows, MAX_POINTS, MIN_POINTS_PER_SERIES, thin, viewLedger } from "./ledger-view";

const DAY = 86_400_000;
const CONTEXT: LedgerContext = {
  outlets: { bbc: { relation: "international", party: null } },
  opponents: { AM: ["AZ"], AZ: ["AM"] },
  timeZone: "Asia/Baku",
};

function toll(id: number, count: number, at: number, over: Partial<ClaimView> = {}): ClaimView {
  return {
    seq: id,
    id,
    kind: "killed",
    count,
    qualifier: "exact",
    vagueWord: null,
    civilian: "military",
    party: "AM",
    claimedBy: "AM",
    cumulative: true,
    incidentId: null,
    storyId: id,
    reportedAt: new Date(at).toISOString(),
    sources: [],
    ...over,
  };
}

describe("time windows", () => {
  const now = Date.parse("2025-06-01T12:00:00Z");
  const first = Date.parse("2020-09-27T06:00:00Z");
  const last = Date.parse("2020-11-10T06:00:00Z");
  const table: Array<[string, Parameters<typeof windowDomain>, [number, number] | null]> = [
    ["24 h ends now", ["24h", now, first, last], [now - DAY, now]],
    ["7 d ends now", ["7d", now, first, last], [now - 7 * DAY, now]],
    ["30 d ends now", ["30d", now, null, null], [now - 30 * DAY, now]],
    [
      "all, historical: spans the data, with room after the last report",
      ["all", now, first, last],
      [first - (last - first) * 0.01, last + (last - first) * 0.03],
    ],
    ["all, live: runs on to now", ["all", now, first, now - DAY], [first, now]],
    [
      "all, a single old report gets some width",
      ["all", now, last, last],
      [last - 3_600_000, last + 3 * 3_600_000],
    ],
    ["all, no data", ["all", now, null, null], null],
  ];
  for (const [name, args, expected] of table)
    test(name, () => assert.deepEqual(windowDomain(...args), expected));

  test("2020 claims in a 7-day window of today: empty, and says why", () => {
    const ledger = buildLedger([toll(1, 10, first)], CONTEXT);
    assert.equal(viewLedger(ledger, { window: "7d", now }).empty, "window");
    assert.equal(viewLedger(ledger, { window: "all", now }).empty, null);
    assert.equal(viewLedger(buildLedger([], CONTEXT), { window: "all", now }).empty, "none");
  });

  test("a toll standing before the window starts the line at the window's edge and runs to now", () => {
    const end = Date.parse("2020-10-20T00:00:00Z");
    const ledger = buildLedger([toll(1, 10, end - 12 * DAY), toll(2, 20, end - 2 * DAY)], CONTEXT);
    const view = viewLedger(ledger, { window: "7d", now: end });
    assert.deepEqual(view.series[0]?.line, [
      { t: end - 7 * DAY, value: 10 },
      { t: end - 2 * DAY, value: 20 },
      { t: end, value: 20 },
    ]);
    assert.deepEqual(
      view.series[0]?.points.map((p) => p.count),
      [20],
    );
  });

  test("long windows get weekly bars", () => {
    const base = Date.parse("2020-01-01T12:00:00Z");
    const claims = Array.from({ length: 200 }, (_, i) =>
      toll(i + 1, 1, base + i * DAY, { cumulative: false, incidentId: i + 1 }),
    );
    const view = viewLedger(buildLedger(claims, CONTEXT), { window: "all", now: base + 1000 * DAY });
    assert.equal(view.barUnit, "week");
    assert.equal(
      view.bars.reduce((sum, bar) => sum + bar.total, 0),
      200,
    );
    assert.ok(view.bars.length <= 30);
  });
});

describe("calendar days in a zone", () => {
  const table: Array<[string, string, string, string]> = [
    ["Asia/Baku", "2020-10-04T19:59:00Z", "2020-10-04", "2020-10-03T20:00:00Z"],
    ["Asia/Kolkata", "2020-10-04T18:30:00Z", "2020-10-05", "2020-10-04T18:30:00Z"],
    ["Europe/Berlin", "2021-03-28T12:00:00Z", "2021-03-28", "2021-03-27T23:00:00Z"],
    ["UTC", "2020-10-04T23:59:59Z", "2020-10-04", "2020-10-04T00:00:00Z"],
  ];
  for (const [zone, at, key, start] of table) {
    test(`${zone} ${at}`, () => {
      const day = dayClock(zone)(Date.parse(at));
      assert.equal(day.key, key);
      assert.equal(new Date(day.start).toISOString(), new Date(start).toISOString());
    });
  }
});

describe("axis ticks on the region's clock", () => {
  const at = (iso: string) => Date.parse(iso);
  const table: Array<[string, [number, number], string, string[]]> = [
    [
      "a day: every 6 hours from local midnight",
      [at("2020-10-03T20:00:00Z"), at("2020-10-04T20:00:00Z")],
      "Asia/Baku",
      [
        "2020-10-03T20:00:00.000Z",
        "2020-10-04T02:00:00.000Z",
        "2020-10-04T08:00:00.000Z",
        "2020-10-04T14:00:00.000Z",
        "2020-10-04T20:00:00.000Z",
      ],
    ],
    [
      "a week: local midnights, every 2 days",
      [at("2020-10-01T06:00:00Z"), at("2020-10-08T06:00:00Z")],
      "Asia/Baku",
      [
        "2020-10-01T20:00:00.000Z",
        "2020-10-03T20:00:00.000Z",
        "2020-10-05T20:00:00.000Z",
        "2020-10-07T20:00:00.000Z",
      ],
    ],
    [
      "across a daylight-saving change, still midnights",
      [at("2021-03-26T00:00:00Z"), at("2021-03-31T00:00:00Z")],
      "Europe/Berlin",
      [
        "2021-03-26T23:00:00.000Z",
        "2021-03-27T23:00:00.000Z",
        "2021-03-28T22:00:00.000Z",
        "2021-03-29T22:00:00.000Z",
        "2021-03-30T22:00:00.000Z",
      ],
    ],
  ];
  for (const [name, domain, zone, expected] of table) {
    test(name, () =>
      assert.deepEqual(
        timeTicks(domain, zone).map((t) => new Date(t).toISOString()),
        expected,
      ),
    );
  }
});

describe("thinning", () => {
  const points: LedgerPoint[] = Array.from({ length: 5000 }, (_, i) => ({
    t: i * 60_000,
    count: i + 1,
    qualifier: "exact",
    vagueWord: null,
    role: "step",
    claims: [toll(i + 1, i + 1, i * 60_000)],
    claimants: ["AM"],
  }));

  test("a long series is cut to a bounded number of points, keeping the last and the selected", () => {
    const kept = thin(points, [0, 5000 * 60_000], 300, new Set([1234]));
    assert.ok(kept.length <= 151 + 1, `${kept.length} points`);
    assert.equal(kept.at(-1)?.count, 5000);
    assert.ok(kept.some((p) => p.claims[0]?.id === 1234));
  });
});

/** A war's worth of claims: tolls rising per party and claimant, incidents daily, some repeats. */
function generate(n: number, seed = 7): ClaimView[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const start = Date.parse("2020-09-27T00:00:00Z");
  const kinds: CasualtyKind[] = ["killed", "injured"];
  const statuses: Civilian[] = ["civilian", "military", "unknown"];
  const qualifiers: CountQualifier[] = ["exact", "exact", "exact", "at least", "about", "up to", "vague"];
  return Array.from({ length: n }, (_, i) => {
    const at = start + Math.floor((i / n) * 44 * DAY + random() * 3_600_000);
    const party = pick(["AM", "AZ", "karabakh", null]);
    const cumulative = random() < 0.6;
    return toll(i + 1, Math.floor((i / n) * 3000 * random()) + 1, at, {
      kind: pick(kinds),
      civilian: pick(statuses),
      party,
      claimedBy: pick(["AM", "AZ", "UN", null]),
      qualifier: pick(qualifiers),
      cumulative,
      incidentId: cumulative ? null : Math.floor(i / 3),
    });
  });
}

describe("20,000 claims", () => {
  test("aggregate, and keep every promise of the ledger", (t) => {
    const claims = generate(20_000);
    let started = performance.now();
    let ledger = buildLedger(claims, CONTEXT);
    const first = performance.now() - started;
    // The browser rebuilds on every push: the same claim objects plus new ones.
    let push = 0;
    for (let i = 1; i <= 3; i++) {
      const more = generate(i, 99).map((c, j) => ({ ...c, id: 100_000 + i * 10 + j }));
      started = performance.now();
      buildLedger([...claims, ...more], CONTEXT);
      push = performance.now() - started;
    }
    started = performance.now();
    ledger = buildLedger(claims, CONTEXT);
    const built = performance.now();
    const view = viewLedger(ledger, { window: "all", now: Date.parse("2025-01-01T00:00:00Z") });
    const rows = ledgerRows(view);
    const viewed = performance.now();
    t.diagnostic(
      `buildLedger ${first.toFixed(1)} ms first, ${push.toFixed(1)} ms after a push, ${(built - started).toFixed(1)} ms unchanged; viewLedger+rows ${(viewed - built).toFixed(1)} ms; ` +
        `${ledger.series.length} series, ${ledger.bars.length} bars, ${ledger.contests.length} contested days, ` +
        `${view.series.reduce((n, s) => n + s.points.length, 0)} points drawn, ${rows.length} table rows`,
    );
    for (const series of ledger.series) {
      const values = series.steps.map((s) => s.value);
      assert.deepEqual(
        values,
        [...values].sort((a, b) => a - b),
        `${series.id} steps only rise`,
      );
      const figures = series.points.map((p) => `${p.count}|${BOUND_OF[p.qualifier]}`);
      assert.equal(figures.length, new Set(figures).size, `${series.id}: no figure twice`);
    }
    // The budget is shared, with a floor per series so that each keeps its shape.
    const drawn = view.series.reduce((n, s) => n + s.points.length, 0);
    assert.ok(
      drawn <= Math.max(MAX_POINTS, view.series.length * MIN_POINTS_PER_SERIES),
      `${drawn} points drawn`,
    );
    const placed = ledger.series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.claims.length, 0), 0);
    const inBars = ledger.bars.reduce((n, b) => n + b.incidents.reduce((m, i) => m + i.claims.length, 0), 0);
    assert.equal(placed + inBars, claims.length, "every claim is placed exactly once");
  });
});
