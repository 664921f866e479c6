import type { ArticleView, Change } from "../types/article";
import type { ClaimView, IncidentView, StatementView } from "../types/facts";

export type ReceiveResult = "applied" | "duplicate" | "gap";

/** What the browser holds: the newest articles and the facts drawn from them. */
export interface TimelineSnapshot {
  articles: ArticleView[];
  claims: ClaimView[];
  incidents: IncidentView[];
  statements: StatementView[];
  upTo: number;
}

/** How many of each kind a long-running screen keeps; the oldest leave first. */
export interface Capacity {
  articles: number;
  facts: number;
}

type Keyed<T> = Map<number, T>;

function newestFirst<T>(items: Iterable<T>, time: (item: T) => string, id: (item: T) => number): T[] {
  return [...items].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    return ta < tb ? 1 : ta > tb ? -1 : id(b) - id(a);
  });
}

function trim<T>(map: Keyed<T>, capacity: number, time: (item: T) => string, id: (item: T) => number): void {
  if (map.size <= capacity) return;
  for (const item of newestFirst(map.values(), time, id).slice(capacity)) map.delete(id(item));
}

/**
 * The browser's copy of the store, kept in sequence order. A change is applied only when it follows
 * the last one applied; one that arrives early waits until the gap before it is filled by a catch-up
 * request. So however a connection drops and returns, nothing is missed and nothing is shown twice.
 * A fact left with no source (its article was corrected) leaves the picture. Pure: no I/O, no timers.
 */
export class Timeline {
  /** Every change up to this number has been applied. */
  upTo = 0;
  readonly articles: Keyed<ArticleView> = new Map();
  readonly claims: Keyed<ClaimView> = new Map();
  readonly incidents: Keyed<IncidentView> = new Map();
  readonly statements: Keyed<StatementView> = new Map();
  private readonly early = new Map<number, Change>();
  private started = false;

  constructor(private readonly capacity: Capacity = { articles: 2000, facts: 25_000 }) {}

  get hasSnapshot(): boolean {
    return this.started;
  }

  applySnapshot(snapshot: TimelineSnapshot): void {
    for (const map of [this.articles, this.claims, this.incidents, this.statements]) map.clear();
    for (const article of snapshot.articles) this.articles.set(article.id, article);
    for (const claim of snapshot.claims) this.claims.set(claim.id, claim);
    for (const incident of snapshot.incidents) this.incidents.set(incident.id, incident);
    for (const statement of snapshot.statements) this.statements.set(statement.id, statement);
    this.upTo = snapshot.upTo;
    this.started = true;
    this.drainEarly();
    this.trim();
  }

  /** Takes one pushed change. "gap" means changes before it are missing: ask for everything after `upTo`. */
  receive(change: Change): ReceiveResult {
    if (!this.started || change.seq > this.upTo + 1) {
      if (change.seq > this.upTo) this.early.set(change.seq, change);
      return this.started ? "gap" : "duplicate";
    }
    if (change.seq <= this.upTo) return "duplicate";
    this.apply(change);
    this.drainEarly();
    this.trim();
    return "applied";
  }

  /** Applies a catch-up page: every change after `upTo` and up to `pageUpTo`, in order. */
  applyPage(changes: Change[], pageUpTo: number): void {
    for (const change of changes) if (change.seq > this.upTo) this.apply(change);
    // The page covers every number up to pageUpTo, even ones no change was written under.
    this.upTo = Math.max(this.upTo, pageUpTo);
    this.drainEarly();
    this.trim();
  }

  /** Articles, newest first by publication time. */
  list(limit = Number.POSITIVE_INFINITY): ArticleView[] {
    return newestFirst(
      this.articles.values(),
      (a) => a.publishedAt,
      (a) => a.id,
    ).slice(0, limit);
  }

  get size(): number {
    return this.articles.size;
  }

  private apply(change: Change): void {
    switch (change.kind) {
      case "article:added":
      case "article:updated":
        this.articles.set(change.article.id, change.article);
        break;
      case "claim:added":
      case "claim:updated":
        this.keep(this.claims, change.claim);
        break;
      case "incident:added":
      case "incident:updated":
        this.keep(this.incidents, change.incident);
        break;
      case "statement:added":
      case "statement:updated":
        this.keep(this.statements, change.statement);
        break;
    }
    this.upTo = change.seq;
  }

  private keep<T extends { id: number; sources: unknown[] }>(map: Keyed<T>, fact: T): void {
    if (fact.sources.length === 0) map.delete(fact.id);
    else map.set(fact.id, fact);
  }

  private drainEarly(): void {
    for (const seq of [...this.early.keys()].sort((a, b) => a - b)) {
      const change = this.early.get(seq);
      if (!change) continue;
      if (seq <= this.upTo) this.early.delete(seq);
      else if (seq === this.upTo + 1) {
        this.apply(change);
        this.early.delete(seq);
      } else break;
    }
  }

  /** Keeps memory bounded on a screen that runs for weeks. */
  private trim(): void {
    const id = (item: { id: number }) => item.id;
    trim(this.articles, this.capacity.articles, (a) => a.publishedAt, id);
    trim(this.claims, this.capacity.facts, (c) => c.reportedAt, id);
    trim(this.incidents, this.capacity.facts, (i) => i.lastReportedAt, id);
    trim(this.statements, this.capacity.facts, (s) => s.reportedAt, id);
  }
}
