import type { CasualtyKind, EventType } from "@/lib/types/tags";

const EVENT_LABELS: Record<EventType, string> = {
  "armed-clash": "Armed clash",
  shelling: "Shelling / artillery",
  "missile-strike": "Missile strike",
  "air-drone-strike": "Air or drone strike",
  "attack-on-civilians": "Attack on civilians",
  ceasefire: "Ceasefire",
  "ceasefire-violation": "Ceasefire violation",
  "peace-talks": "Peace talks / plan",
  "arms-transfer": "Arms transfer",
  mobilisation: "Mobilisation / deployment",
  "displacement-humanitarian": "Displacement / humanitarian",
  protest: "Protest",
  "statement-diplomacy": "Statement / diplomacy",
};

/** The documented taxonomy's display names. */
export function eventTypeLabel(type: EventType): string {
  return EVENT_LABELS[type];
}

export const KIND_LABEL: Record<CasualtyKind, string> = {
  killed: "killed",
  injured: "injured",
  missing: "missing",
  captured: "captured",
};
