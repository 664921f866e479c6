import { decodeHTMLStrict } from "entities";

const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);

// CDATA sections and comments are matched first and kept as they are: text inside them is literal.
const REFERENCE =
  /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)|&(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)?/g;

/**
 * Rewrites the entity references a strict XML parser rejects, for a second attempt at a feed that failed
 * the first time:
 *   - HTML named entities XML does not define (`&auml;`, `&hellip;`) become numeric references;
 *   - numeric references to characters XML 1.0 forbids (`&#6;`) are dropped;
 *   - a bare `&` or an unknown name (`AT&T`, `&bogus;`) becomes `&amp;`, so the text shows as written.
 */
export function rescueEntities(xml: string): string {
  return xml.replace(REFERENCE, (match, verbatim: string | undefined, reference: string | undefined) => {
    if (verbatim !== undefined) return match;
    if (reference === undefined) return "&amp;";
    if (reference.startsWith("#")) return isAllowedCodePoint(numericValue(reference)) ? match : "";
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return match;
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
