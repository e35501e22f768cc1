import path from 'node:path';
import type { Command } from 'commander';
import { createEmptyWorkspace } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { say } from '../output.js';

export async function runInit(dir: string | undefined, options: { org?: string }, command: Command) {
  const target = resolveWorkspaceDir(command, dir);
  const written = await createEmptyWorkspace(target, { orgName: options.org });
  say(`Created an empty workspace in ${target}:`);
  for (const file of written) say(`  ${path.relative(process.cwd(), path.join(target, file)) || file}`);
  say('Next: describe your teams in model/teams.yaml, then run `sextant validate`.');
}
