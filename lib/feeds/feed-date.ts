import { wallTimeToUtc } from "./zone-time";

/** A feed date read into UTC, with what had to be assumed. */
export interface FeedDate {
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** No date, or none we could read: publishedAt is the fetch time. */
  dateMissing: boolean;
  /** The date was more than five minutes ahead of the fetch: publishedAt is the fetch time. */
  dateClamped: boolean;
}

const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Reads a date as feeds write it: RFC 822/1123 (`Tue, 03 Jan 2023 10:00:00 GMT`, 2-digit years, named US
 * zones, `Z`) or ISO 8601 (with or without zone, or date only). A date without zone is wall-clock time
 * in the feed's configured IANA zone. Missing or unreadable → fetchedAt with dateMissing; more than five
 * minutes in the future (a wrong zone, a scheduled post) → fetchedAt with dateClamped.
 */
export function parseFeedDate(raw: string | null | undefined, timeZone: string, fetchedAt: Date): FeedDate {
  const ms = raw ? parseDateMs(raw, timeZone) : null;
  if (ms === null) return { publishedAt: fetchedAt.toISOString(), dateMissing: true, dateClamped: false };
  if (ms > fetchedAt.getTime() + FUTURE_TOLERANCE_MS) {
    return { publishedAt: fetchedAt.toISOString(), dateMissing: false, dateClamped: true };
  }
  return { publishedAt: new Date(ms).toISOString(), dateMissing: false, dateClamped: false };
}

// Month names by their first three letters (accents stripped, lower case): English, plus the other
// languages news feeds in the corpus write dates in (German, French, Spanish, Portuguese, Italian,
// Russian). "jui" is French June or July, so French takes four letters for those.
const MONTH_PREFIXES: Record<string, number> = {
  ...monthsOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]),
  ...monthsOf(["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"]),
  ...monthsOf(["jan", "fev", "mar", "avr", "mai", "juin", "juil", "aou", "sep", "oct", "nov", "dec"]),
  ...monthsOf(["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]),
  ...monthsOf(["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]),
  ...monthsOf(["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]),
  ...monthsOf(["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]),
};

function monthsOf(prefixes: string[]): Record<string, number> {
  return Object.fromEntries(prefixes.map((prefix, index) => [prefix, index + 1]));
}

function monthNumber(name: string): number {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return (
    MONTH_PREFIXES[plain.slice(0, 4)] ??
    MONTH_PREFIXES[plain.slice(0, 3)] ??
    MONTH_PREFIXES[plain.slice(0, 2)] ??
    0
  );
}

// Offsets in minutes. The RFC 822 US zones, plus abbreviations news feeds use in practice. Ambiguous
// ones (IST, AMT, CST in China) take the reading most likely in news feeds or are left out, so that
// the feed's own zone applies.
const NAMED_ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  west: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  azt: 240,
  gst: 240,
  ist: 330,
  hkt: 480,
  sgt: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

const ZONE = String.raw`(z|[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?`;
const MERIDIEM = String.raw`(?:\s*([ap])\.?m\.?)?`;
const RFC822 = new RegExp(
  String.raw`^(?:\p{L}+\.?,?\s*)?(\d{1,2})[\s-]+(\p{L}{3,12})\.?,?[\s-]+(\d{2,4}),?(?:[\s,]+${TIME}${MERIDIEM})?(?:\s*${ZONE})?(?:\s*\([^)]*\))?$`,
  "iu",
);
// Month first, as some CMSs and JavaScript's Date#toString write it: "Sat, Dec 16 2023 02:02:33 PM".
const MONTH_FIRST = new RegExp(
  String.raw`^(?:\p{L}+\.?,?\s*)?(\p{L}{3,12})\.?\s+(\d{1,2}),?\s+(\d{4}),?(?:[\s,]+${TIME}${MERIDIEM})?(?:\s*${ZONE})?(?:\s*\([^)]*\))?$`,
  "iu",
);
const ISO8601 = new RegExp(
  String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*${ZONE}?$`,
  "i",
);

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  zone: string | undefined;
}

function parseDateMs(raw: string, timeZone: string): number | null {
  // Real dates are short; a long string is not one, and is not worth running patterns over.
  if (raw.length > 120) return null;
  const text = raw.trim().replace(/\s+/g, " ");
  const parts = matchIso(text) ?? matchRfc822(text) ?? matchMonthFirst(text);
  if (!parts || !validParts(parts)) return null;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = parts.zone === undefined ? undefined : zoneOffset(parts.zone);
  if (offset === null) return null;
  if (offset === undefined) return wallTimeToUtc(wall, timeZone) + parts.millis;
  return wall - offset * 60_000 + parts.millis;
}

function matchIso(text: string): Parts | null {
  const m = ISO8601.exec(text);
  if (!m) return null;
  const fraction = m[8] ? Number(`0.${m[8]}`) : 0;
  return {
    year: Number(m[1]),
    month: Number(m[3]),
    day: Number(m[4]),
    hour: Number(m[5] ?? 0),
    minute: Number(m[6] ?? 0),
    second: Number(m[7] ?? 0),
    millis: Math.round(fraction * 1000),
    zone: m[9],
  };
}

function matchRfc822(text: string): Parts | null {
  const m = RFC822.exec(text);
  return m ? textualParts(m[1], m[2], m[3], m.slice(4, 9)) : null;
}

function matchMonthFirst(text: string): Parts | null {
  const m = MONTH_FIRST.exec(text);
  return m ? textualParts(m[2], m[1], m[3], m.slice(4, 9)) : null;
}

/** Builds parts from a day, a month name, a year and [hour, minute, second, am/pm, zone]. */
function textualParts(
  day: string | undefined,
  monthName: string | undefined,
  year: string | undefined,
  time: (string | undefined)[],
): Parts | null {
  const month = monthNumber(monthName ?? "");
  if (month === 0) return null;
  const [hour, minute, second, meridiem, zone] = time;
  let h = Number(hour ?? 0);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  return {
    year: expandYear(year ?? ""),
    month,
    day: Number(day),
    hour: h,
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millis: 0,
    zone,
  };
}

/** RFC 2822 §4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years add 1900. */
function expandYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

function validParts(p: Parts): boolean {
  if (p.year < 1900 || p.year > 2999 || p.month < 1 || p.month > 12) return false;
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return false;
  // Date.UTC rolls 31 April over to 1 May; a date that rolls over was not a date.
  const probe = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return p.day >= 1 && probe.getUTCDate() === p.day;
}

/** Minutes east of UTC; undefined for "no usable zone, use the feed's"; null for a malformed offset. */
function zoneOffset(zone: string): number | null | undefined {
  const lower = zone.toLowerCase();
  const numeric = /^([a-z]*)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(lower);
  if (numeric) {
    const [, prefix = "", sign, hours = "0", minutes = "0"] = numeric;
    if (prefix !== "" && prefix !== "gmt" && prefix !== "utc" && prefix !== "ut") return undefined;
    const total = Number(hours) * 60 + Number(minutes);
    if (Number(hours) > 14 || Number(minutes) > 59) return null;
    return sign === "-" ? -total : total;
  }
  // RFC 822 military letters other than Z were used inconsistently; treat them like an unknown name.
  return NAMED_ZONES[lower];
}
