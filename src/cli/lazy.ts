/**
 * Command actions that load their module only when the command runs, so `sextant --version` and `--help`
 * start fast and never touch the database.
 */
import { preferQuickWasmStart } from '../services/engine-tuning.js';

type Action = (...args: never[]) => Promise<void>;

/** Loads a command module on demand and runs its exported function. */
export function lazy<M>(load: () => Promise<M>, pick: (module: M) => Action) {
  return async (...args: unknown[]) => {
    const action = pick(await load()) as (...rest: unknown[]) => Promise<void>;
    await action(...args);
  };
}

/** `lazy` for a short read of the database: a few queries, then exit (see engine-tuning.ts). */
export function lazyRead<M>(load: () => Promise<M>, pick: (module: M) => Action) {
  const run = lazy(load, pick);
  return async (...args: unknown[]) => {
    preferQuickWasmStart();
    await run(...args);
  };
}
