/** `sextant controls …`: compliance controls, evidence freshness and audit readiness (docs/governance/controls.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/controls.js');

export function registerControlsCommands(program: Command): void {
  const controls = program
    .command('controls')
    .description('compliance controls (SOC 2, ISO 27001, GDPR) with owners, evidence and readiness');
  controls
    .command('list', { isDefault: true })
    .description('every control of registers/controls.yaml with its evidence state')
    .option('--json', 'print the list as JSON')
    .action(lazy(load, (m) => m.runControlsList));
  controls
    .command('show')
    .description('one control with its evidence, links and review dates')
    .argument('<id>', 'framework:control, e.g. soc2:CC6.1')
    .option('--json', 'print the control as JSON')
    .action(lazy(load, (m) => m.runControlsShow));
  controls
    .command('readiness')
    .description('audit readiness per framework: share of controls with fresh evidence, and the gaps')
    .option('--json', 'print the readiness as JSON')
    .action(lazy(load, (m) => m.runControlsReadiness));
  controls
    .command('catalog')
    .description('the built-in catalog of control ids a register may name')
    .option('--framework <name>', 'soc2, iso27001 or gdpr')
    .option('--json', 'print the catalog as JSON')
    .action(lazy(load, (m) => m.runControlsCatalog));
}
