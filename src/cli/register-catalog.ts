/** `sextant catalog …`: Backstage catalog descriptors in and out (docs/organization/backstage.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/catalog.js');

export function registerCatalogCommands(program: Command): void {
  const catalog = program
    .command('catalog')
    .description('import Backstage catalog descriptors into the workspace, or export it as descriptors');

  catalog
    .command('import')
    .description(
      'merge Components, APIs, Systems, Domains, Resources, Groups and Users into the model files; the whole workspace is checked before anything is written',
    )
    .argument('<paths...>', 'descriptor files, or folders read recursively for .yaml and .yml files')
    .option('--dry-run', 'check and report what would change, write nothing')
    .option('--skip-invalid', 'import the valid entities even when some are rejected (they are reported)')
    .option('--json', 'print the import report as JSON')
    .action(lazy(load, (m) => m.runCatalogImport));

  catalog
    .command('export')
    .description(
      'write the declared teams, people, services, systems, domains, APIs and resources as descriptors',
    )
    .option(
      '-o, --output <path>',
      'a .yaml file, or a folder (one file per kind); standard output when left out',
    )
    .option('--json', 'print the descriptors as a JSON array instead of YAML')
    .action(lazy(load, (m) => m.runCatalogExport));
}
