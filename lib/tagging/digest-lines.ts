import type { Doc } from "./doc";
import { parseCount } from "./numbers";
import { ROLE_WORDS } from "./speaker-words";
import { npBefore } from "./speakers";
import { type Frame, reportedFrame, w } from "./statement-frames";

/**
 * Digest lines "SOURCE: claim" ("AZ MoD: 3 tanks destroyed near Fuzuli") report the source's words. The
 * source must be a role, a person or an organisation, so that "Ukraine: heavy fighting" (a topic) is not.
 */
export function digestFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    // Bullets, dashes, dates and times may open a digest line: "• Oct 4, 08:00 AZ MoD: …".
    let lineStart = s.from;
    while (
      lineStart < s.to &&
      (LINE_LEAD.has(w(doc, lineStart)) ||
        doc.tokens[lineStart]?.kind === "num" ||
        MONTH_ABBR.has(w(doc, lineStart)))
    ) {
      lineStart++;
    }
    for (let k = lineStart + 1; k < Math.min(s.to - 2, lineStart + 7); k++) {
      // "AZ MoD: …" or "AZ MoD - …" (a spaced dash).
      const dash = w(doc, k) === "-" && doc.tokens[k]?.start !== doc.tokens[k - 1]?.end;
      if (w(doc, k) !== ":" && !dash) continue;
      const frame = digestFrame(doc, si, lineStart, k);
      if (frame) frames.push(frame);
      break;
    }
  }
  return frames;
}

const SEATS = new Set(["kremlin", "white", "pentagon", "elysee", "downing", "whitehall", "state"]);
const LINE_LEAD = new Set(["-", "*", "•", "–", "—", ":", ",", "|", "/"]);
const MONTH_ABBR = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(
    " ",
  ),
);

function digestFrame(doc: Doc, si: number, lineStart: number, colon: number): Frame | null {
  const s = doc.sentences[si];
  const after = doc.tokens[colon + 1];
  if (!s || !after || doc.quotes.some((q) => q.start === after.start)) return null;
  const np = npBefore(doc, colon, lineStart);
  if (!np || np.from !== lineStart) return null;
  const first = doc.mentionAt[np.from];
  const org = first && doc.lex.actors.get(first.actor)?.kind !== "country" && first.via === "name";
  const hasRole = roleWordIn(doc, np.from, np.to);
  const person = [...Array(np.to - np.from).keys()].some((i) => doc.mentionAt[np.from + i]?.via === "person");
  // A country code alone ("AZ: …") is a source; a country's name ("Ukraine: …") may be a heading.
  // An actor's acronym ("ENDF: …", "IDF: …") speaks like a code.
  const code = np.to - np.from === 1 && !!first && /^[A-Z]{2,5}$/.test(doc.tokens[np.from]?.text ?? "");
  // Two or three capitalised words that are no actor are a person's name: "Anar Guliyev: …".
  // Not in a shouted line, where every word is capitalised ("AXUM MASSACRE: HUNDREDS KILLED").
  const named =
    !doc.shouted.has(si) &&
    np.to - np.from >= 2 &&
    np.to - np.from <= 3 &&
    [...Array(np.to - np.from).keys()].every(
      (i) => doc.tokens[np.from + i]?.cap && !doc.mentionAt[np.from + i],
    );
  // Seats of power speak ("Kremlin: …"); a capital city may be a place heading ("Kyiv: …").
  const seat = first?.via === "metonym" && SEATS.has(doc.tokens[np.from]?.norm ?? "");
  // "El Fasher - 12 dead, 30 inj": capitalised words heading a bare tally are a place, not a source.
  const tallyHeading = named && parseCount(doc.tokens, colon + 1) !== null;
  if (!org && !hasRole && !person && !code && !(named && !tallyHeading) && !seat) return null;
  let e = s.to;
  while (e > colon + 1 && [".", ",", ";", "!"].includes(w(doc, e - 1))) e--;
  const qs = after.start;
  return reportedFrame(doc, np, qs, doc.tokens[e - 1]?.end ?? qs, si);
}

function roleWordIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ROLE_WORDS.has(w(doc, k))) return true;
  return false;
}
