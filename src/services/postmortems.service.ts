/**
 * Postmortems for the interfaces: the list with each one's checklist score, one postmortem with its
 * checklist item by item, the check of every postmortem (unknown incidents are errors), and the action
 * items across all of them. The files come from the loaded workspace; the incidents they review from
 * the store. "Today" is the local day of `now` in the workspace time zone.
 */
import { z } from 'zod';
import { type ActionItemRow, listActionItems } from '../assess/postmortem-actions.js';
import type { PersonNames } from '../assess/postmortem-blame.js';
import { type ChecklistResult, scorePostmortems } from '../assess/postmortem-checklist.js';
import { InputError, type Issue, NotFoundError } from '../domain/errors.js';
import type { Postmortem } from '../domain/postmortem.js';
import type { Incident } from '../domain/records/incident.js';
import { toRefString } from '../domain/refs.js';
import { toDayKey } from '../metrics/calendar.js';
import { queryRecords } from '../store/index.js';
import type { AppContext, LoadedWorkspace } from './context.js';
import { findUnknownIncidents } from './postmortem-incidents.js';
import { listOwnedServices, resolveTeamFilter, teamFilterSchema } from './team-filter.js';

export type { ActionItemRow } from '../assess/postmortem-actions.js';
export type { ChecklistResult } from '../assess/postmortem-checklist.js';

type IncidentSummary = Pick<Incident, 'title' | 'severity' | 'status'> & { id: string };

export interface PostmortemSummary {
  file: string;
  incident: string;
  /** The incident as stored; absent when the store has no such incident. */
  incidentRecord?: IncidentSummary;
  title: string;
  status: Postmortem['status'];
  published?: string;
  authors: string[];
  score: { passed: number; total: number };
  actionItems: { total: number; open: number; overdue: number };
}

/** The people's names and handles, as the blame check looks for them. */
export function toPersonNames(workspace: LoadedWorkspace): PersonNames[] {
  return workspace.model.people.map((person) => ({
    ref: person.ref,
    displayName: person.displayName,
    handles: [
      person.name,
      ...(person.identities.github ?? []),
      ...(person.identities.gitlab ?? []),
      ...(person.identities.jira ?? []),
    ],
  }));
}

const scored = new WeakMap<readonly Postmortem[], ChecklistResult[]>();

/**
 * The checklist of every postmortem of a loaded workspace (`workspace.postmortems()`), in file order.
 * Scored once per loaded workspace: the files do not change under a loaded workspace, and a
 * long-running server reloads it.
 */
export function scoreWorkspacePostmortems(
  workspace: LoadedWorkspace,
  postmortems: readonly Postmortem[],
): ChecklistResult[] {
  let results = scored.get(postmortems);
  if (!results) {
    results = scorePostmortems(postmortems, toPersonNames(workspace));
    scored.set(postmortems, results);
  }
  return results;
}

async function loadIncidentSummaries(context: AppContext): Promise<Map<string, IncidentSummary>> {
  const incidents = await queryRecords(context.store, 'incident', {
    fields: ['title', 'severity', 'status'],
  });
  return new Map(
    incidents.map((incident) => {
      const id = `${incident.source}:${incident.key}`;
      return [id, { id, title: incident.title, severity: incident.severity, status: incident.status }];
    }),
  );
}

function today(context: AppContext, now: Date): string {
  return toDayKey(now, context.workspace.config.timezone);
}

export async function listPostmortems(context: AppContext, now: Date): Promise<PostmortemSummary[]> {
  const incidents = await loadIncidentSummaries(context);
  const postmortems = await context.workspace.postmortems();
  const results = scoreWorkspacePostmortems(context.workspace, postmortems);
  const day = today(context, now);
  return postmortems.map((postmortem, index) => {
    const items = listActionItems([postmortem], day);
    const record = incidents.get(postmortem.incident);
    const result = results[index] as ChecklistResult;
    return {
      file: postmortem.file,
      incident: postmortem.incident,
      ...(record ? { incidentRecord: record } : {}),
      title: postmortem.title,
      status: postmortem.status,
      ...(postmortem.published ? { published: postmortem.published } : {}),
      authors: postmortem.authors,
      score: { passed: result.passed, total: result.total },
      actionItems: {
        total: items.length,
        open: items.filter((item) => item.status === 'open').length,
        overdue: items.filter((item) => item.daysOverdue !== undefined).length,
      },
    };
  });
}

