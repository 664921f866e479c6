import type { OutletRelation } from "../types/dashboard";
import type { ClaimView } from "../types/facts";

/**
 * Who stands behind a figure, relative to the party that suffered the losses:
 * - "own": the party itself (or a party on its side) reports its own losses — drawn solid;
 * - "other": a party to the conflict reports someone else's losses (typically the enemy's) — dashed;
 * - "independent": an organisation that is not a side (UN, ICRC, HRW, a foreign government) or the
 *   media's own unattributed figure — dotted.
 */
export type ClaimantRelation = "own" | "other" | "independent";

/** What the ledger needs to know about outlets and sides; a subset of DashboardContext, plus sides. */
export interface LedgerContext {
  outlets: Record<string, { relation: OutletRelation; party: string | null }>;
  /**
   * Actor id → the actors it fights (the actor lexicon's "opponents"). When given, exactly these actors
   * are the sides of the conflict; without it, every actor that suffered a claimed loss or owns a state
   * outlet counts as a side, and no two sides are taken as allies.
   */
  opponents?: Record<string, readonly string[]>;
  /** IANA zone whose calendar days the daily bars and "same day" follow. */
  timeZone: string;
}

/** The sides of the conflict and who is allied with whom, derived once per ledger. */
export interface Sides {
  isSide: (actor: string) => boolean;
  sameSide: (a: string, b: string) => boolean;
}

export function sidesOf(claims: readonly ClaimView[], context: LedgerContext): Sides {
  const opponents = context.opponents ?? {};
  const enemies = new Map<string, Set<string>>();
  // Opposition is symmetric even when the lexicon lists it one way only.
  for (const [actor, list] of Object.entries(opponents)) {
    for (const other of list) {
      if (!enemies.has(actor)) enemies.set(actor, new Set());
      if (!enemies.has(other)) enemies.set(other, new Set());
      enemies.get(actor)?.add(other);
      enemies.get(other)?.add(actor);
    }
  }
  if (enemies.size > 0) {
    return {
      isSide: (actor) => enemies.has(actor),
      // Allies: not enemies of each other, and fighting a common enemy (AM and the Karabakh authorities).
      sameSide: (a, b) => {
        if (a === b) return true;
        const ea = enemies.get(a);
        const eb = enemies.get(b);
        if (!ea || !eb || ea.has(b)) return false;
        for (const enemy of ea) if (eb.has(enemy)) return true;
        return false;
      },
    };
  }
  const sides = new Set<string>();
  for (const claim of claims) if (claim.party) sides.add(claim.party);
  for (const outlet of Object.values(context.outlets))
    if (outlet.relation === "state-media" && outlet.party) sides.add(outlet.party);
  return { isSide: (actor) => sides.has(actor), sameSide: (a, b) => a === b };
}

/**
 * The claimant: the named claimant, else the party whose state media alone carry the figure (a state
 * agency printing a toll without naming its source speaks for its government). Outlets merely based in
 * a party's country are not its voice, so they do not make the party a claimant.
 */
export function claimantOf(claim: ClaimView, context: LedgerContext): string | null {
  if (claim.claimedBy) return claim.claimedBy;
  let party: string | null = null;
  for (const source of claim.sources) {
    const outlet = source.outlet ? context.outlets[source.outlet] : undefined;
    if (outlet?.relation !== "state-media" || !outlet.party) return null;
    if (party !== null && party !== outlet.party) return null;
    party = outlet.party;
  }
  return party;
}

/**
 * The claimant's relation to the party. Unattributed figures (no claimant) count as independent: they
 * are the media's own reporting. When the suffering party is unknown, a side's figure is drawn as a
 * side's claim ("other"), never as an own report, because nothing shows whose losses it counts.
 */
export function relationOf(party: string | null, claimant: string | null, sides: Sides): ClaimantRelation {
  if (claimant === null) return "independent";
  if (!sides.isSide(claimant)) return party === claimant ? "own" : "independent";
  if (party === null) return "other";
  return sides.sameSide(party, claimant) ? "own" : "other";
}

/** Stable party order for colours: the sides as the lexicon lists them, then everyone else by id. */
export function partyOrder(parties: Iterable<string | null>, context: LedgerContext): string[] {
  const first = Object.keys(context.opponents ?? {});
  const rest = [...new Set(parties)].filter((p): p is string => p !== null && !first.includes(p)).sort();
  return [...first, ...rest];
}
