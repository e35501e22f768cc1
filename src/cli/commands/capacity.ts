import type { Command } from 'commander';
import { readCapacityAllocation } from '../../services/capacity.service.js';
import { closeContext } from '../../services/context.js';
import { printData, printJson } from '../output.js';
import { formatCapacity } from './capacity-text.js';
import { openPlanningContext } from './roadmap.js';

export async function runCapacity(
  options: { team?: string; from?: string; to?: string; months?: string; asOf?: string; json?: boolean },
  command: Command,
) {
  const { json, ...query } = options;
  const context = await openPlanningContext(command);
  try {
    const allocation = await readCapacityAllocation(context, query, new Date());
    if (json) printJson(allocation);
    else printData(formatCapacity(allocation));
  } finally {
    await closeContext(context);
  }
}
