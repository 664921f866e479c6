/**
 * Okabe–Ito: eight colours told apart by every common form of colour blindness. Colour is never the
 * only carrier of meaning: every coloured mark also has a label, a shape or a dash pattern.
 */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
  "#000000",
] as const;

/** Stable colours for actors: the focus parties first, in order, then everyone else by a hash of the id. */
export function actorColour(actorId: string | null, order: readonly string[] = []): string {
  if (!actorId) return "#767676";
  const index = order.indexOf(actorId);
  if (index >= 0) return PALETTE[index % PALETTE.length] ?? "#767676";
  let hash = 0;
  for (const char of actorId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? "#767676";
}
