import type { EventType } from "../types/tags";
import { PALETTE } from "./palette";

/** Marker shapes: every event type has its own shape and colour pair, so colour is never needed alone. */
export type MarkerShape =
  | "circle"
  | "square"
  | "diamond"
  | "triangle"
  | "triangle-down"
  | "cross"
  | "star"
  | "hexagon";

/** SVG path of each shape in a 24 × 24 box, built from constants only. */
export const SHAPE_PATH: Record<MarkerShape, string> = {
  circle: "M12 3a9 9 0 1 0 0.001 0Z",
  square: "M4 4h16v16H4Z",
  diamond: "M12 2l10 10-10 10L2 12Z",
  triangle: "M12 3l10 18H2Z",
  "triangle-down": "M2 3h20L12 21Z",
  cross: "M9 2h6v7h7v6h-7v7H9v-7H2V9h7Z",
  star: "M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7.1L12 17.3 5.8 21l1.6-7.1L2 9.2l7.1-.6Z",
  hexagon: "M7 3h10l5 9-5 9H7l-5-9Z",
};

const [BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, , BLACK] = PALETTE;

/**
 * Violent events share warm colours but never a shape; peace and politics are cool colours. Yellow is
 * left out: it vanishes against the light land fill.
 */
export const EVENT_STYLE: Record<EventType, { shape: MarkerShape; colour: string }> = {
  shelling: { shape: "circle", colour: VERMILLION },
  "missile-strike": { shape: "diamond", colour: VERMILLION },
  "air-drone-strike": { shape: "triangle-down", colour: VERMILLION },
  "armed-clash": { shape: "cross", colour: BLACK },
  "attack-on-civilians": { shape: "star", colour: PURPLE },
  "ceasefire-violation": { shape: "triangle", colour: ORANGE },
  ceasefire: { shape: "circle", colour: GREEN },
  "peace-talks": { shape: "square", colour: GREEN },
  "arms-transfer": { shape: "diamond", colour: BLUE },
  mobilisation: { shape: "triangle", colour: BLUE },
  "displacement-humanitarian": { shape: "square", colour: SKY },
  protest: { shape: "hexagon", colour: PURPLE },
  "statement-diplomacy": { shape: "hexagon", colour: SKY },
};

export const MIN_DIAMETER = 16;
export const MAX_DIAMETER = 40;

/**
 * Marker diameter in pixels for a magnitude (people or sources). Logarithmic, because one strike with
 * 300 dead must not hide twenty with three; capped so a marker never covers a town.
 */
export function markerDiameter(magnitude: number): number {
  if (!Number.isFinite(magnitude) || magnitude <= 0) return MIN_DIAMETER;
  return Math.min(MAX_DIAMETER, Math.round(MIN_DIAMETER + 4 * Math.log2(1 + magnitude)));
}
