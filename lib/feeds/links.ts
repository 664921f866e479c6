/**
 * Resolves a link from a feed against a base and keeps it only when it is an http(s) URL: anything else
 * (javascript:, data:, mailto:, a relative path with no base) is no link at all.
 */
export function resolveHttpUrl(raw: string | null | undefined, base?: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/**
 * Query parameters that only say where a click came from. Matched case-insensitively; `utm_*` and
 * `at_*` (AT Internet, used by the BBC and French outlets) and `ns_*` (comScore) are prefixes.
 */
export const TRACKING_PARAMS: readonly string[] = [
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ocid",
  "cmpid",
  "cmp",
  "ref",
  "ref_src",
  "referrer",
  "xtor",
  "smid",
  "smtyp",
  "s_cid",
  "wt.mc_id",
  "_ga",
  "_gl",
  "spm",
];
const TRACKING_PREFIXES: readonly string[] = ["utm_", "at_", "ns_", "pk_", "mtm_"];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.includes(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The form of a link used to recognise one article under several URLs: scheme and host lower-cased
 * (the URL parser does that), default port, fragment and tracking parameters removed, the remaining
 * parameters sorted by name (stable, so repeated names keep their order). Path case is kept: paths are
 * case-sensitive on many servers. Null when the input is not an http(s) URL.
 */
export function canonicalLink(raw: string): string | null {
  const href = resolveHttpUrl(raw);
  if (!href) return null;
  const url = new URL(href);
  url.hash = "";
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!isTrackingParam(name)) kept.append(name, value);
  }
  kept.sort();
  const query = kept.toString();
  url.search = query ? `?${query}` : "";
  return url.href;
}
