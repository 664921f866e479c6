/** A quotation found in the text: the marks included in [start, end), the words in [innerStart, innerEnd). */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** The closing mark was missing (a quote running on to the end of its paragraph). */
  open: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const CLOSING_CHARS = new Set(["”", '"', "'", "’", "»", "“"]);
const OPEN_CONTEXT = /[\s([{—–\-:;,/]/;

/** What may close a quotation opened with a given mark. */
function closesFor(open: string): string[] {
  switch (open) {
    case "“":
      return ["”", '"', "''", "“"];
    case '"':
      return ['"', "”", "''"];
    case "``":
      return ["''", '"', "”"];
    case "«":
      return ["»"];
    case "‘":
      return ["’"];
    case "'":
      return ["'", "’"];
    default:
      return [];
  }
}

function openerAt(text: string, i: number): string | null {
  const c = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  const atStart = i === 0 || (before !== undefined && OPEN_CONTEXT.test(before));
  if (c === "“" || c === "«") return c;
  if (c === "`" && after === "`") return "``";
  if (c === '"' && atStart && !isSpace(after)) return '"';
  // Single quotes double as apostrophes: open only after a space or bracket and before a letter.
  if ((c === "‘" || c === "'") && atStart && isLetterOrDigit(after)) return c;
  return null;
}

function closerAt(text: string, i: number, open: string): number {
  for (const mark of closesFor(open)) {
    if (!text.startsWith(mark, i)) continue;
    const after = text[i + mark.length];
    // A curly opening mark used as a closer ("…fire.“") happens in sloppy copy; accept it before a space.
    if (mark === "“" && !isSpace(after)) continue;
    // An apostrophe inside a word ("Azerbaijan’s") does not close a single-quoted passage.
    if ((mark === "’" || mark === "'") && isLetterOrDigit(after)) continue;
    // A straight double mark after a space opens the next quotation rather than closing this one.
    if (mark === '"' && isSpace(text[i - 1])) continue;
    return mark.length;
  }
  return 0;
}

/**
 * Find quotations in straight, curly, guillemet and doubled-apostrophe marks. A quotation never crosses a
 * paragraph break: one left open is closed at the end of its paragraph, as news copy does for quotes
 * that run on over several paragraphs. Single-quoted passages are limited to one line of 300 characters.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks = /[“«`"‘']/g;
  let i = 0;
  while (i < text.length) {
    marks.lastIndex = i;
    const hit = marks.exec(text);
    if (!hit) break;
    i = hit.index;
    const open = openerAt(text, i);
    if (!open) {
      i++;
      continue;
    }
    const innerStart = i + open.length;
    const single = open === "‘" || open === "'";
    let j = innerStart;
    let found = -1;
    let markLen = 0;
    for (; j < text.length; j++) {
      if (text[j] === "\n") break;
      if (single && j - innerStart > 300) break;
      if (!CLOSING_CHARS.has(text[j] ?? "")) continue;
      const len = closerAt(text, j, open);
      if (len > 0 && j > innerStart) {
        found = j;
        markLen = len;
        break;
      }
    }
    if (found >= 0) {
      out.push({ start: i, end: found + markLen, innerStart, innerEnd: found, open: false });
      i = found + markLen;
    } else if (!single && j - innerStart > 20) {
      out.push({ start: i, end: j, innerStart, innerEnd: j, open: true });
      i = j;
    } else {
      i = innerStart;
    }
  }
  return out;
}
