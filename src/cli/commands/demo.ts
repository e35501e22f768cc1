import type { Command } from 'commander';
import { createDemoWorkspace } from '../../services/demo.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { say } from '../output.js';

export async function runDemo(
  dir: string | undefined,
  options: { seed: string; asOf?: string },
  command: Command,
) {
  const target = resolveWorkspaceDir(command, dir);
  const result = await createDemoWorkspace(target, {
    seed: options.seed,
    asOf: options.asOf,
    now: new Date(),
  });
  say(
    `Created the demo organization in ${target}: ${result.summary.teams} teams, ${result.summary.people} people, ` +
      `${result.summary.services} services, ${result.totalRecords.toLocaleString('en')} observed records up to ${result.asOf}.`,
  );
  say(`Next: sextant -w ${dir ?? target} sync, then sextant -w ${dir ?? target} serve.`);
}
