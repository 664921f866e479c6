// Narrowing helpers for the loosely shaped objects rss-parser (via xml2js) returns: an element is a
// string, or `{ _: text, $: attributes }` when it has attributes, or an array when kept as one.

export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The trimmed text of an element, or null when it has none. */
export function firstText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.length > 0 ? firstText(value[0]) : null;
  const record = asRecord(value);
  if (record && typeof record._ === "string") return firstText(record._);
  return null;
}

/** Texts of repeated elements such as <category>; Atom keeps the name in a `term` attribute. */
export function textList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const entry of value) {
    const attributes = asRecord(asRecord(entry)?.$);
    const text = firstText(entry) ?? firstText(attributes?.label) ?? firstText(attributes?.term);
    if (text) out.add(text);
  }
  return [...out];
}

/** The longest of several candidate bodies: feeds put the full text in different elements. */
export function richest(candidates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const candidate of candidates) {
    if (candidate && (best === null || candidate.length > best.length)) best = candidate;
  }
  return best;
}
