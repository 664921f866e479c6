import type { StatementTag } from "@/lib/types/tags";
import { digestFrames } from "./digest-lines";
import { directFrames } from "./direct-quotes";
import type { Doc } from "./doc";
import { reportedFrames } from "./reported-speech";
import { resolveSpeaker, type Speaker, type SpeakerContext } from "./speakers";
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
    if (f.np) sp = resolveSpeaker(doc, f.np, ctx) ?? asWritten(doc, f.np);
    else if (f.continues && last && f.sentence - last.sentence <= 2) sp = last.speaker;
    if (!sp) continue;
    seen.add(f.qStart * 1048576 + f.qEnd);
    if (f.affiliation && !sp.affiliation) sp = { ...sp, affiliation: f.affiliation };
    if (sp.person) ctx.people.push(sp);
    else ctx.others.push(sp);
    last = { speaker: sp, sentence: f.sentence };
    out.push({
      speaker: sp.speaker,
      role: sp.role,
      affiliation: sp.affiliation,
      quote: f.quote,
      direct: f.direct,
      evidence: span(doc.text, f.evStart, f.evEnd),
    });
  }
  return out;
}
