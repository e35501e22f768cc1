import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { listUnresolvedActors } from '../../services/identities.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';

export async function runIdentitiesUnmatched(options: { json?: boolean }, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const report = await listUnresolvedActors(context);
    if (options.json) {
      printJson(report);
      return;
    }
    const lines = [`${report.matched} of ${report.actors} actors map to a person.`];
    if (report.unresolved.length > 0) lines.push('', 'system     records  actor (where it appears)');
    for (const entry of report.unresolved) {
      const note = entry.kind === 'ambiguous' ? ` — ambiguous: ${entry.candidates.join(', ')}` : '';
      lines.push(
        `${entry.system.padEnd(10)} ${String(entry.records).padStart(7)}  ${entry.actor} (${entry.fields.join(', ')})${note}`,
      );
    }
    if (report.unresolved.length > 0) {
      lines.push(
        '',
        'Add these to the identities of the right person in model/people.yaml; Sextant never guesses.',
      );
    }
    printData(lines.join('\n'));
  } finally {
    await closeContext(context);
  }
}
