import type { StatementView } from "../types/facts";

/** "Asia/Baku" → "Baku": the city an IANA zone is named after, as a reader would say it. */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split("/").pop() ?? timeZone;
  return city.replace(/_/g, " ");
}

/** Building an Intl.DateTimeFormat costs far more than formatting with one: keep one per zone and shape. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, shape: "day" | "time" | "date-time"): Intl.DateTimeFormat {
  const key = `${timeZone} ${shape}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      shape === "day"
        ? { year: "numeric", month: "2-digit", day: "2-digit" }
        : {
            ...(shape === "date-time" ? { day: "numeric", month: "short" } : {}),
            hour: "2-digit",
            minute: "2-digit",
          };
    format = new Intl.DateTimeFormat("en-GB", { timeZone, ...options });
    formatters.set(key, format);
  }
  return format;
}

/**
 * The local time in the region, compactly ("14:05 Baku time"), with the date only when it differs from
 * the UTC date shown beside it ("10 Oct, 01:30 Baku time"). Null for a bad time or a UTC region.
 */
export function regionTime(iso: string, timeZone: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || timeZone === "UTC" || timeZone === "Etc/UTC") return null;
  const sameDay = formatter(timeZone, "day").format(date) === formatter("UTC", "day").format(date);
  const text = formatter(timeZone, sameDay ? "time" : "date-time").format(date);
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

/** The role, unless the speaker's name already says it ("The defence ministry", role "defence ministry"). */
export function roleToShow(statement: Pick<StatementView, "speaker" | "role">): string | null {
  const role = statement.role?.trim();
  if (!role) return null;
  return statement.speaker.toLocaleLowerCase().includes(role.toLocaleLowerCase()) ? null : role;
}
