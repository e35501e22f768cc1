import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import type { TeamType } from '../../domain/team.js';
import { TEAM_TYPES } from '../../domain/team.js';
import {
  getPersonDetail,
  getServiceDetail,
  getTeamDetail,
  listPeopleViews,
  listServiceViews,
  listTeamViews,
  readOrgChart,
} from '../../services/org-views.service.js';
import { openWorkspaceContext, type WorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import {
  formatOrgChart,
  formatOrgChartMermaid,
  formatPeople,
  formatPerson,
  formatServiceDetail,
  formatServices,
  formatTeamDetail,
  formatTeams,
} from './org-model-text.js';

type AsOf = { asOf?: string; json?: boolean };

/** These commands read the workspace files only, so they never open (or wait for) the database. */
async function withContext(
  command: Command,
  run: (context: WorkspaceContext) => Promise<void>,
): Promise<void> {
  await run(await openWorkspaceContext(resolveWorkspaceDir(command)));
}

/** Says on stderr which model a past view was built from, so the reader knows what they compare. */
function sayBasis(snapshot: { asOf: string; basis: string; commit: string | null; notes: string[] }): void {
  if (snapshot.basis === 'workspace') return;
  const from =
    snapshot.basis === 'git-history'
      ? `workspace history, commit ${snapshot.commit?.slice(0, 10)}`
      : 'effective dates';
  say(`as of ${snapshot.asOf}, from ${from}`);
  for (const note of snapshot.notes) say(`  ${note}`);
}

function parseTeamType(value: string | undefined): TeamType | undefined {
  if (value === undefined) return undefined;
  if ((TEAM_TYPES as readonly string[]).includes(value)) return value as TeamType;
  throw new InputError(`--type "${value}" is not a team type; expected one of ${TEAM_TYPES.join(', ')}`);
}

export async function runTeamsList(options: AsOf & { type?: string }, command: Command) {
  const type = parseTeamType(options.type);
  await withContext(command, async (context) => {
    const result = await listTeamViews(context, { type, asOf: options.asOf });
    sayBasis(result.snapshot);
    if (options.json) printJson({ ...result.snapshot, items: result.teams });
    else printData(formatTeams(result.teams));
  });
}

export async function runTeamsShow(name: string, options: AsOf, command: Command) {
  await withContext(command, async (context) => {
    const team = await getTeamDetail(context, name, options.asOf);
    sayBasis(team.snapshot);
    if (options.json) printJson(team);
    else printData(formatTeamDetail(team));
  });
}

export async function runPeopleList(options: AsOf & { team?: string }, command: Command) {
  await withContext(command, async (context) => {
    const result = await listPeopleViews(context, { team: options.team, asOf: options.asOf });
    sayBasis(result.snapshot);
    if (options.json) printJson({ ...result.snapshot, items: result.people });
    else printData(formatPeople(result.people));
  });
}

export async function runPeopleShow(name: string, options: AsOf, command: Command) {
  await withContext(command, async (context) => {
    const person = await getPersonDetail(context, name, options.asOf);
    sayBasis(person.snapshot);
    if (options.json) printJson(person);
    else printData(formatPerson(person));
  });
}

export async function runPeopleChart(options: AsOf & { root?: string; format?: string }, command: Command) {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'mermaid') {
    throw new InputError(`--format "${format}" is not a chart format; expected text or mermaid`);
  }
  await withContext(command, async (context) => {
    const chart = await readOrgChart(context, { root: options.root, asOf: options.asOf });
    sayBasis(chart);
    if (options.json) printJson(chart);
    else printData(format === 'mermaid' ? formatOrgChartMermaid(chart) : formatOrgChart(chart));
  });
}

export async function runServicesList(options: AsOf & { owner?: string }, command: Command) {
  await withContext(command, async (context) => {
    const result = await listServiceViews(context, { owner: options.owner, asOf: options.asOf });
    sayBasis(result.snapshot);
    if (options.json) printJson({ ...result.snapshot, items: result.services });
    else printData(formatServices(result.services));
  });
}

export async function runServicesShow(name: string, options: AsOf, command: Command) {
  await withContext(command, async (context) => {
    const service = await getServiceDetail(context, name, options.asOf);
    sayBasis(service.snapshot);
    if (options.json) printJson(service);
    else printData(formatServiceDetail(service));
  });
}
