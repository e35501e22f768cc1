/**
 * The people data files a sync imports: the ATS exports `registers/hiring.yaml` lists and the survey
 * response files each `surveys/*.yaml` lists. Each import validates every row first and writes one
 * transaction, and importing the same file again changes nothing.
 */
import type { AppContext } from './context.js';
import { type HiringImportSummary, syncHiringFiles } from './hiring-import.service.js';
import { type SurveyImportSummary, syncSurveyResponseFiles } from './survey-import.service.js';

export interface PeopleSyncResult {
  hiring: HiringImportSummary | null;
  surveys: SurveyImportSummary | null;
}

export async function syncPeopleFiles(context: AppContext): Promise<PeopleSyncResult> {
  const hiring = await syncHiringFiles(context);
  const surveys = await syncSurveyResponseFiles(context);
  return { hiring, surveys };
}

/** One line per imported file, for the sync summary. */
export function describePeopleSync(result: PeopleSyncResult): string[] {
  return [
    ...(result.hiring?.files ?? []).map((file) => `Hiring export ${file.source}: ${file.summary}.`),
    ...(result.surveys?.files ?? []).map((file) => `Survey responses ${file.source}: ${file.summary}.`),
  ];
}
