import type { ArticleView, Change } from "../types/article";

export type ReceiveResult = "applied" | "duplicate" | "gap";

/**
 * The browser's copy of the store, kept in sequence order. A change is applied only when it follows
 * the last one applied; one that arrives early waits until the gap before it is filled by a catch-up
 * request. So however a connection drops and returns, nothing is missed and nothing is shown twice.
 * Pure: no I/O, no timers.
 */
export class Timeline {
  /** Every change up to this number has been applied. */
  upTo = 0;
  private readonly articles = new Map<number, ArticleView>();
  private readonly early = new Map<number, Change>();
  private started = false;

  constructor(private readonly capacity = 2000) {}

  get hasSnapshot(): boolean {
    return this.started;
  }

  applySnapshot(articles: ArticleView[], upTo: number): void {
    this.articles.clear();
    for (const article of articles) this.articles.set(article.id, article);
    this.upTo = upTo;
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

  /** Newest first by publication time. */
  list(limit = Number.POSITIVE_INFINITY): ArticleView[] {
    return [...this.articles.values()]
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : b.id - a.id))
      .slice(0, limit);
  }

  get size(): number {
    return this.articles.size;
  }

  private apply(change: Change): void {
    this.articles.set(change.article.id, change.article);
    this.upTo = change.seq;
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

  /** Keeps memory bounded on a screen that runs for weeks: the oldest articles leave first. */
  private trim(): void {
    if (this.articles.size <= this.capacity) return;
    for (const article of this.list().slice(this.capacity)) this.articles.delete(article.id);
  }
}
