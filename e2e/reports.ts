import type { LoopbackItem } from "../server/loopback-feeds";

let counter = 0;

/** A region-relevant report written for the tests, unique by its number. */
export function report(label: string, at = new Date()): LoopbackItem {
  counter += 1;
  return {
    guid: `e2e-${label}-${counter}-${Date.now()}`,
    title: `${label}: shelling reported near Stepanakert in Nagorno-Karabakh`,
    description: `<p>Test report <b>${label}</b> about the line of contact between Armenia and Azerbaijan.</p>`,
    link: `https://news.example/${encodeURIComponent(label)}`,
    pubDate: at.toUTCString(),
  };
}
