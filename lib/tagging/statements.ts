import type { StatementTag } from "@/lib/types/tags";
import { digestFrames } from "./digest-lines";
import { directFrames } from "./direct-quotes";
import type { Doc } from "./doc";
import { reportedFrames } from "./reported-speech";
import { resolveSpeaker, type Speaker, type SpeakerContext } from "./speakers";
import { span } from "./text";

/** Direct quotations and reported speech, each with its speaker, role and affiliation. */
export function extractStatements(doc: Doc): StatementTag[] {
  const frames = [...directFrames(doc), ...reportedFrames(doc), ...digestFrames(doc)].sort(
    (a, b) => a.evStart - b.evStart,
  );
  const ctx: SpeakerContext = { people: [], others: [] };
  const out: StatementTag[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;
  for (const f of frames) {
    let sp: Speaker | null = null;
    if (f.np) sp = resolveSpeaker(doc, f.np, ctx);
    else if (f.continues && last && f.sentence - last.sentence <= 2) sp = last.speaker;
    if (!sp) continue;
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
