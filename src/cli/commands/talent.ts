/** `sextant talent grid|succession|risks|show`, as the local operator (see people-private.service.ts). */
import type { Command } from 'commander';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import { closeContext, openContext } from '../../services/context.js';
import { readSuccession, readTalentGrid, readTalentProfile } from '../../services/talent.service.js';
import { readTalentRisks } from '../../services/talent-risks.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatGrid, formatProfile, formatRisks, formatSuccession } from './talent-text.js';

type Options = { json?: boolean; team?: string };

async function withContext(
  command: Command,
  run: (context: Awaited<ReturnType<typeof openContext>>) => Promise<void>,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    await run(context);
  } finally {
    await closeContext(context);
  }
}

export async function runTalentGrid(options: Options, command: Command) {
  await withContext(command, async (context) => {
    const grid = await readTalentGrid(context, LOCAL_OPERATOR, options.team ? { team: options.team } : {});
    if (options.json) printJson(grid);
    else printData(formatGrid(grid));
  });
}

export async function runTalentSuccession(options: Options, command: Command) {
  await withContext(command, async (context) => {
    const succession = await readSuccession(context, LOCAL_OPERATOR);
    if (options.json) printJson(succession);
    else printData(formatSuccession(succession));
  });
}

export async function runTalentRisks(options: Options, command: Command) {
  await withContext(command, async (context) => {
    const risks = await readTalentRisks(context, LOCAL_OPERATOR);
    if (options.json) printJson(risks);
    else printData(formatRisks(risks));
  });
}

export async function runTalentShow(person: string, options: Options, command: Command) {
  await withContext(command, async (context) => {
    const profile = await readTalentProfile(context, LOCAL_OPERATOR, person);
    if (options.json) printJson(profile);
    else printData(formatProfile(profile));
  });
}
