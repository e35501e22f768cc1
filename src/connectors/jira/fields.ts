/**
 * Reading the fields whose place differs between sites: sprints, the epic, story points and the owning
 * team. Custom fields have site-specific ids (`customfield_10020`), so they come from the Jira settings
 * or from `detectFieldIds` over the site's field list, never from a hard-coded id.
 */
import type { JiraField, JiraIssue } from './payload.js';

export interface JiraFieldIds {
  /** The sprint field (`com.pyxis.greenhopper.jira:gh-sprint`), e.g. `customfield_10020` on Cloud. */
  sprint?: string | undefined;
  /** The company-managed "Epic Link" field (`gh-epic-link`), e.g. `customfield_10014`. */
  epicLink?: string | undefined;
  /** A numeric story points field, e.g. `customfield_10016`. */
  storyPoints?: string | undefined;
}

/** Which team owns an issue: a component mapping wins over a project mapping (it is more specific). */
export interface JiraTeamMapping {
  byProject?: Readonly<Record<string, string>> | undefined;
  byComponent?: Readonly<Record<string, string>> | undefined;
}

const STORY_POINT_NAMES = new Set(['story points', 'story point estimate']);

/** Finds the sprint, epic link and story points fields by their Jira Software types and names. */
export function detectFieldIds(fields: readonly JiraField[]): JiraFieldIds {
  const byType = (suffix: string) => fields.find((field) => field.schema?.custom?.endsWith(suffix))?.id;
  const storyPoints =
    byType(':jsw-story-points') ??
    fields.find(
      (field) => field.schema?.type === 'number' && STORY_POINT_NAMES.has(field.name.trim().toLowerCase()),
    )?.id;
  return { sprint: byType(':gh-sprint'), epicLink: byType(':gh-epic-link'), storyPoints };
}

type Fields = JiraIssue['fields'];

/**
 * Sprint names, oldest first as Jira lists them, each once. Cloud writes the sprint field as objects,
 * Data Center as `com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=1,…,name=Sprint 1,…]` strings,
 * and the Agile API adds `closedSprints` and the current `sprint`.
 */
export function readSprintNames(fields: Fields, sprintField: string | undefined): string[] {
  const values: unknown[] = [];
  if (sprintField && Array.isArray(fields[sprintField])) values.push(...(fields[sprintField] as unknown[]));
  if (Array.isArray(fields.closedSprints)) values.push(...fields.closedSprints);
  if (fields.sprint) values.push(fields.sprint);
  const names = values.map(readSprintName).filter((name): name is string => Boolean(name));
  return [...new Set(names)];
}

function readSprintName(value: unknown): string | undefined {
  if (typeof value === 'string') return /[[,]name=([^,\]]*)/.exec(value)?.[1]?.trim() || undefined;
  if (typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string') {
    return value.name.trim() || undefined;
  }
  return undefined;
}

/**
 * The epic's key: the Epic Link field when configured and set (company-managed projects), else the Agile
 * API's `epic`, else the parent when the parent is an epic. A sub-task's parent is a story, not an epic,
 * so a parent counts only when Jira says it sits one level up (hierarchy level 1) or is named Epic.
 */
export function readEpicKey(fields: Fields, epicLinkField: string | undefined): string | undefined {
  const linked = epicLinkField ? fields[epicLinkField] : undefined;
  if (typeof linked === 'string' && linked !== '') return linked;
  if (fields.epic?.key) return fields.epic.key;
  const parentType = fields.parent?.fields?.issuetype;
  if (!fields.parent || !parentType) return undefined;
  const isEpic = parentType.hierarchyLevel === 1 || parentType.name.toLowerCase() === 'epic';
  return isEpic ? fields.parent.key : undefined;
}

/** Story points, or a problem: null and absent mean "not estimated", anything but a number is wrong. */
export function readStoryPoints(
  fields: Fields,
  pointsField: string | undefined,
): { points?: number } | { problem: string } {
  const value = pointsField ? fields[pointsField] : undefined;
  if (value === undefined || value === null) return {};
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { points: value };
  return { problem: JSON.stringify(value) };
}

export function readTeam(fields: Fields, mapping: JiraTeamMapping | undefined): string | undefined {
  for (const component of fields.components ?? []) {
    const team = mapping?.byComponent?.[component.name];
    if (team) return team;
  }
  const project = fields.project?.key;
  return project ? mapping?.byProject?.[project] : undefined;
}

/** Cloud account id, else the Data Center user name, else its key. */
export function readAssignee(fields: Fields): string | undefined {
  const user = fields.assignee;
  return user?.accountId ?? user?.name ?? user?.key ?? undefined;
}
