import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ClaimView, IncidentView, SourceRef, StatementView } from "../types/facts";
import { applyFilters, NO_FILTERS, parseFilters, serialiseFilters } from "./filters";

const source = (title: string): SourceRef => ({
  articleId: 1,
  feedName: "Wire",
  outlet: null,
  url: null,
  title,
  publishedAt: "2020-10-11T00:00:00Z",
  evidence: null,
  sentence: null,
});

const incident = (
  id: number,
  eventType: IncidentView["eventType"],
  name: string,
  at: string,
  actors: string[],
): IncidentView => ({
  seq: id,
  id,
  eventType,
  place: { id: name, name, altNames: [], lat: 40, lon: 46, type: "city", country: "AZ" },
  actors,
  firstReportedAt: at,
  lastReportedAt: at,
  sources: [source(`${eventType} in ${name}`)],
});

const claim = (id: number, incidentId: number | null, party: string, at: string): ClaimView => ({
  seq: id,
  id,
  kind: "killed",
  count: 3,
  qualifier: "exact",
  vagueWord: null,
  civilian: "civilian",
  party,
  claimedBy: party,
  cumulative: incidentId === null,
  incidentId,
  storyId: 1,
  reportedAt: at,
  sources: [source("toll")],
});

const statement = (id: number, affiliation: string, quote: string, at: string): StatementView => ({
  seq: id,
  id,
  speaker: "Spokesman",
  role: null,
  affiliation,
  quote,
  direct: true,
  reportedAt: at,
  sources: [source("statement")],
});

const now = Date.parse("2020-10-12T00:00:00Z");
const data = {
  incidents: [
    incident(1, "missile-strike", "Ganja", "2020-10-11T02:00:00Z", ["AM", "AZ"]),
    incident(2, "shelling", "Stepanakert", "2020-10-01T02:00:00Z", ["AZ", "AM"]),
  ],
  claims: [claim(1, 1, "AZ", "2020-10-11T03:00:00Z"), claim(2, null, "AM", "2020-10-02T00:00:00Z")],
  statements: [
    statement(1, "AZ", "A strike on a sleeping city", "2020-10-11T04:00:00Z"),
    statement(2, "TR", "We stand with our ally", "2020-09-29T00:00:00Z"),
  ],
};

const ids = (result: ReturnType<typeof applyFilters>) => ({
  incidents: result.incidents.map((x) => x.id),
  claims: result.claims.map((x) => x.id),
  statements: result.statements.map((x) => x.id),
});

describe("filters", () => {
  const cases: Array<[string, string, { incidents: number[]; claims: number[]; statements: number[] }]> = [
    ["nothing set: everything", "", { incidents: [1, 2], claims: [1, 2], statements: [1, 2] }],
    ["the last 24 hours", "window=24h", { incidents: [1], claims: [1], statements: [1] }],
    [
      "an event type narrows incidents and their claims",
      "types=shelling",
      { incidents: [2], claims: [], statements: [1, 2] },
    ],
    ["a place", "places=Ganja", { incidents: [1], claims: [1], statements: [1, 2] }],
    ["an actor", "actors=TR", { incidents: [], claims: [], statements: [2] }],
    ["free text", "q=sleeping", { incidents: [], claims: [], statements: [1] }],
    [
      "an unknown window or type is ignored",
      "window=year&types=picnic",
      { incidents: [1, 2], claims: [1, 2], statements: [1, 2] },
    ],
  ];
  for (const [what, query, expected] of cases) {
    test(what, () => {
      assert.deepEqual(ids(applyFilters(data, parseFilters(new URLSearchParams(query)), now)), expected);
    });
  }

  test("round trip through the URL, defaults left out", () => {
    const filters = {
      window: "7d" as const,
      actors: ["AM", "AZ"],
      eventTypes: ["shelling" as const],
      places: [],
      q: "Ganja",
    };
    assert.equal(serialiseFilters(filters).toString(), "window=7d&actors=AM%2CAZ&types=shelling&q=Ganja");
    assert.deepEqual(parseFilters(serialiseFilters(filters)), filters);
    assert.equal(serialiseFilters(NO_FILTERS).toString(), "");
  });
});