/**
 * The index of the postmortem `which` names: its file (path, file name, or file name without `.md`) or the
 * incident id it reviews; a NotFoundError saying what was expected otherwise.
 */
export function findPostmortem(postmortems: readonly Postmortem[], which: string): number {
  const wanted = which.replace(/\\/g, '/');
  const index = postmortems.findIndex(
    (postmortem) =>
      postmortem.incident === wanted ||
      postmortem.file === wanted ||
      postmortem.file.endsWith(`/${wanted}`) ||
      postmortem.file === `postmortems/${wanted}.md`,
  );
  if (index === -1)
    throw new NotFoundError(
      `No postmortem ${JSON.stringify(which)}; expected a file in postmortems/ or the incident id one reviews (${postmortems.length} postmortems)`,
    );
  return index;
}

/** A postmortem by its file (path or file name) or by the incident id it reviews. */
export async function showPostmortem(context: AppContext, which: string, now: Date) {
  const postmortems = await context.workspace.postmortems();
  const index = findPostmortem(postmortems, which);
  const postmortem = postmortems[index] as Postmortem;
  const incidents = await loadIncidentSummaries(context);
  const record = incidents.get(postmortem.incident);
  const { body: _body, sections: _sections, lines: _lines, ...front } = postmortem;
  return {
    ...front,
    ...(record ? { incidentRecord: record } : {}),
    checklist: scoreWorkspacePostmortems(context.workspace, postmortems)[index] as ChecklistResult,
    actionItems: listActionItems([postmortem], today(context, now)),
  };
}

export interface PostmortemCheck {
  /** Problems that make the postmortems wrong, not merely weak: an incident the store does not know. */
  issues: Issue[];
  results: ChecklistResult[];
}

/** Every postmortem's checklist, and every reference to an incident the store does not hold. */
export async function checkPostmortems(context: AppContext): Promise<PostmortemCheck> {
  const postmortems = await context.workspace.postmortems();
  const incidents = await loadIncidentSummaries(context);
  const issues = findUnknownIncidents(postmortems, new Set(incidents.keys()));
  return { issues, results: scoreWorkspacePostmortems(context.workspace, postmortems) };
}

export const actionItemQuerySchema = z.strictObject({
  overdue: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((value) => value === true || value === 'true')
    .optional(),
  owner: z.string().min(1).optional(),
  team: teamFilterSchema.meta({
    description: 'A team: the action items of postmortems on incidents of the services it owns.',
  }),
});

/** Action items across all postmortems, most overdue first; optionally only overdue ones or one owner's. */
export async function listPostmortemActionItems(
  context: AppContext,
  input: unknown,
  now: Date,
): Promise<ActionItemRow[]> {
  const parsed = actionItemQuerySchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new InputError(
      'Invalid action item query',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        expected: 'overdue: true or false; owner: a person reference; team: a team reference',
      })),
    );
  }
  let owner: string | undefined;
  if (parsed.data.owner !== undefined) {
    try {
      owner = toRefString(parsed.data.owner, 'person');
    } catch (error) {
      throw new InputError('Invalid owner', [
        {
          path: 'owner',
          message: (error as Error).message,
          found: parsed.data.owner,
          expected: 'a person reference',
        },
      ]);
    }
    if (!context.workspace.model.people.some((person) => person.ref === owner)) {
      throw new NotFoundError(`No person ${owner} in model/people.yaml`);
    }
  }
  const team =
    parsed.data.team === undefined ? undefined : resolveTeamFilter(context.workspace, parsed.data.team);
  const rows = listActionItems(await context.workspace.postmortems(), today(context, now), {
    overdueOnly: parsed.data.overdue === true,
    ...(owner !== undefined ? { owner } : {}),
  });
  if (team === undefined) return rows;
  const incidents = await readTeamIncidents(context, team);
  return rows.filter((row) => incidents.has(row.incident));
}

/** The incidents (`source:key`) on the services a team owns. */
async function readTeamIncidents(context: AppContext, team: string): Promise<Set<string>> {
  const services = listOwnedServices(context.workspace, team);
  const incidents = await queryRecords(context.store, 'incident', { fields: ['service'] });
  return new Set(
    incidents
      .filter(
        (incident) =>
          incident.service !== undefined && incident.service !== null && services.has(incident.service),
      )
      .map((incident) => `${incident.source}:${incident.key}`),
  );
}
