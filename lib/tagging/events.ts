import { type CasualtyClaim, EVENT_TYPES, type EventType, type StatementTag } from "@/lib/types/tags";
import { type Context, contextAt, setAside } from "./events-context";
import { CUE_RULES, type CueType } from "./events-cues";
import { positionStated } from "./events-diplomacy";
import { findTruces } from "./events-truce";

/** Why a mention of each type may not count: violence must be real and current; talks not only asked for. */
const VIOLENCE = setAside(["negated", "background", "unreal"]);
const SET_ASIDE: Record<CueType, ((c: Context) => boolean) | null> = {
  "armed-clash": VIOLENCE,
  shelling: VIOLENCE,
  "missile-strike": VIOLENCE,
  "air-drone-strike": VIOLENCE,
  "attack-on-civilians": VIOLENCE,
  "peace-talks": setAside(["negated", "background", "called", "threatened"]),
  // An alleged or denied delivery is still news of arms moving (as an alleged strike is a strike).
  "arms-transfer": setAside(["negated", "background"]),
  mobilisation: setAside(["negated", "background", "threatened"]),
  "displacement-humanitarian": setAside(["negated", "background"]),
  protest: setAside(["negated", "background"]),
  "statement-diplomacy": null,
};

/** Whether some occurrence of the rule's words is reported rather than negated, hypothetical or past. */
function reported(type: CueType, re: RegExp, folded: string): boolean {
  const aside = SET_ASIDE[type];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (aside === null || !aside(contextAt(folded, m.index, m.index + m[0].length))) return true;
  }
  return false;
}

/** The event types a (folded) piece of text reports; types in `known` are taken as found, not looked for. */
export function eventTypesIn(folded: string, known: ReadonlySet<EventType> = new Set()): EventType[] {
  const found = new Set<EventType>(known);
  for (const [type, re] of CUE_RULES) if (!found.has(type) && reported(type, re, folded)) found.add(type);
  const truces = findTruces(folded);
  if (truces.ceasefire) found.add("ceasefire");
  if (truces.violation) found.add("ceasefire-violation");
  return EVENT_TYPES.filter((t) => found.has(t));
}

/**
 * Event types the article reports, in taxonomy order. Civilian casualties imply an attack on civilians,
 * military ones with no strike named a clash; a position stated by an organisation or a foreign
 * ministry is diplomacy.
 */
export function extractEventTypes(
  folded: string,
  casualties: CasualtyClaim[],
  statements: StatementTag[] = [],
  orgIds: ReadonlySet<string> = new Set(),
): EventType[] {
  const implied = new Set<EventType>();
  if (casualties.some((c) => c.civilian === "civilian" && (c.kind === "killed" || c.kind === "injured"))) {
    implied.add("attack-on-civilians");
  }
  if (positionStated(statements, orgIds)) implied.add("statement-diplomacy");
  // Known types need not be looked for in the text again.
  const found = new Set<EventType>(eventTypesIn(folded, implied));
  // Soldiers killed or wounded with no shell, missile or air strike named died in ground fighting.
  const byFire = found.has("shelling") || found.has("missile-strike") || found.has("air-drone-strike");
  if (
    !byFire &&
    casualties.some((c) => c.civilian === "military" && !c.cumulative && c.kind !== "captured")
  ) {
    found.add("armed-clash");
  }
  // In the taxonomy's documented order (lib/types/tags.ts).
  return EVENT_TYPES.filter((t) => found.has(t));
}
