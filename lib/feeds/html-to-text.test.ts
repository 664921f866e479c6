import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  const table: [string, string, string][] = [
    ["script and its content go", "Before<script>alert('x')</script> after", "Before after"],
    ["style and noscript go", "<style>p{color:red}</style>Text<noscript>enable JS</noscript>", "Text"],
    [
      "iframe and textarea go",
      "A<iframe src='https://evil.example'>fallback</iframe>B<textarea>x</textarea>",
      "AB",
    ],
    ["event handlers go with their element", '<img src="x" onerror="alert(1)">Caption', "Caption"],
    [
      "javascript: links keep only their words",
      '<a href="javascript:alert(1)" onclick="x()">Read more</a>',
      "Read more",
    ],
    [
      "named and numeric entities are decoded",
      "Caf&eacute; &amp; bar &#8212; &#x41;&quot;",
      'Café & bar — A"',
    ],
    [
      "escaped markup stays text, decoded once",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "<script>alert(1)</script>",
    ],
    ["double-escaped entities are decoded only once", "&amp;lt;b&amp;gt;", "&lt;b&gt;"],
    ["paragraphs become lines", "<p>First.</p><p>Second.</p>", "First.\nSecond."],
    ["br becomes a line break", "one<br>two<br/>three", "one\ntwo\nthree"],
    ["list items become lines", "<ul><li>a</li><li>b</li></ul>", "a\nb"],
    ["divs and headings break too", "<h2>Head</h2><div>Body</div>", "Head\nBody"],
    ["table cells are spaced", "<table><tr><td>1</td><td>2</td></tr></table>", "1 2"],
    ["whitespace collapses", "  lots \t of\u00a0 space \n\n\n here ", "lots of space here"],
    [
      "a newline in the source is a space, not a line",
      "<p>wrapped\nsentence</p><p>next</p>",
      "wrapped sentence\nnext",
    ],
    ["inline tags do not add spaces inside words", "Ka<b>ra</b>bakh", "Karabakh"],
    ["plain text passes", "Nothing to clean", "Nothing to clean"],
    ["empty input", "", ""],
  ];
  for (const [name, input, expected] of table) {
    test(name, () => assert.equal(htmlToText(input), expected));
  }
});
