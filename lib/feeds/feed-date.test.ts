import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFeedDate } from "./feed-date";

const fetchedAt = new Date("2024-03-01T12:00:00Z");

describe("parseFeedDate", () => {
  // [raw, feed time zone, expected ISO UTC]
  const table: [string, string, string][] = [
    ["Tue, 03 Jan 2023 10:00:00 GMT", "UTC", "2023-01-03T10:00:00.000Z"],
    ["Tue, 03 Jan 2023 10:00:00 +0400", "UTC", "2023-01-03T06:00:00.000Z"],
    ["Tue, 03 Jan 2023 10:00:00 -0330", "UTC", "2023-01-03T13:30:00.000Z"],
    ["Tue, 03 Jan 2023 10:00:00 Z", "Asia/Baku", "2023-01-03T10:00:00.000Z"],
    ["Tue, 03 Jan 2023 10:00:00 UT", "Asia/Baku", "2023-01-03T10:00:00.000Z"],
    ["Sat, 07 Sep 2002 00:00:01 PST", "UTC", "2002-09-07T08:00:01.000Z"],
    ["Sat, 07 Sep 2002 00:00:01 PDT", "UTC", "2002-09-07T07:00:01.000Z"],
    ["Mon, 10 Feb 2020 09:00 EST", "UTC", "2020-02-10T14:00:00.000Z"],
    ["Mon, 10 Feb 2020 09:00 EDT", "UTC", "2020-02-10T13:00:00.000Z"],
    ["10 Feb 20 09:00:00 GMT", "UTC", "2020-02-10T09:00:00.000Z"],
    ["10 Feb 99 09:00:00 GMT", "UTC", "1999-02-10T09:00:00.000Z"],
    ["Thu, 5 November 2020 7:05:00 GMT+3", "UTC", "2020-11-05T04:05:00.000Z"],
    ["Sat, Dec 16 2023 02:02:33 PM", "UTC", "2023-12-16T14:02:33.000Z"],
    ["Seg, 24 Set 2018 19:42:40 -0300", "UTC", "2018-09-24T22:42:40.000Z"],
    ["2020-10-03T12:00:00Z", "Asia/Baku", "2020-10-03T12:00:00.000Z"],
    ["2020-10-03T12:00:00+04:00", "UTC", "2020-10-03T08:00:00.000Z"],
    ["2020-10-03T12:00:00.250-05:00", "UTC", "2020-10-03T17:00:00.250Z"],
    ["2020/1/10 14:33:00", "UTC", "2020-01-10T14:33:00.000Z"],
    // No zone written: the feed's configured zone applies (Baku is UTC+4, no DST since 2016).
    ["2020-10-03T12:00:00", "Asia/Baku", "2020-10-03T08:00:00.000Z"],
    ["2020-10-03 12:00", "Asia/Baku", "2020-10-03T08:00:00.000Z"],
    ["Sat, 03 Oct 2020 12:00:00", "Asia/Baku", "2020-10-03T08:00:00.000Z"],
    ["2020-10-03", "Asia/Baku", "2020-10-02T20:00:00.000Z"],
    ["2020-10-03T12:00:00", "UTC", "2020-10-03T12:00:00.000Z"],
    // Daylight saving is taken from the date itself, not from today.
    ["2023-07-01T10:00:00", "America/New_York", "2023-07-01T14:00:00.000Z"],
    ["2023-01-01T10:00:00", "America/New_York", "2023-01-01T15:00:00.000Z"],
    // An unknown zone abbreviation is no zone at all.
    ["Sat, 03 Oct 2020 12:00:00 XYZ", "Asia/Baku", "2020-10-03T08:00:00.000Z"],
  ];
  for (const [raw, zone, expected] of table) {
    test(`${raw} in ${zone}`, () => {
      assert.deepEqual(parseFeedDate(raw, zone, fetchedAt), {
        publishedAt: expected,
        dateMissing: false,
        dateClamped: false,
      });
    });
  }

  const missing: (string | null)[] = [
    null,
    "",
    "   ",
    "yesterday",
    "31 Feb 2023 10:00 GMT",
    "0001-01-01T00:00:00",
  ];
  for (const raw of missing) {
    test(`missing or unreadable: ${JSON.stringify(raw)}`, () => {
      assert.deepEqual(parseFeedDate(raw, "UTC", fetchedAt), {
        publishedAt: fetchedAt.toISOString(),
        dateMissing: true,
        dateClamped: false,
      });
    });
  }

  test("more than five minutes in the future is clamped to the fetch time", () => {
    assert.deepEqual(parseFeedDate("2024-03-01T12:06:00Z", "UTC", fetchedAt), {
      publishedAt: fetchedAt.toISOString(),
      dateMissing: false,
      dateClamped: true,
    });
  });

  test("up to five minutes ahead is clock skew and kept", () => {
    const date = parseFeedDate("2024-03-01T12:04:00Z", "UTC", fetchedAt);
    assert.equal(date.publishedAt, "2024-03-01T12:04:00.000Z");
    assert.equal(date.dateClamped, false);
  });

  test("a zone-less date read in the wrong zone can land in the future and is clamped", () => {
    // 15:00 wall time in UTC is after the fetch; the same wall time in Baku (11:00Z) is not.
    assert.equal(parseFeedDate("2024-03-01T15:00:00", "UTC", fetchedAt).dateClamped, true);
    assert.equal(parseFeedDate("2024-03-01T15:00:00", "Asia/Baku", fetchedAt).dateClamped, false);
  });
});
