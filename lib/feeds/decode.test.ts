import assert from "node:assert/strict";
import { describe, test } from "node:test";
import iconv from "iconv-lite";
import { decodeFeedBody, detectCharset } from "./decode";

const rss = (encoding: string | null, title: string) =>
  `${encoding === null ? "" : `<?xml version="1.0" encoding="${encoding}"?>`}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

const CYRILLIC = "Обстрел города: новые данные";
const LATIN = "Déclaration du ministère – “citation”";
const CHINESE = "停火协议新闻";

interface Case {
  name: string;
  bytes: Buffer;
  contentType: string | null;
  title: string;
  source: string;
}

const cases: Case[] = [
  {
    name: "windows-1251 from the prolog",
    bytes: iconv.encode(rss("windows-1251", CYRILLIC), "windows-1251"),
    contentType: null,
    title: CYRILLIC,
    source: "prolog",
  },
  {
    name: "KOI8-R from the prolog",
    bytes: iconv.encode(rss("KOI8-R", CYRILLIC), "koi8-r"),
    contentType: "text/xml",
    title: CYRILLIC,
    source: "prolog",
  },
  {
    name: "ISO-8859-1 read as windows-1252, so curly quotes survive",
    bytes: iconv.encode(rss("ISO-8859-1", LATIN), "windows-1252"),
    contentType: null,
    title: LATIN,
    source: "prolog",
  },
  {
    name: "gb2312 from the prolog",
    bytes: iconv.encode(rss("gb2312", CHINESE), "gb2312"),
    contentType: null,
    title: CHINESE,
    source: "prolog",
  },
  {
    name: "UTF-16LE with BOM",
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rss("utf-16", CYRILLIC), "utf-16le")]),
    contentType: null,
    title: CYRILLIC,
    source: "bom",
  },
  {
    name: "UTF-16BE with BOM",
    bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(rss("utf-16", CYRILLIC), "utf-16be")]),
    contentType: null,
    title: CYRILLIC,
    source: "bom",
  },
  {
    name: "UTF-16LE without BOM, even when the header claims an 8-bit charset",
    bytes: iconv.encode(rss("utf-16", CYRILLIC), "utf-16le"),
    contentType: "application/rss+xml; charset=iso-8859-1",
    title: CYRILLIC,
    source: "utf16-pattern",
  },
  {
    name: "UTF-8 BOM without declaration",
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss(null, CYRILLIC), "utf8")]),
    contentType: null,
    title: CYRILLIC,
    source: "bom",
  },
  {
    name: "Content-Type charset wins over the prolog",
    bytes: iconv.encode(rss("iso-8859-1", CYRILLIC), "windows-1251"),
    contentType: 'application/xml; charset="windows-1251"',
    title: CYRILLIC,
    source: "content-type",
  },
  {
    name: "an unknown Content-Type charset falls back to the prolog",
    bytes: iconv.encode(rss("koi8-r", CYRILLIC), "koi8-r"),
    contentType: "text/xml; charset=x-no-such-charset",
    title: CYRILLIC,
    source: "prolog",
  },
  {
    name: "an unknown prolog encoding falls back to UTF-8",
    bytes: Buffer.from(rss("x-klingon", CYRILLIC), "utf8"),
    contentType: null,
    title: CYRILLIC,
    source: "default",
  },
  {
    name: "header says UTF-8 but the bytes are not: the prolog's charset is next",
    bytes: iconv.encode(rss("iso-8859-1", LATIN), "windows-1252"),
    contentType: "text/xml; charset=utf-8",
    title: LATIN,
    source: "prolog",
  },
  {
    name: "no declaration and not UTF-8: windows-1252",
    bytes: iconv.encode(rss(null, LATIN), "windows-1252"),
    contentType: null,
    title: LATIN,
    source: "fallback",
  },
  {
    name: "prolog says UTF-8 but the bytes are Latin-1: windows-1252",
    bytes: iconv.encode(rss("UTF-8", LATIN), "windows-1252"),
    contentType: null,
    title: LATIN,
    source: "fallback",
  },
  {
    name: "plain UTF-8",
    bytes: Buffer.from(rss("utf-8", `${CYRILLIC} ${CHINESE}`), "utf8"),
    contentType: "application/rss+xml",
    title: `${CYRILLIC} ${CHINESE}`,
    source: "prolog",
  },
];

describe("decodeFeedBody", () => {
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(detectCharset(c.bytes, c.contentType).source, c.source);
      const text = decodeFeedBody(c.bytes, c.contentType);
      assert.ok(text.includes(`<title>${c.title}</title>`), text);
      assert.ok(!text.includes("\uFFFD"), "no replacement characters");
      assert.ok(!text.startsWith("\uFEFF"), "BOM removed");
    });
  }

  test("rewrites the declared encoding to UTF-8 so the parser does not decode twice", () => {
    const text = decodeFeedBody(iconv.encode(rss("windows-1251", CYRILLIC), "windows-1251"), null);
    assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), text);
  });

  test("removes whitespace before the declaration and control characters XML forbids", () => {
    const body = Buffer.from(
      `\n\n  <?xml version="1.0"?><rss><channel><title>a\u0006b\u0000c\td</title></channel></rss>`,
    );
    const text = decodeFeedBody(body, null);
    assert.ok(text.startsWith("<?xml"));
    assert.ok(text.includes("<title>abc\td</title>"));
  });

  test("a declaration split over lines is still read", () => {
    const body = iconv.encode(`<?xml\nversion="1.0"\nencoding='koi8-r'?>${rss(null, CYRILLIC)}`, "koi8-r");
    assert.ok(decodeFeedBody(body, null).includes(CYRILLIC));
  });
});
