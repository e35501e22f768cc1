import path from 'node:path';
import { NotFoundError } from '../domain/errors.js';
import { LOCAL_OPERATOR, type Viewer } from '../domain/privacy.js';
import type { Survey, SurveyResponse } from '../domain/survey.js';
import { replaceSurveyResponseSource, type SurveyResponseCounts } from '../store/index.js';
import { authorize } from './access.service.js';
import type { AppContext } from './context.js';
import { type FileCheck, readImportFiles } from './import-files.js';
import { parseSurveyCsv } from './survey-csv.js';

export interface SurveyImportSummary {
  /** One entry per file: its source name and a one-line summary of what was written. */
  files: { source: string; summary: string }[];
}

export interface SurveyImportFile {
  survey: string;
  /** Absolute path. */
  path: string;
}

export interface SurveyImportResult {
  files: ({ survey: string; path: string; source: string; responses: number } & SurveyResponseCounts)[];
}

export async function loadSurveys(context: Pick<AppContext, 'workspace'>): Promise<Survey[]> {
  return (await context.workspace.governance()).surveys.surveys;
}

export function findSurvey(surveys: readonly Survey[], id: string): Survey {
  const survey = surveys.find((candidate) => candidate.id === id);
  if (!survey)
    throw new NotFoundError(
      `No survey "${id}" in surveys/ (known: ${surveys.map((s) => s.id).join(', ') || 'none'})`,
    );
  return survey;
}

export async function importSurveyResponses(
  context: AppContext,
  viewer: Viewer,
  files: readonly SurveyImportFile[],
): Promise<SurveyImportResult> {
  await authorize(context, viewer, 'people.import', {
    resource: 'survey responses',
    detail: { import: files.map((file) => ({ survey: file.survey, file: path.basename(file.path) })) },
  });
  const surveys = await loadSurveys(context);
  const teams = new Set(context.workspace.model.teams.map((team) => team.ref));
  const timezone = context.workspace.config.timezone;
  for (const file of files) findSurvey(surveys, file.survey);
  const checked = await readImportFiles(
    context.workspace.dir,
    files,
    { subject: 'the survey responses', expected: 'a readable CSV file' },
    (text, shown, file): FileCheck<SurveyResponse[]> => {
      const survey = findSurvey(surveys, file.survey);
      const source = `import:${path.basename(file.path)}`;
      const parsed = parseSurveyCsv(text, shown, { survey, teams, timezone, source });
      return parsed.kind === 'invalid' ? parsed : { kind: 'valid', value: parsed.responses };
    },
  );
  const read = checked.map(({ file, value }) => ({
    survey: findSurvey(surveys, file.survey).id,
    path: file.path,
    source: `import:${path.basename(file.path)}`,
    responses: value,
  }));
  const result: SurveyImportResult = { files: [] };
  await context.store.transaction(async (tx) => {
    for (const file of read) {
      const counts = await replaceSurveyResponseSource(tx, file.survey, file.source, file.responses);
      result.files.push({ ...file, responses: file.responses.length, ...counts });
    }
  });
  return result;
}

export function describeSurveyImport(result: SurveyImportResult): SurveyImportSummary {
  return {
    files: result.files.map((file) => ({
      source: `${file.survey} ${file.source}`,
      summary: `${file.responses} responses (${file.inserted} new, ${file.updated} changed, ${file.unchanged} unchanged, ${file.removed} removed)`,
    })),
  };
}

/** Imports every response file the surveys/*.yaml definitions list; null when they list none. */
export async function syncSurveyResponseFiles(context: AppContext): Promise<SurveyImportSummary | null> {
  const surveys = await loadSurveys(context);
  const files = surveys.flatMap((survey) =>
    survey.responseFiles.map((file) => ({
      survey: survey.id,
      path: path.resolve(context.workspace.dir, file),
    })),
  );
  if (files.length === 0) return null;
  return describeSurveyImport(await importSurveyResponses(context, LOCAL_OPERATOR, files));
}
