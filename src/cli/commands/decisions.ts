import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  ADR_STATUSES,
  type AdrStatus,
  createDecision,
  listDecisions,
  showDecision,
} from '../../services/decisions.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatDecision, formatDecisionList } from './decisions-text.js';

type JsonOption = { json?: boolean };

const load = (command: Command) => openWorkspaceContext(resolveWorkspaceDir(command));

export async function runDecisionsList(
  options: JsonOption & { status?: string; waitingAfter?: string },
  command: Command,
) {
  const status = parseStatus(options.status);
  const waitLimitDays = parseDays(options.waitingAfter);
  const list = await listDecisions(await load(command), { status, waitLimitDays }, new Date());
  if (options.json) printJson(list);
  else printData(formatDecisionList(list, status));
}

export async function runDecisionsShow(id: string, options: JsonOption, command: Command) {
  const decision = await showDecision(await load(command), id, new Date());
  if (options.json) printJson(decision);
  else printData(formatDecision(decision));
}

export async function runDecisionsNew(title: string, options: JsonOption, command: Command) {
  const written = await createDecision(await load(command), title, new Date());
  if (options.json) printJson(written);
  else say(`Wrote ${written.id} as a proposal: ${written.path}`);
}

function parseStatus(value: string | undefined): AdrStatus | undefined {
  if (value === undefined) return undefined;
  if ((ADR_STATUSES as readonly string[]).includes(value)) return value as AdrStatus;
  throw new InputError(
    `--status "${value}" is not a decision status; expected one of ${ADR_STATUSES.join(', ')}`,
  );
}

function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  throw new InputError(
    `--waiting-after "${value}" is not a number of days; expected a whole number, e.g. 30`,
  );
}
