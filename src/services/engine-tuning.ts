/**
 * Tuning the JavaScript engine for a short command. V8 compiles WebAssembly twice: a quick baseline first,
 * then optimized code for the hot functions, on background threads. For a long run (an ingest, `serve`)
 * the optimized PostgreSQL pays off; for a command that opens the database, runs a few queries and exits,
 * that second compile only competes with the command for the machine's cores. Measured on two cores, the
 * org overview on a million-commit database took 1.8 s with the baseline code alone against 2.5 s.
 */
import v8 from 'node:v8';

/** Keeps WebAssembly on the baseline compiler; call it before the database is first opened. */
export function preferQuickWasmStart(): void {
  v8.setFlagsFromString('--liftoff-only');
}
