import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ArticleView, Change } from "../types/article";
import { Timeline } from "./timeline";

const snapshot = (articles: ArticleView[], upTo: number) => ({
  articles,
  claims: [],
  incidents: [],
  statements: [],
  upTo,
});

function article(
  id: number,
  seq: number,
  publishedAt = `2020-10-01T00:${String(id).padStart(2, "0")}:00Z`,
): ArticleView {
  return {
    seq,
    id,
    feedId: 1,
    feedName: "Wire",
    outlet: null,
    url: null,
    title: `Article ${id}`,
    summary: "",
    publishedAt,
    fetchedAt: publishedAt,
    dateMissing: false,
    dateClamped: false,
    language: "en",
    relevance: { score: 5, reason: "test" },
    version: 1,
    tags: null,
  };
}

const added = (id: number, seq: number): Change => ({
  seq,
  kind: "article:added",
  article: article(id, seq),
});

describe("Timeline", () => {
  test("applies changes in order and ignores repeats", () => {
    const timeline = new Timeline();
    timeline.applySnapshot(snapshot([article(1, 1)], 1));
    assert.equal(timeline.receive(added(2, 2)), "applied");
    assert.equal(timeline.receive(added(2, 2)), "duplicate");
    assert.equal(timeline.receive(added(1, 1)), "duplicate");
    assert.deepEqual(
      timeline.list().map((a) => a.id),
      [2, 1],
    );
    assert.equal(timeline.upTo, 2);
  });

  test("a change after a gap waits until the catch-up page fills the gap", () => {
    const timeline = new Timeline();
    timeline.applySnapshot(snapshot([], 0));
    assert.equal(timeline.receive(added(1, 1)), "applied");
    assert.equal(timeline.receive(added(4, 4)), "gap");
    assert.equal(timeline.size, 1);
    timeline.applyPage([added(2, 2), added(3, 3), added(4, 4)], 4);
    assert.equal(timeline.receive(added(4, 4)), "duplicate");
    assert.deepEqual(
      timeline.list().map((a) => a.id),
      [4, 3, 2, 1],
    );
  });

  test("early changes are applied once the page reaches them", () => {
    const timeline = new Timeline();
    timeline.applySnapshot(snapshot([], 0));
    timeline.receive(added(3, 3));
    timeline.receive(added(5, 5));
    timeline.applyPage([added(1, 1), added(2, 2)], 2);
    assert.equal(timeline.upTo, 3, "3 followed the page; 5 still waits for 4");
    timeline.applyPage([added(4, 4)], 4);
    assert.equal(timeline.upTo, 5);
    assert.equal(timeline.size, 5);
  });

  test("a page covering numbers with no change moves past them (no endless wait on a hole)", () => {
    const timeline = new Timeline();
    timeline.applySnapshot(snapshot([], 0));
    timeline.receive(added(7, 7));
    timeline.applyPage([added(1, 1)], 6);
    assert.equal(timeline.upTo, 7);
  });

  test("an update replaces the article instead of adding it twice", () => {
    const timeline = new Timeline();
    timeline.applySnapshot(snapshot([article(1, 1)], 1));
    timeline.receive({
      seq: 2,
      kind: "article:updated",
      article: { ...article(1, 2), title: "Corrected", version: 2 },
    });
    assert.deepEqual(
      timeline.list().map((a) => a.title),
      ["Corrected"],
    );
  });

  test("keeps at most its capacity, dropping the oldest", () => {
    const timeline = new Timeline({ articles: 3, facts: 3 });
    timeline.applySnapshot(snapshot([], 0));
    for (let i = 1; i <= 5; i++) timeline.receive(added(i, i));
    assert.deepEqual(
      timeline.list().map((a) => a.id),
      [5, 4, 3],
    );
  });
});

describe("Timeline facts", () => {
  const claim = (id: number, seq: number, sources: number) => ({
    seq,
    id,
    kind: "killed" as const,
    count: 3,
    qualifier: "exact" as const,
    vagueWord: null,
    civilian: "civilian" as const,
    party: "AZ",
    claimedBy: "AZ",
    cumulative: false,
    incidentId: null,
    storyId: 1,
    reportedAt: "2020-10-01T00:00:00Z",
    sources: Array.from({ length: sources }, (_, i) => ({
      articleId: i + 1,
      feedName: "Wire",
      outlet: null,
      url: null,
      title: "t",
      publishedAt: "2020-10-01T00:00:00Z",
      evidence: null,
      sentence: null,
    })),
  });

  test("a claim gains sources in place, and leaves when its last source is withdrawn", () => {
    const timeline = new Timeline();
    timeline.applySnapshot(snapshot([], 0));
    timeline.receive({ seq: 1, kind: "claim:added", claim: claim(9, 1, 1) });
    timeline.receive({ seq: 2, kind: "claim:updated", claim: claim(9, 2, 2) });
    assert.equal(timeline.claims.size, 1);
    assert.equal(timeline.claims.get(9)?.sources.length, 2);
    timeline.receive({ seq: 3, kind: "claim:updated", claim: claim(9, 3, 0) });
    assert.equal(timeline.claims.size, 0);
  });
});
