/**
 * Backstage catalog import and export for a workspace. An import maps the descriptors, merges the entries
 * into the model files, and loads the whole resulting workspace from a scratch copy before anything is
 * written: either every file is written and the workspace is valid, or nothing is written and every
 * problem is reported. An export writes the declared model as descriptors.
 */
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Skipped } from '../connectors/backstage/entities.js';
import {
  type BackstageDescriptor,
  exportCatalog,
  renderDescriptors,
} from '../connectors/backstage/export.js';
import { mapCatalog } from '../connectors/backstage/map.js';
import { readDescriptorFiles } from '../connectors/backstage/parse.js';
import type { Defaulted, NotKept } from '../connectors/backstage/report.js';
import { ImportError, type Issue, WorkspaceError } from '../domain/errors.js';
import { loadWorkspace } from '../workspace/index.js';
import { type ModelFile, WORKSPACE_FILES } from '../workspace/model-files.js';
import { LIST_FILES, type MergedEntry, mergeCatalogEntries } from './catalog-merge.js';

export interface CatalogImportOptions {
  /** Where relative paths start and what file names in the report are relative to. */
  base?: string;
  /** Check and report, write nothing. */
  dryRun?: boolean;
  /** Import the valid entities even when others are rejected (which are then reported). */
  skipInvalid?: boolean;
}

export interface CatalogImportSummary {
  workspace: string;
  dryRun: boolean;
  /** Whether the model files were written (false on a dry run or when nothing changed). */
  written: boolean;
  files: number;
  descriptors: number;
  entries: MergedEntry[];
  counts: { added: number; updated: number; unchanged: number };
  defaulted: Defaulted[];
  notKept: NotKept[];
  skipped: Skipped[];
  /** Entities left out because of their problems (only with `skipInvalid`; otherwise nothing is written). */
  rejected: Issue[];
  /** The model files written (or that a run without `dryRun` would write), relative to the workspace. */
  changedFiles: string[];
}

export async function importCatalog(
  workspaceDir: string,
  paths: readonly string[],
  options: CatalogImportOptions = {},
): Promise<CatalogImportSummary> {
  const root = path.resolve(workspaceDir);
  const parsed = await readDescriptorFiles(paths, options.base);
  if (parsed.issues.length > 0) {
    throw new ImportError('Nothing was imported: some descriptor files are not valid YAML', parsed.issues);
  }
  const mapping = mapCatalog(parsed.descriptors);
  if (mapping.issues.length > 0 && !options.skipInvalid) {
    const rejected = new Set(mapping.issues.map((issue) => issue.record ?? issue.file)).size;
    throw new ImportError(
      `Nothing was imported: ${rejected} entit${rejected === 1 ? 'y' : 'ies'} cannot be imported as written (fix them, or pass --skip-invalid to import the rest)`,
      mapping.issues,
    );
  }
  // The workspace must exist and be a workspace before anything is merged into it.
  await loadWorkspace(root);

  const files = [...new Set(Object.values(LIST_FILES))];
  const before = Object.fromEntries(
    await Promise.all(
      files.map(async (file) => [file, await readOptional(path.join(root, WORKSPACE_FILES[file]))]),
    ),
  ) as Partial<Record<ModelFile, string | undefined>>;
  const { texts, merged } = mergeCatalogEntries(before, mapping, mapping.defaulted);
  const changed = Object.entries(texts) as [ModelFile, string][];
  await checkMerged(root, changed);

  const dryRun = options.dryRun === true;
  if (!dryRun) await writeAll(root, changed);
  const count = (outcome: MergedEntry['outcome']) =>
    merged.filter((entry) => entry.outcome === outcome).length;
  return {
    workspace: root,
    dryRun,
    written: !dryRun && changed.length > 0,
    files: parsed.files.length,
    descriptors: parsed.descriptors.length,
    entries: merged,
    counts: { added: count('added'), updated: count('updated'), unchanged: count('unchanged') },
    defaulted: mapping.defaulted,
    notKept: mapping.notKept,
    skipped: mapping.skipped,
    rejected: mapping.issues,
    changedFiles: changed.map(([file]) => WORKSPACE_FILES[file]),
  };
}

export type { BackstageDescriptor } from '../connectors/backstage/export.js';

/** The workspace's declared model as Backstage descriptors, teams first. */
export async function exportCatalogDescriptors(workspaceDir: string): Promise<BackstageDescriptor[]> {
  return exportCatalog((await loadWorkspace(workspaceDir)).model);
}

/** Descriptors as one multi-document YAML text. */
export function renderCatalog(descriptors: readonly BackstageDescriptor[]): string {
  return renderDescriptors(descriptors);
}

/** Loads the workspace as it would be after the import, from a scratch copy; throws with every problem. */
async function checkMerged(root: string, changed: [ModelFile, string][]): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'sextant-catalog-'));
  try {
    await cp(root, scratch, {
      recursive: true,
      // The database, version control and postmortems play no part in whether the model is valid.
      filter: (source) =>
        !/^(?:\.sextant|\.git|node_modules|postmortems)$/.test(
          path.relative(root, source).split(path.sep)[0] ?? '',
        ),
    });
    for (const [file, text] of changed)
      await writeFile(path.join(scratch, WORKSPACE_FILES[file]), text, 'utf8');
    await loadWorkspace(scratch);
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    throw new ImportError(
      `Nothing was imported: the workspace would have ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} after it (positions are in the merged files)`,
      error.issues,
      { cause: error },
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Each file written beside itself, then renamed over the old one, so none is ever half-written. */
async function writeAll(root: string, changed: [ModelFile, string][]): Promise<void> {
  const staged: [string, string][] = [];
  for (const [file, text] of changed) {
    const target = path.join(root, WORKSPACE_FILES[file]);
    const temporary = `${target}.import-${process.pid}`;
    await writeFile(temporary, text, 'utf8');
    staged.push([temporary, target]);
  }
  for (const [temporary, target] of staged) await rename(temporary, target);
}

async function readOptional(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}
