/**
 * Whether the configured tile server is answering. The map keeps the bundled outlines underneath and
 * drops the tile layer when tiles keep failing or stall, so a dead server never shows blank squares.
 */
export interface TileHealth {
  /** Tiles requested and not yet loaded or failed. */
  pending: number;
  loaded: number;
  /** Failures since the last tile that loaded. */
  errorsSinceLoad: number;
  /** Since when requests have been waiting with no answer of any kind; null when none are waiting. */
  waitingSince: number | null;
}

export type TileEvent =
  | { type: "request"; at: number }
  | { type: "load"; at: number }
  | { type: "error"; at: number };

export const INITIAL_TILE_HEALTH: TileHealth = {
  pending: 0,
  loaded: 0,
  errorsSinceLoad: 0,
  waitingSince: null,
};

export const TILE_LIMITS = {
  /** Failures in a row before giving up on the server. */
  maxErrors: 6,
  /** How long requests may go unanswered (a server that accepts and never replies). */
  stallMs: 6_000,
};

export function tileReducer(state: TileHealth, event: TileEvent): TileHealth {
  if (event.type === "request") {
    return { ...state, pending: state.pending + 1, waitingSince: state.waitingSince ?? event.at };
  }
  const pending = Math.max(0, state.pending - 1);
  // Any answer shows the server is alive: the stall clock restarts for the requests still out.
  const waitingSince = pending > 0 ? event.at : null;
  if (event.type === "load") return { pending, loaded: state.loaded + 1, errorsSinceLoad: 0, waitingSince };
  return { ...state, pending, errorsSinceLoad: state.errorsSinceLoad + 1, waitingSince };
}

export type TileVerdict = "tiles" | "waiting" | "outlines";

/** tiles: shown and working; waiting: not proven yet (outlines still visible below); outlines: give up. */
export function tileVerdict(state: TileHealth, now: number, limits = TILE_LIMITS): TileVerdict {
  if (state.errorsSinceLoad >= limits.maxErrors) return "outlines";
  if (state.waitingSince !== null && now - state.waitingSince >= limits.stallMs) return "outlines";
  return state.loaded > 0 ? "tiles" : "waiting";
}
