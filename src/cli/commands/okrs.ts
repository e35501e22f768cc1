/** `sextant okrs list|show|tree|lint|check-in`. */
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { checkInKeyResult, lintOkrs, listOkrs, okrTree, showOkr } from '../../services/okrs.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatCheckIn, formatOkrDetail, formatOkrLint, formatOkrList, formatOkrTree } from './okrs-text.js';

type Options = { json?: boolean; quarter?: string; asOf?: string };

const query = (options: Options) => ({
  ...(options.quarter === undefined ? {} : { quarter: options.quarter }),
  ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
});

export async function runOkrsList(options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const list = await listOkrs(context, query(options), new Date());
    if (options.json) printJson(list);
    else printData(formatOkrList(list));
  } finally {
    await closeContext(context);
  }
}

export async function runOkrsShow(id: string, options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const detail = await showOkr(context, id, query(options), new Date());
    if (options.json) printJson(detail);
    else printData(formatOkrDetail(detail));
  } finally {
    await closeContext(context);
  }
}

export async function runOkrsTree(options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const tree = await okrTree(context, query(options), new Date());
    if (options.json) printJson(tree);
    else printData(formatOkrTree(tree));
  } finally {
    await closeContext(context);
  }
}

export async function runOkrsLint(options: Options, command: Command) {
  const context = await openWorkspaceContext(resolveWorkspaceDir(command));
  const lint = await lintOkrs(context, query(options), new Date());
  if (options.json) printJson(lint);
  else printData(formatOkrLint(lint));
}

export async function runOkrsCheckIn(
  id: string,
  options: { value: string; note?: string; date?: string; json?: boolean },
  command: Command,
) {
  const input = {
    value: options.value,
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.date === undefined ? {} : { date: options.date }),
  };
  const result = await checkInKeyResult(resolveWorkspaceDir(command), id, input, new Date());
  if (options.json) printJson(result);
  else say(formatCheckIn(result));
}
