import type { StatementTag } from "@/lib/types/tags";
import { digestFrames } from "./digest-lines";
import { directFrames } from "./direct-quotes";
import type { Doc } from "./doc";
import { reportedFrames } from "./reported-speech";
import { npBefore, resolveSpeaker, type Speaker, type SpeakerContext } from "./speakers";
import type { Frame, Np } from "./statement-frames";
import { span } from "./text";

/** A source the resolver does not know, kept as written (a Cyrillic office in a digest line). */
function asWritten(doc: Doc, np: Np): Speaker | null {
  if (!np.asWritten) return null;
  const text = doc.text.slice(doc.tokens[np.from]?.start ?? 0, doc.tokens[np.to - 1]?.end ?? 0);
  return { speaker: text, role: text, affiliation: null, person: false, from: np.from, to: np.to };
}

/** Quoted words inside a digest line's claim stay in it ("RU MoD: 'massive strike', all targets hit"). */
function insideNone(direct: Frame[], digest: Frame[]): Frame[] {
  if (digest.length === 0) return direct;
  return direct.filter((d) => !digest.some((g) => g.qStart <= d.qStart && d.qEnd <= g.qEnd));
}

function tagOf(sp: Speaker, f: Frame, doc: Doc): StatementTag {
  return {
    speaker: sp.speaker,
    role: sp.role,
    affiliation: sp.affiliation,
    quote: f.quote,
    direct: f.direct,
    evidence: span(doc.text, f.evStart, f.evEnd),
  };
}

/**
 * "Hamas & Fatah", "the army and the police both": the phrase reader stops at the joiner; the speaker's
 * phrase right before it joins the phrase (after "and" only when "both" follows, so that "… hit Goris
 * and the ministry said" keeps its speaker).
 */
function joined(doc: Doc, np: Np, si: number): Np {
  const x = doc.tokens[np.from - 1]?.norm;
  if (np.asWritten || (x !== "&" && !(x === "and" && doc.tokens[np.to]?.norm === "both"))) return np;
  const left = npBefore(doc, np.from - 1, doc.sentences[si]?.from ?? 0);
  return left && left.to === np.from - 1 ? { from: left.from, to: np.to } : np;
}

/** Two speakers joined by "and" or "&", each one a speaker of its own; null when the phrase is one. */
function jointParts(doc: Doc, np: Np, ctx: SpeakerContext): Speaker[] | null {
  if (np.asWritten || np.to - np.from < 3) return null;
  let at = -1;
  for (let k = np.from + 1; k < np.to - 1; k++) {
    const x = doc.tokens[k]?.norm;
    if (x === "and" || x === "&") {
      if (at >= 0) return null;
      at = k;
    }
  }
  // "the foreign ministers of Armenia and Azerbaijan": one phrase naming two places.
  for (let k = np.from; k < at; k++)
    if (doc.tokens[k]?.norm === "of" || doc.tokens[k]?.norm === "for") return null;
  if (at < 0) return null;
  let end = np.to;
  if (doc.tokens[end - 1]?.norm === "both") end--;
  // "X and Y said" speak together as written; "X & Y both deny" and digest "X & Y:" speak each.
  const both = end < np.to || doc.tokens[np.to]?.norm === "both";
  if (!both && doc.tokens[at]?.norm !== "&") return null;
  const a = resolveSpeaker(doc, { from: np.from, to: at }, ctx);
  const b = resolveSpeaker(doc, { from: at + 1, to: end }, ctx);
  // Both sides must be sources in their own right: a body, an office or a named person.
  if (!a || !b || (!a.person && !a.affiliation && !a.role) || (!b.person && !b.affiliation && !b.role))
    return null;
  return [a, b];
}

/** Direct quotations and reported speech, each with its speaker, role and affiliation. */
export function extractStatements(doc: Doc): StatementTag[] {
  const digest = digestFrames(doc);
  const frames = [...insideNone(directFrames(doc), digest), ...reportedFrames(doc), ...digest].sort(
    (a, b) => a.evStart - b.evStart,
  );
  const ctx: SpeakerContext = { people: [], others: [] };
  const out: StatementTag[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;
  const seen = new Set<number>();
  for (const f of frames) {
    // The same words found by two readers (a digest line that is also a "says" clause) count once.
    if (seen.has(f.qStart * 1048576 + f.qEnd)) continue;
    let sp: Speaker | null = null;
    // "JEM & SLA both deny …", "the army and the police said …": one statement per speaker.
    const np = f.np ? joined(doc, f.np, f.sentence) : null;
    const joint = np ? jointParts(doc, np, ctx) : null;
    if (joint) {
      for (const j of joint) out.push(tagOf(j, f, doc));
      ctx.others.push(...joint);
      seen.add(f.qStart * 1048576 + f.qEnd);
      continue;
    }
    if (np) sp = resolveSpeaker(doc, np, ctx) ?? asWritten(doc, np);
    else if (f.continues && last && f.sentence - last.sentence <= 2) sp = last.speaker;
    if (!sp) continue;
    seen.add(f.qStart * 1048576 + f.qEnd);
    if (f.affiliation && !sp.affiliation) sp = { ...sp, affiliation: f.affiliation };
    if (sp.person) ctx.people.push(sp);
    else ctx.others.push(sp);
    last = { speaker: sp, sentence: f.sentence };
    out.push(tagOf(sp, f, doc));
  }
  return out;
}
