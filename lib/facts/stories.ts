import { foldWords } from "./derive";

/** Words too common to tell two stories apart. */
const STOP = new Set(
  "a an the of in on at to for from by with and or but as is are was were be been has have had it its this that these those said says say after over into near amid".split(
    " ",
  ),
);

/** What a story is recognised by: the content words of its title and first sentence. */
export function storySignature(title: string, lead: string): string[] {
  const firstSentence = lead.split(/(?<=[.!?])\s/)[0] ?? "";
  const words = foldWords(`${title} ${firstSentence}`).filter((word) => word.length > 2 && !STOP.has(word));
  return [...new Set(words)].sort();
}

/**
 * Two articles tell the same story when most of the smaller signature's words are in the other
 * (overlap coefficient): outlets rewrite headlines but keep the names, places and numbers.
 */
export function sameStory(a: string[], b: string[], threshold = 0.6): boolean {
  if (a.length < 3 || b.length < 3) return false;
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / small.length >= threshold;
}
