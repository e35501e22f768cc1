import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import { closeContext, openContext } from '../../services/context.js';
import {
  listIncidents,
  openIncident,
  resolveIncident,
  showIncident,
  updateIncident,
} from '../../services/incidents.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatIncident, formatIncidentList } from './incidents-text.js';

interface JsonOption {
  json?: boolean;
}

export interface OpenOptions extends JsonOption {
  severity: string;
  title: string;
  service?: string;
  commander?: string;
  at?: string;
}

export interface UpdateOptions extends JsonOption {
  status?: string;
  note?: string;
  update?: string;
  role?: string[];
  severity?: string;
  ack?: boolean;
  at?: string;
}

export interface ResolveOptions extends JsonOption {
  rootCause?: string;
  note?: string;
  at?: string;
}

export interface ListOptions extends JsonOption {
  open?: boolean;
  severity?: string;
  service?: string;
  team?: string;
  status?: string;
  source?: string;
  since?: string;
  until?: string;
  limit?: string;
}

/** Runs `fn` with the workspace context, then prints the incident it names. */
async function writeThenShow(
  command: Command,
  json: boolean | undefined,
  verb: string,
  fn: (context: Awaited<ReturnType<typeof openContext>>, now: Date) => Promise<string>,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const now = new Date();
    const id = await fn(context, now);
    say(`${verb} ${id}`);
    const detail = await showIncident(context, id, now);
    if (json) printJson(detail);
    else printData(formatIncident(detail));
  } finally {
    await closeContext(context);
  }
}

export async function runIncidentsOpen(options: OpenOptions, command: Command) {
  const { json, ...input } = options;
  await writeThenShow(command, json, 'Declared', (context, now) => openIncident(context, input, now));
}

export async function runIncidentsUpdate(id: string, options: UpdateOptions, command: Command) {
  const { json, update, role, ack, ...rest } = options;
  const input = {
    ...rest,
    ...(update !== undefined ? { audience: update } : {}),
    ...(role ? { roles: parseRoles(role) } : {}),
    ...(ack ? { acknowledge: true } : {}),
  };
  await writeThenShow(command, json, 'Updated', (context, now) => updateIncident(context, id, input, now));
}

export async function runIncidentsResolve(id: string, options: ResolveOptions, command: Command) {
  const { json, ...input } = options;
  await writeThenShow(command, json, 'Resolved', (context, now) => resolveIncident(context, id, input, now));
}

export async function runIncidentsList(options: ListOptions, command: Command) {
  const { json, ...query } = options;
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const list = await listIncidents(context, query, new Date());
    if (json) printJson(list);
    else printData(formatIncidentList(list, context.workspace.config.timezone));
  } finally {
    await closeContext(context);
  }
}

export async function runIncidentsShow(id: string, options: JsonOption, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const detail = await showIncident(context, id, new Date());
    if (options.json) printJson(detail);
    else printData(formatIncident(detail));
  } finally {
    await closeContext(context);
  }
}

/** `--role commander=ana --role scribe=bo` → `{ commander: 'ana', scribe: 'bo' }`. */
function parseRoles(values: readonly string[]): Record<string, string> {
  const roles: Record<string, string> = {};
  for (const value of values) {
    const split = value.indexOf('=');
    const role = value.slice(0, split).trim();
    if (split <= 0 || value.slice(split + 1).trim() === '') {
      throw new InputError('Invalid --role', [
        {
          path: '--role',
          message: 'a role and a person',
          found: JSON.stringify(value),
          expected: 'role=person, e.g. commander=ana',
        },
      ]);
    }
    if (role in roles) {
      throw new InputError('Invalid --role', [
        { path: '--role', message: `${role} is given more than once`, found: value },
      ]);
    }
    roles[role] = value.slice(split + 1).trim();
  }
  return roles;
}
