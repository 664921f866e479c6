import { EventEmitter } from "node:events";
import type { Change } from "../types/article";

/** Carries stored changes from the worker to whatever serves the browsers. Publish only after commit. */
export interface Bus {
  publishChange(change: Change): void;
  publishFeedsChanged(): void;
  onChange(handler: (change: Change) => void): () => void;
  onFeedsChanged(handler: () => void): () => void;
}

/** The in-process bus of the embedded (one process) mode. */
export function createLocalBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(100);
  const on = <T extends unknown[]>(name: string, handler: (...args: T) => void) => {
    const listener = (...args: unknown[]) => handler(...(args as T));
    emitter.on(name, listener);
    return () => {
      emitter.off(name, listener);
    };
  };
  return {
    publishChange: (change) => emitter.emit("change", change),
    publishFeedsChanged: () => emitter.emit("feeds"),
    onChange: (handler) => on<[Change]>("change", handler),
    onFeedsChanged: (handler) => on<[]>("feeds", handler),
  };
}
