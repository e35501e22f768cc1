import type { Command } from 'commander';
import { closeContext } from '../../services/context.js';
import { getDebt, listDebt } from '../../services/debt.service.js';
import { printData, printJson } from '../output.js';
import { formatDebtItem, formatDebtRegister } from './debt-text.js';
import { openPlanningContext } from './roadmap.js';

type Options = { months?: string; asOf?: string; json?: boolean };

export async function runDebtList(options: Options, command: Command) {
  const context = await openPlanningContext(command);
  try {
    const register = await listDebt(context, { asOf: options.asOf, months: options.months }, new Date());
    if (options.json) printJson(register);
    else printData(formatDebtRegister(register));
  } finally {
    await closeContext(context);
  }
}

export async function runDebtShow(id: string, options: Options, command: Command) {
  const context = await openPlanningContext(command);
  try {
    const item = await getDebt(context, id, { asOf: options.asOf, months: options.months }, new Date());
    if (options.json) printJson(item);
    else printData(formatDebtItem(item));
  } finally {
    await closeContext(context);
  }
}
