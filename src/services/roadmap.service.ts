/**
 * The roadmap for the interfaces: each initiative with its epics' progress measured from the work items
 * in the store and whether it is slipping, and why. "Now" is an argument; `asOf` (a local day) replaces it
 * to read the roadmap as it stood at the end of that day.
 */
import { InputError, NotFoundError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import type { Initiative, InitiativeStatus } from '../domain/roadmap.js';
import {
  assessSchedule,
  measureProgress,
  type Progress,
  type ProgressItem,
  type Schedule,
} from '../governance/roadmap.js';
import { shiftDayKey, startOfLocalDay, toDayKey } from '../metrics/calendar.js';
import { queryRecords } from '../store/index.js';
import type { AppContext } from './context.js';

export type { Progress, Schedule } from '../governance/roadmap.js';

/** Items finished per week are counted over this many recent weeks (fewer when the initiative started later). */
export const THROUGHPUT_WEEKS = 6;

export interface EpicView {
  key: string;
  progress: Progress;
  /** Keys of the items still open, when the view is of one initiative. */
  openItems?: string[];
}

export interface InitiativeView {
  id: string;
  title: string;
  description: string | null;
  theme: { id: string; title: string };
  owner: { ref: string; name: string };
  teams: string[];
  start: string;
  target: string;
  status: InitiativeStatus;
  okrs: string[];
  epics: EpicView[];
  progress: Progress;
  schedule: Schedule;
}

export interface RoadmapView {
  /** The local day the roadmap is read at. */
  asOf: string;
  themes: { id: string; title: string; description: string | null; initiatives: InitiativeView[] }[];
  /** Ids of the slipping initiatives. */
  slipping: string[];
}

export interface RoadmapQuery {
  asOf?: string | undefined;
}

export async function listRoadmap(context: AppContext, query: RoadmapQuery, now: Date): Promise<RoadmapView> {
  const { roadmap } = await context.workspace.governance();
  const at = resolveDay(context, query.asOf, now);
  const views = await viewInitiatives(context, roadmap.initiatives, at, false);
  const byId = new Map(views.map((view) => [view.id, view]));
  return {
    asOf: at.today,
    themes: roadmap.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      description: theme.description,
      initiatives: theme.initiatives.flatMap((id) => byId.get(id) ?? []),
    })),
    slipping: views.filter((view) => view.schedule.kind === 'slipping').map((view) => view.id),
  };
}

export async function getInitiative(
  context: AppContext,
  id: string,
  query: RoadmapQuery,
  now: Date,
): Promise<InitiativeView & { asOf: string }> {
  const { roadmap } = await context.workspace.governance();
  const initiative = roadmap.initiatives.find((candidate) => candidate.id === id);
  if (!initiative) {
    throw new NotFoundError(
      `No initiative "${id}" in roadmap.yaml; \`sextant roadmap list\` shows the ones there are`,
    );
  }
  const at = resolveDay(context, query.asOf, now);
  const [view] = await viewInitiatives(context, [initiative], at, true);
  if (!view) throw new Error(`initiative ${id} was not viewed`);
  return { ...view, asOf: at.today };
}

interface Day {
  today: string;
  now: Date;
}

/** The day read: `asOf` (its end) or today in the workspace time zone. */
export function resolveDay(context: AppContext, asOf: string | undefined, now: Date): Day {
  const { timezone } = context.workspace.config;
  if (asOf === undefined) return { today: toDayKey(now, timezone), now };
  if (!dateSchema.safeParse(asOf).success) {
    throw new InputError('Invalid day', [
      { path: 'asOf', message: 'not a date', found: JSON.stringify(asOf), expected: 'a day as YYYY-MM-DD' },
    ]);
  }
  return { today: asOf, now: startOfLocalDay(shiftDayKey(asOf, 1), timezone) };
}

async function viewInitiatives(
  context: AppContext,
  initiatives: readonly Initiative[],
  at: Day,
  detailed: boolean,
): Promise<InitiativeView[]> {
  const { roadmap } = await context.workspace.governance();
  const epics = initiatives.flatMap((initiative) => initiative.epics);
  const records =
    epics.length === 0
      ? []
      : await queryRecords(context.store, 'work-item', {
          to: at.now,
          where: [{ field: 'epic', values: epics }],
          fields: ['epic', 'statusCategory', 'points', 'resolvedAt'],
        });
  const byEpic = new Map<string, (ProgressItem & { epic: string })[]>();
  for (const record of records) {
    if (!record.epic) continue;
    // An item finished after the day read was still open on it.
    const finishedLater =
      record.resolvedAt !== undefined && Date.parse(record.resolvedAt) >= at.now.getTime();
    const item = {
      key: `${record.source}:${record.key}`,
      epic: record.epic,
      statusCategory: finishedLater ? ('in-progress' as const) : record.statusCategory,
      points: record.points,
      resolvedAt: finishedLater ? undefined : record.resolvedAt,
    };
    byEpic.set(record.epic, [...(byEpic.get(record.epic) ?? []), item]);
  }
  const people = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  const themes = new Map(roadmap.themes.map((theme) => [theme.id, theme.title]));
  const recentFrom = at.now.getTime() - THROUGHPUT_WEEKS * 7 * 86_400_000;
  const { timezone } = context.workspace.config;
  return initiatives.map((initiative) => {
    const items = initiative.epics.flatMap((epic) => byEpic.get(epic) ?? []);
    return {
      id: initiative.id,
      title: initiative.title,
      description: initiative.description,
      theme: { id: initiative.theme, title: themes.get(initiative.theme) ?? initiative.theme },
      owner: { ref: initiative.owner, name: people.get(initiative.owner) ?? initiative.owner },
      teams: initiative.teams,
      start: initiative.start,
      target: initiative.target,
      status: initiative.status,
      okrs: initiative.okrs,
      epics: initiative.epics.map((key) => {
        const mine = byEpic.get(key) ?? [];
        const view: EpicView = { key, progress: measureProgress(mine) };
        if (detailed) {
          view.openItems = mine
            .filter((item) => item.statusCategory !== 'done')
            .map((item) => item.key)
            .sort();
        }
        return view;
      }),
      progress: measureProgress(items),
      schedule: assessSchedule({
        status: initiative.status,
        start: initiative.start,
        target: initiative.target,
        items,
        today: at.today,
        throughputFrom: new Date(Math.max(recentFrom, startOfLocalDay(initiative.start, timezone).getTime())),
        now: at.now,
      }),
    };
  });
}
