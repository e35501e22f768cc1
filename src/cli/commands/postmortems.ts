import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  checkPostmortems,
  listPostmortemActionItems,
  listPostmortems,
  showPostmortem,
} from '../../services/postmortems.service.js';
import { printData, printJson, say } from '../output.js';
import { withContext } from '../with-context.js';
import {
  formatActionItems,
  formatCheck,
  formatPostmortem,
  formatPostmortemList,
} from './postmortems-text.js';

type JsonOption = { json?: boolean };

export async function runPostmortemsList(options: JsonOption, command: Command) {
  const list = await withContext(command, (context) => listPostmortems(context, new Date()));
  if (options.json) printJson(list);
  else printData(formatPostmortemList(list));
}

export async function runPostmortemsShow(which: string, options: JsonOption, command: Command) {
  const shown = await withContext(command, (context) => showPostmortem(context, which, new Date()));
  if (options.json) printJson(shown);
  else printData(formatPostmortem(shown));
}

export async function runPostmortemsCheck(options: JsonOption, command: Command) {
  const check = await withContext(command, (context) => checkPostmortems(context));
  if (options.json) printJson(check);
  else printData(formatCheck(check));
  if (check.issues.length > 0) {
    const count = `${check.issues.length} postmortem${check.issues.length === 1 ? '' : 's'}`;
    throw new InputError(`${count} review an incident the database does not hold:`, check.issues);
  }
  say(`${check.results.length} postmortems checked`);
}

export async function runPostmortemsActions(
  options: JsonOption & { overdue?: boolean; owner?: string },
  command: Command,
) {
  const rows = await withContext(command, async (context) =>
    listPostmortemActionItems(
      context,
      { overdue: options.overdue ?? false, owner: options.owner },
      new Date(),
    ),
  );
  if (options.json) printJson(rows);
  else printData(formatActionItems(rows));
}
