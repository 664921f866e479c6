import { decodeHTML } from "entities";
import sanitizeHtml from "sanitize-html";

// Elements whose text is code or a form, never prose: dropped with their content.
const NON_TEXT_TAGS = ["script", "style", "noscript", "iframe", "textarea", "option", "template", "object"];

// Elements that end a line of text. They pass the sanitiser bare (no attributes) only so that the step
// below can turn them into line breaks; without them "<p>One</p><p>Two</p>" would read "OneTwo".
const BREAK_TAGS = [
  ["p", "br", "div", "li", "ul", "ol", "dd", "dt", "tr", "table", "blockquote", "pre", "hr"],
  ["h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "figure", "figcaption"],
].flat();
const CELL_TAGS = ["td", "th"];

// The sanitiser's own output: a known tag name and nothing else inside the brackets.
const SANITISED_TAG = /<\/?([a-z0-9]+)\s*\/?>/g;
const HORIZONTAL_SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Turns feed HTML into plain text with sanitize-html, a real HTML parser: every element and attribute
 * goes (so script, event handlers and javascript: links cannot survive), script/style-like elements go
 * with their content, block elements become line breaks, entities are decoded once, whitespace collapses
 * to single spaces and lines. The result is text for a text node: it is NOT safe to use as HTML.
 */
export function htmlToText(html: string): string {
  const cleaned = sanitizeHtml(html, {
    allowedTags: [...BREAK_TAGS, ...CELL_TAGS],
    allowedAttributes: {},
    nonTextTags: NON_TEXT_TAGS,
    disallowedTagsMode: "discard",
  });
  // Line breaks in HTML source are only whitespace; the block tags decide where lines end.
  const broken = cleaned
    .replace(/\s+/g, " ")
    .replace(SANITISED_TAG, (_tag, name: string) => (CELL_TAGS.includes(name) ? " " : "\n"));
  return decodeHTML(broken)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(HORIZONTAL_SPACE, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
