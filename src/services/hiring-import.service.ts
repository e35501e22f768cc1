import path from 'node:path';
import { mapAtsCsv } from '../connectors/ats/csv-map.js';
import { mapGreenhouseExport } from '../connectors/ats/greenhouse-map.js';
import type { AtsMapSettings } from '../connectors/ats/settings.js';
import type { AtsImport, HiringRegister, ImportFormat } from '../domain/hiring.js';
import type { Person } from '../domain/person.js';
import { LOCAL_OPERATOR, type Viewer } from '../domain/privacy.js';
import { replaceHiringSource } from '../store/index.js';
import { authorize } from './access.service.js';
import type { AppContext } from './context.js';
import { type FileCheck, readImportFiles } from './import-files.js';

export interface HiringImportSummary {
  /** One entry per file: its source name and a one-line summary of what was written. */
  files: { source: string; summary: string }[];
}

export interface HiringImportFile {
  /** Absolute path. */
  path: string;
  format: ImportFormat;
  source?: string | undefined;
  stageNames?: Record<string, string> | undefined;
}

/** Imports `files` as `viewer` (who needs people.import). */
export async function importHiringFiles(
  context: AppContext,
  viewer: Viewer,
  files: readonly HiringImportFile[],
): Promise<HiringImportSummary> {
  await authorize(context, viewer, 'people.import', {
    resource: 'hiring ats import',
    detail: { files: files.map((file) => path.basename(file.path)) },
  });
  const { hiring } = await context.workspace.governance();
  const matchPerson = personMatcher(context.workspace.model.people);
  const sourceOf = (file: HiringImportFile) =>
    file.source ??
    `ats-${path
      .basename(file.path)
      .replace(/\.[^.]+$/, '')
      .toLowerCase()}`;
  const checked = await readImportFiles(
    context.workspace.dir,
    files,
    { subject: 'the ATS export', expected: 'a readable export' },
    (text, shown, file): FileCheck<AtsImport> => {
      const settings = toSettings(hiring, shown, sourceOf(file), file.stageNames, matchPerson);
      const mapped = file.format === 'csv' ? mapAtsCsv(text, settings) : mapJson(text, settings);
      return mapped.kind === 'invalid' ? mapped : { kind: 'valid', value: mapped.data };
    },
  );
  const read = checked.map(({ file, value }) => ({ source: sourceOf(file), data: value }));
  const summary: HiringImportSummary = { files: [] };
  await context.store.transaction(async (tx) => {
    for (const file of read) {
      const counts = await replaceHiringSource(tx, file.source, file.data);
      summary.files.push({
        source: file.source,
        summary: `${file.data.applications.length} applications, ${file.data.scorecards.length} scorecards (${counts.written} written, ${counts.removed} removed)`,
      });
    }
  });
  return summary;
}

/** Imports every export `registers/hiring.yaml` lists under `imports:`; null when it lists none. */
export async function syncHiringFiles(context: AppContext): Promise<HiringImportSummary | null> {
  const { hiring } = await context.workspace.governance();
  if (hiring.imports.length === 0) return null;
  return importHiringFiles(
    context,
    LOCAL_OPERATOR,
    hiring.imports.map((entry) => ({
      path: path.resolve(context.workspace.dir, entry.path),
      format: entry.format,
      source: entry.source,
      stageNames: entry.stages,
    })),
  );
}

function mapJson(text: string, settings: AtsMapSettings) {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'invalid' as const,
      issues: [
        {
          file: settings.file,
          message: 'not valid JSON',
          found: (error as Error).message,
          expected: 'a Greenhouse Harvest export',
        },
      ],
    };
  }
  return mapGreenhouseExport(payload, settings);
}

function toSettings(
  hiring: HiringRegister,
  file: string,
  source: string,
  stageNames: Record<string, string> | undefined,
  matchPerson: (name: string) => string | null,
): AtsMapSettings {
  return {
    file,
    source,
    stages: hiring.stages,
    dimensions: hiring.dimensions,
    positions: hiring.positions.map((position) => ({ id: position.id, atsJob: position.atsJob })),
    ...(stageNames ? { stageNames } : {}),
    matchPerson,
  };
}

/** Resolves an interviewer by people.yaml name, display name or e-mail (any case); ambiguous names match no one. */
export function personMatcher(people: readonly Person[]): (name: string) => string | null {
  const byKey = new Map<string, string | null>();
  for (const person of people) {
    for (const key of [person.name, person.displayName, person.email, person.ref]) {
      if (!key) continue;
      const normal = key.trim().toLowerCase();
      const seen = byKey.get(normal);
      byKey.set(normal, seen === undefined || seen === person.ref ? person.ref : null);
    }
  }
  return (name) => byKey.get(name.trim().toLowerCase()) ?? null;
}
