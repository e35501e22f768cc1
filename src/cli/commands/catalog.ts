import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  type BackstageDescriptor,
  exportCatalogDescriptors,
  importCatalog,
  renderCatalog,
} from '../../services/catalog.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatImport } from './catalog-text.js';

export async function runCatalogImport(
  paths: string[],
  options: { dryRun?: boolean; skipInvalid?: boolean; json?: boolean },
  command: Command,
) {
  const summary = await importCatalog(resolveWorkspaceDir(command), paths, {
    dryRun: options.dryRun,
    skipInvalid: options.skipInvalid,
  });
  if (options.json) printJson(summary);
  else printData(formatImport(summary));
}

/** One file per kind in a folder, named after the kind. */
const KIND_FILES: Record<BackstageDescriptor['kind'], string> = {
  Group: 'groups.yaml',
  User: 'users.yaml',
  Domain: 'domains.yaml',
  System: 'systems.yaml',
  Component: 'components.yaml',
  API: 'apis.yaml',
  Resource: 'resources.yaml',
};

export async function runCatalogExport(options: { output?: string; json?: boolean }, command: Command) {
  const descriptors = await exportCatalogDescriptors(resolveWorkspaceDir(command));
  if (options.output === undefined) {
    if (options.json) printJson(descriptors);
    else printData(renderCatalog(descriptors));
    return;
  }
  const target = path.resolve(options.output);
  if (/\.ya?ml$/i.test(target)) {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, renderCatalog(descriptors), 'utf8');
    say(`Wrote ${descriptors.length} descriptors to ${target}`);
    return;
  }
  await mkdir(target, { recursive: true });
  for (const [kind, file] of Object.entries(KIND_FILES)) {
    const ofKind = descriptors.filter((descriptor) => descriptor.kind === kind);
    if (ofKind.length > 0) await writeFile(path.join(target, file), renderCatalog(ofKind), 'utf8');
  }
  say(`Wrote ${descriptors.length} descriptors to ${target}`);
}
