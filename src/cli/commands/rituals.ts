import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { listRituals, ritualAgenda, ritualsCalendar } from '../../services/rituals.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatAgenda, formatRitualList } from './rituals-text.js';

type JsonOption = { json?: boolean };

const load = (command: Command) => openWorkspaceContext(resolveWorkspaceDir(command));

export async function runRitualsList(options: JsonOption, command: Command) {
  const rituals = listRituals(await load(command), new Date());
  if (options.json) printJson(rituals);
  else printData(formatRitualList(rituals));
}

export async function runRitualsAgenda(options: JsonOption & { week?: string }, command: Command) {
  const agenda = ritualAgenda(await load(command), options.week, new Date());
  if (options.json) printJson(agenda);
  else printData(formatAgenda(agenda));
}

export async function runRitualsIcs(options: JsonOption & { output?: string }, command: Command) {
  const context = await load(command);
  const calendar = ritualsCalendar(context, new Date());
  if (!options.output) {
    process.stdout.write(calendar);
    return;
  }
  const file = path.resolve(options.output);
  await writeFile(file, calendar, 'utf8');
  const summary = { file, rituals: context.workspace.rituals.length, bytes: Buffer.byteLength(calendar) };
  if (options.json) printJson(summary);
  else say(`Wrote ${summary.rituals} rituals to ${file}`);
}
