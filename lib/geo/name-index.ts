import { foldName, stemRussian } from "./fold";
import type { NameSink } from "./geonames";

const EMPTY: readonly number[] = [];

/** The flat form of an index: keys with one entry (>= 0) or a pointer into `multi` (-1 - i). */
export interface NameIndexSnapshot {
  keys: string[];
  values: Int32Array;
  multi: number[][];
  cyrNames: string[];
  cyrRefs: Int32Array;
}

/** What the index holds for one word: its entries, and whether a longer name starts with it. */
export interface WordEntry {
  refs: readonly number[];
  longer: boolean;
}

// Capitalised words recur from text to text (places, names, titles). Their entries are kept in a small
// map whose look-ups stay in the processor's caches, where the full index's mostly miss; it is
// emptied when full, so a long-running feed cannot grow it without bound.
const RECENT_WORDS = 20_000;

/**
 * Folded name → places. A place reference is a GeoNames row (>= 0) or an extra place (-1, -2, ...);
 * entries are encoded as `ref * 2 + primary`, primary meaning the place's own name rather than an
 * alternate one (an old or foreign name ranks lower when names collide).
 */
export class NameIndex implements NameSink {
  private readonly map = new Map<string, number | number[]>();
  /** First words of multi-word names: a text word not in here cannot start a longer match. */
  private readonly heads = new Set<string>();
  private readonly cyrKeys: string[] = [];
  private readonly cyrRefs: number[] = [];
  private cyrMap: Map<string, number[]> | null = null;
  private readonly recent = new Map<string, WordEntry>();

  add(key: string, ref: number, primary: boolean): void {
    if (this.recent.size > 0) this.recent.clear();
    const enc = ref * 2 + (primary ? 1 : 0);
    const space = key.indexOf(" ");
    if (space > 0) this.heads.add(key.slice(0, space));
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, enc);
    else if (typeof v === "number") {
      if (v >> 1 !== ref) this.map.set(key, [v, enc]);
      else if (primary && !(v & 1)) this.map.set(key, enc);
      // A place's names arrive together, so a repeat can only be the last entry.
    } else if ((v[v.length - 1] ?? 0) >> 1 !== ref) v.push(enc);
  }

  /** Takes the name as written: folding waits until the Cyrillic index is first needed. */
  addCyrillic(name: string, ref: number, primary: boolean): void {
    this.cyrKeys.push(name);
    this.cyrRefs.push(ref * 2 + (primary ? 1 : 0));
    this.cyrMap = null;
  }

  /**
   * The entries of a folded name. The array returned is the same on every call for a key (a single
   * entry is boxed on first lookup), so that callers can memoise on it.
   */
  lookup(key: string): readonly number[] {
    const v = this.map.get(key);
    if (v === undefined) return EMPTY;
    if (typeof v !== "number") return v;
    const boxed = [v];
    this.map.set(key, boxed);
    return boxed;
  }

  /** lookup() and startsLonger() of one folded word at once, remembered for the words seen lately. */
  word(word: string): WordEntry {
    let entry = this.recent.get(word);
    if (entry === undefined) {
      if (this.recent.size >= RECENT_WORDS) this.recent.clear();
      entry = { refs: this.lookup(word), longer: this.heads.has(word) };
      this.recent.set(word, entry);
    }
    return entry;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Whether some multi-word Latin-script name starts with this folded word. */
  startsLonger(word: string): boolean {
    return this.heads.has(word);
  }

  /** Looks up the Russian stem of a folded Cyrillic phrase; builds the stem index on first use. */
  lookupCyrillic(stemKey: string): readonly number[] {
    if (!this.cyrMap) this.cyrMap = this.buildCyrillic();
    return this.cyrMap.get(stemKey) ?? [];
  }

  private buildCyrillic(): Map<string, number[]> {
    const m = new Map<string, number[]>();
    for (let i = 0; i < this.cyrKeys.length; i++) {
      const stem = stemRussian(foldName(this.cyrKeys[i] ?? ""));
      const enc = this.cyrRefs[i] ?? 0;
      const list = m.get(stem);
      if (!list) m.set(stem, [enc]);
      else if (!list.some((x) => x >> 1 === enc >> 1)) list.push(enc);
    }
    return m;
  }

  /**
   * Calls `f` with each one-word Latin-script key and its entries: one encoded entry, or an array of
   * them. Map.forEach, not an iterator: no array per entry over a million keys.
   */
  forEachWord(f: (key: string, entries: number | readonly number[]) => void): void {
    this.map.forEach((v, key) => {
      if (key.indexOf(" ") < 0) f(key, v);
    });
  }

  get size(): number {
    return this.map.size;
  }

  /** Everything in the index as flat arrays, for the on-disk cache (see city-cache.ts). */
  snapshot(): NameIndexSnapshot {
    const keys: string[] = [];
    const values = new Int32Array(this.map.size);
    const multi: number[][] = [];
    for (const [key, v] of this.map) {
      if (typeof v === "number") values[keys.length] = v;
      else {
        multi.push(v);
        values[keys.length] = -multi.length;
      }
      keys.push(key);
    }
    return { keys, values, multi, cyrNames: this.cyrKeys, cyrRefs: Int32Array.from(this.cyrRefs) };
  }

  /** Rebuilds an index from a snapshot: no folding, one map insertion per key. */
  static fromSnapshot(s: NameIndexSnapshot): NameIndex {
    const index = new NameIndex();
    for (let i = 0; i < s.keys.length; i++) {
      const key = s.keys[i] as string;
      const v = s.values[i] ?? 0;
      index.map.set(key, v >= 0 ? v : [...(s.multi[-1 - v] ?? [])]);
      const space = key.indexOf(" ");
      if (space > 0) index.heads.add(key.slice(0, space));
    }
    for (const n of s.cyrNames) index.cyrKeys.push(n);
    for (const r of s.cyrRefs) index.cyrRefs.push(r);
    return index;
  }
}
