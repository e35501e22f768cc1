import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import {
  LOCAL_OPERATOR,
  type PersonPrivateView,
  readPrivatePeople,
} from '../../services/people-private.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';

/** The local operator of the workspace reads as an administrator (see people-private.service.ts). */
export async function runPeoplePrivate(options: { json?: boolean }, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const entries = await readPrivatePeople(context, LOCAL_OPERATOR);
    if (options.json) printJson(entries);
    else printData(formatEntries(entries));
  } finally {
    await closeContext(context);
  }
}

function formatEntries(entries: PersonPrivateView[]): string {
  if (entries.length === 0) return 'No entries: model/people-private.yaml is absent or empty.';
  return entries
    .map((entry) => {
      const fields = [
        entry.compensation
          ? `compensation ${entry.compensation.amount.toLocaleString('en')} ${entry.compensation.currency} from ${entry.compensation.effective}`
          : undefined,
        entry.performance
          ? `performance ${entry.performance.rating}${entry.performance.period ? ` (${entry.performance.period})` : ''}`
          : undefined,
        entry.potential ? `potential ${entry.potential}` : undefined,
        entry.flightRisk ? `flight risk ${entry.flightRisk}` : undefined,
      ].filter(Boolean);
      const notes = entry.notes ? `\n  ${entry.notes}` : '';
      return `${entry.name} (${entry.person})\n  ${fields.join(' · ') || 'no fields set'}${notes}`;
    })
    .join('\n');
}
