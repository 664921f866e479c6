import { decodeHTMLStrict } from "entities";

const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);
const REFERENCE = /&(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)?/g;

/**
 * Rewrites the entity references a strict XML parser rejects, for a second attempt at a feed that failed
 * the first time:
 *   - HTML named entities XML does not define (`&auml;`, `&hellip;`) become numeric references;
 *   - numeric references to characters XML 1.0 forbids (`&#6;`) are dropped;
 *   - a bare `&` or an unknown name (`AT&T`, `&bogus;`) becomes `&amp;`, so the text shows as written.
 * CDATA sections and comments are copied unchanged: text inside them is literal.
 */
export function rescueEntities(xml: string): string {
  let out = "";
  let from = 0;
  // Positions are cached and only searched again once passed, so the scan stays linear in the input.
  let cdata = xml.indexOf("<![CDATA[");
  let comment = xml.indexOf("<!--");
  while (from < xml.length) {
    if (cdata !== -1 && cdata < from) cdata = xml.indexOf("<![CDATA[", from);
    if (comment !== -1 && comment < from) comment = xml.indexOf("<!--", from);
    const isCdata = cdata !== -1 && (comment === -1 || cdata < comment);
    const start = isCdata ? cdata : comment;
    if (start === -1) return out + fixReferences(xml.slice(from));
    const end = xml.indexOf(isCdata ? "]]>" : "-->", start + 4);
    out += fixReferences(xml.slice(from, start));
    if (end === -1) return out + xml.slice(start);
    out += xml.slice(start, end + 3);
    from = end + 3;
  }
  return out;
}

function fixReferences(text: string): string {
  return text.replace(REFERENCE, (match, reference: string | undefined) => {
    if (reference === undefined) return "&amp;";
    if (reference.startsWith("#")) return isAllowedCodePoint(numericValue(reference)) ? match : "";
    if (XML_ENTITIES.has(reference.slice(0, -1))) return match;
    const decoded = decodeHTMLStrict(match);
    if (decoded === match) return `&amp;${reference}`;
    return Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join("");
  });
}

function numericValue(reference: string): number {
  const body = reference.slice(1, -1);
  return body[0] === "x" || body[0] === "X" ? Number.parseInt(body.slice(1), 16) : Number.parseInt(body, 10);
}

/** The XML 1.0 Char production. */
export function isAllowedCodePoint(cp: number): boolean {
  if (cp === 0x9 || cp === 0xa || cp === 0xd) return true;
  if (cp >= 0x20 && cp <= 0xd7ff) return true;
  if (cp >= 0xe000 && cp <= 0xfffd) return true;
  return cp >= 0x10000 && cp <= 0x10ffff;
}
