import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { FeedError } from "./errors";

/**
 * Turns the bytes of a feed into a JavaScript string, whatever encoding the publisher used, and cleans the
 * text enough for a strict XML parser. Pure: no I/O.
 *
 * Where the encoding comes from, first match wins:
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. UTF-16 without a BOM, seen from the `<?xml` pattern with zero bytes between the letters (decoding
 *      such bytes with any 8-bit charset can only give garbage, so this beats a Content-Type header);
 *   3. the charset parameter of Content-Type;
 *   4. the `encoding` of the XML declaration, read from the ASCII-compatible first bytes;
 *   5. UTF-8.
 * A name iconv-lite does not know is skipped in favour of the next source. When the chosen charset is
 * UTF-8 but the bytes are not valid UTF-8, the next declared non-UTF-8 charset is used, else windows-1252:
 * real feeds serve ISO-8859-1 bytes with no declaration at all, and windows-1252 decodes every byte.
 */
export function decodeFeedBody(body: Buffer, contentType: string | null): string {
  const charset = detectCharset(body, contentType);
  let text: string;
  try {
    text = iconv.decode(body.subarray(charset.skip), charset.name);
  } catch (error) {
    throw new FeedError("decode", `Could not decode the feed as ${charset.name}`, { cause: error });
  }
  return cleanXmlText(text);
}

export interface DetectedCharset {
  /** An iconv-lite encoding name. */
  name: string;
  /** Bytes of BOM to skip. */
  skip: number;
  /** Where the answer came from, for tests and logs. */
  source: "bom" | "utf16-pattern" | "content-type" | "prolog" | "default" | "fallback";
}

export function detectCharset(body: Buffer, contentType: string | null): DetectedCharset {
  const bom = detectBom(body);
  if (bom) return bom;
  const utf16 = detectUtf16WithoutBom(body);
  if (utf16) return { name: utf16, skip: 0, source: "utf16-pattern" };

  const declared: { name: string; source: "content-type" | "prolog" }[] = [];
  const fromHeader = usableCharset(charsetFromContentType(contentType));
  if (fromHeader) declared.push({ name: fromHeader, source: "content-type" });
  const fromProlog = usableCharset(charsetFromProlog(body));
  if (fromProlog) declared.push({ name: fromProlog, source: "prolog" });

  const validUtf8 = isUtf8(body);
  for (const candidate of declared) {
    if (!isUtf8Name(candidate.name)) return { name: candidate.name, skip: 0, source: candidate.source };
    if (validUtf8) return { name: "utf-8", skip: 0, source: candidate.source };
  }
  if (validUtf8) return { name: "utf-8", skip: 0, source: "default" };
  return { name: "windows-1252", skip: 0, source: "fallback" };
}

function detectBom(body: Buffer): DetectedCharset | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
    return { name: "utf-8", skip: 3, source: "bom" };
  if (body[0] === 0xff && body[1] === 0xfe) return { name: "utf-16le", skip: 2, source: "bom" };
  if (body[0] === 0xfe && body[1] === 0xff) return { name: "utf-16be", skip: 2, source: "bom" };
  return null;
}

const UTF16LE_XML = Buffer.from("<?xml", "utf16le");
const UTF16BE_XML = Buffer.from("\0<\0?\0x\0m\0l", "latin1");

function detectUtf16WithoutBom(body: Buffer): string | null {
  // Whitespace before the declaration happens; look at the first few hundred bytes, not only offset 0.
  const head = body.subarray(0, 512);
  const le = head.indexOf(UTF16LE_XML);
  if (le !== -1 && le % 2 === 0) return "utf-16le";
  const be = head.indexOf(UTF16BE_XML);
  if (be !== -1 && be % 2 === 0) return "utf-16be";
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2] ?? null;
}

const PROLOG = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:()-]+)["']/;

export function charsetFromProlog(body: Buffer): string | null {
  // latin1 maps every byte to one character, so the ASCII letters of the declaration read the same
  // whatever the real 8-bit or multi-byte ASCII-compatible encoding is.
  const head = body.subarray(0, 1024).toString("latin1");
  const name = PROLOG.exec(head)?.[1];
  if (!name) return null;
  // A UTF-16/32 declaration we could read as ASCII is stale: the bytes were converted after it was written.
  if (/^(utf-?16|utf-?32|ucs-?2|ucs-?4)/i.test(name)) return null;
  return name;
}

/** Normalises a charset label to the name we decode with, or null when iconv-lite does not know it. */
function usableCharset(label: string | null): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase();
  // As browsers do (WHATWG Encoding), treat Latin-1 and ASCII labels as windows-1252: servers that say
  // ISO-8859-1 routinely send curly quotes and dashes from the 0x80-0x9F range.
  if (/^(iso[-_]?8859[-_]1|latin-?1|l1|us-ascii|ascii|iso[-_]?646.*|cp819)$/.test(name))
    return "windows-1252";
  return iconv.encodingExists(name) ? name : null;
}

function isUtf8Name(name: string): boolean {
  return /^utf-?8$/i.test(name);
}

// XML 1.0 allows tab, LF and CR among the C0 controls, and never U+FFFE/U+FFFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const DECLARATION = /^<\?xml\s[^>]*?\?>/;

/**
 * Drops the BOM character, whitespace before the XML declaration, characters XML 1.0 forbids, and
 * rewrites the declared encoding to UTF-8: the text is a JS string now, and a parser that believed the old
 * label could decode it a second time.
 */
export function cleanXmlText(text: string): string {
  let out = text.replace(/^\uFEFF/, "").trimStart();
  out = out.replace(ILLEGAL_XML_CHARS, "");
  return out.replace(DECLARATION, (declaration) =>
    declaration.replace(/\bencoding\s*=\s*(["'])[^"']*\1/, 'encoding="UTF-8"'),
  );
}
