import type { StatementView } from "../types/facts";

/** "Asia/Baku" → "Baku": the city an IANA zone is named after, as a reader would say it. */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split("/").pop() ?? timeZone;
  return city.replace(/_/g, " ");
}

const dayOf = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    date,
  );

/**
 * The local time in the region, compactly ("14:05 Baku time"), with the date only when it differs from
 * the UTC date shown beside it ("10 Oct, 01:30 Baku time"). Null for a bad time or a UTC region.
 */
export function regionTime(iso: string, timeZone: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || timeZone === "UTC" || timeZone === "Etc/UTC") return null;
  const sameDay = dayOf(date, timeZone) === dayOf(date, "UTC");
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    ...(sameDay ? {} : { day: "numeric", month: "short" }),
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return `${text} ${zoneCity(timeZone)} time`;
}

/**
 * How the words are shown: a quotation inside typographic quotation marks, reported speech as plain
 * words with a mark saying it is the outlet's paraphrase (its clause may not read as a full sentence).
 */
export function speechText(statement: Pick<StatementView, "quote" | "direct">): {
  text: string;
  mark: "quoted" | "reported";
} {
  const words = statement.quote.trim().replace(/^[“"‘']+|[”"’']+$/g, "");
  return statement.direct ? { text: `“${words}”`, mark: "quoted" } : { text: words, mark: "reported" };
}

/** An accessible name for one entry: who, what kind of speech, when. */
export function entryName(statement: Pick<StatementView, "speaker" | "direct" | "reportedAt">): string {
  const kind = statement.direct ? "Quotation" : "Reported statement";
  const date = new Date(statement.reportedAt);
  const when = Number.isNaN(date.getTime())
    ? "time unknown"
    : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `${kind} by ${statement.speaker}, ${when}`;
}
