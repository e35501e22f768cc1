/**
 * Jira-style work items per team: stories, tasks and bugs flowing To Do → In Progress → In Review → Done,
 * with the occasional bounce back from review. Status names map to the three status categories the flow
 * metrics use. Fulfilment's overload shows here too: its items sit in progress longer.
 *
 * Every team works in two-week sprints starting on Mondays (`CHK sprint 42`); an item belongs to the
 * sprint it was started in and to every later one it was carried into, and a few items not yet started
 * are already planned into the current sprint. Priorities run Highest, High, Medium, Low; bugs skew
 * higher, and the more urgent an item, the sooner someone picks it up.
 */
import type { Sprint } from '../../domain/records/sprint.js';
import type { StatusTransition, WorkItem } from '../../domain/records/work-item.js';
import { type DemoOrg, findProject, listMembers, ORG_TIMEZONE } from './org.js';
import type { Random } from './random.js';
import {
  addWorkingHours,
  DAY_MS,
  formatInstant,
  HOUR_MS,
  isoWeekday,
  type OffsetLookup,
  parseDay,
  sampleWorkMinute,
  startOfWeek,
  toUtc,
} from './time.js';
import { type DemoWindow, isAtWork, listDays, measureSeason } from './window.js';
import { writeWorkItemTitle } from './wording.js';

export const JIRA_SOURCE = 'demo-jira';

export const STATUSES = {
  todo: { name: 'To Do', category: 'todo' },
  progress: { name: 'In Progress', category: 'in-progress' },
  review: { name: 'In Review', category: 'in-progress' },
  done: { name: 'Done', category: 'done' },
} as const;

type Status = (typeof STATUSES)[keyof typeof STATUSES];

/** Items a person creates per working day, on average. */
const ITEMS_PER_PERSON_DAY = 0.3;

/** Median days in progress per type; fulfilment's are stretched by its load. */
const PROGRESS_DAYS = { story: 3, task: 1.5, bug: 1.8 } as const;
const SLOW_TEAMS: Record<string, number> = { fulfilment: 1.6 };

export const PRIORITIES = ['Highest', 'High', 'Medium', 'Low'] as const;
type Priority = (typeof PRIORITIES)[number];

/** Priority weights per type, in the order of PRIORITIES. */
const PRIORITY_WEIGHTS: Record<'story' | 'task' | 'bug', readonly number[]> = {
  bug: [8, 30, 45, 17],
  story: [2, 22, 60, 16],
  task: [1, 14, 60, 25],
};
/** How long an item waits in To Do, relative to a Medium one. */
const PRIORITY_WAIT: Record<Priority, number> = { Highest: 0.15, High: 0.6, Medium: 1, Low: 1.8 };

const SPRINT_MS = 14 * DAY_MS;
/** A Monday that fixes which weeks sprints start in, whatever the window. */
const SPRINT_ANCHOR_MS = parseDay('2024-01-01');

/** The teams' work items and the sprints of their boards. */
export function generateWorkItems(
  org: DemoOrg,
  window: DemoWindow,
  random: Random,
  offsets: OffsetLookup,
): { items: WorkItem[]; sprints: Sprint[] } {
  const items: WorkItem[] = [];
  const sprints: Sprint[] = [];
  for (const [teamIndex, team] of org.teams.entries()) {
    const project = findProject(team.name);
    const members = listMembers(org, team.name);
    const topics = org.services.filter((service) => service.owner === team.name);
    let number = random.nextInt(200, 2500);
    const calendar = createSprints(project, teamIndex, random.nextInt(12, 60), window);
    const sprintOf = calendar.namesBetween;
    sprints.push(...calendar.records());
    for (const dayMs of listDays(window)) {
      if (isoWeekday(dayMs) >= 6) continue;
      const present = members.filter((person) => isAtWork(person, dayMs, window));
      const count = random.samplePoisson(present.length * ITEMS_PER_PERSON_DAY * measureSeason(dayMs));
      for (let index = 0; index < count; index += 1) {
        const reporter = random.pick(present);
        const createdAt = toUtc(dayMs, sampleWorkMinute(random), offsets(reporter.timeZone, dayMs));
        if (createdAt >= window.endMs) continue;
        const type = random.pickWeighted([
          ['story', 5],
          ['task', 3],
          ['bug', 2],
        ] as const);
        const service = topics.length > 0 ? random.pick(topics) : undefined;
        const topic = service
          ? random.pick(service.topics)
          : random.pick(['SLO adoption', 'on-call handbook', 'alert review', 'game day']);
        const key = `${project}-${number}`;
        number += 1;
        const priority = random.pickWeighted(
          PRIORITIES.map((name, rank) => [name, PRIORITY_WEIGHTS[type][rank] ?? 0] as const),
        );
        const progressDays = (PROGRESS_DAYS[type] ?? 2) * (SLOW_TEAMS[team.name] ?? 1);
        const snap = (ms: number) => addWorkingHours(ms, 0, offsets(ORG_TIMEZONE, ms));
        const timing = { progressDays, wait: PRIORITY_WAIT[priority] };
        const transitions = planTransitions(random, createdAt, type, timing, snap, window);
        const last = transitions.at(-1);
        const current: Status = STATUSES[statusKey(last?.to)];
        const started = transitions.find((transition) => transition.toCategory === 'in-progress');
        let itemSprints: string[] = [];
        if (started) {
          const until = current.category === 'done' && last ? Date.parse(last.at) : window.endMs - 1;
          itemSprints = sprintOf(Date.parse(started.at), until);
        } else if (createdAt > window.endMs - 10 * DAY_MS && random.flip(0.4)) {
          itemSprints = sprintOf(window.endMs - 1, window.endMs - 1);
        }
        const assignee = current.category === 'todo' && random.flip(0.7) ? undefined : random.pick(present);
        items.push({
          source: JIRA_SOURCE,
          key,
          title: writeWorkItemTitle(random, type, topic),
          type,
          project,
          team: team.name,
          ...(service ? { service: service.name } : {}),
          status: current.name,
          statusCategory: current.category,
          createdAt: formatInstant(createdAt),
          ...(current.category === 'done' && last ? { resolvedAt: last.at } : {}),
          ...(assignee ? { assignee: assignee.jiraId } : {}),
          labels: type === 'task' && random.flip(0.3) ? ['tech-debt'] : [],
          sprints: itemSprints,
          priority,
          ...(type === 'story' ? { points: random.pick([1, 2, 3, 3, 5, 5, 8]) } : {}),
          transitions,
        });
      }
    }
  }
  items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
  return { items, sprints };
}

/** Status changes happen in office hours: `snap` moves an instant to the next working minute. */
function planTransitions(
  random: Random,
  createdAt: number,
  type: string,
  timing: { progressDays: number; wait: number },
  snap: (ms: number) => number,
  window: DemoWindow,
): StatusTransition[] {
  const { progressDays, wait } = timing;
  const steps: [number, Status][] = [[createdAt, STATUSES.todo]];
  const move = (at: number, status: Status) => {
    const when = Math.max(snap(at), (steps.at(-1)?.[0] ?? at) + 60_000);
    steps.push([when, status]);
    return when;
  };
  // One item in eight stays in the backlog for good.
  if (random.flip(0.12)) return toTransitions(steps, window);
  let at = move(createdAt + random.sampleLogNormal(4 * wait, 1) * DAY_MS, STATUSES.progress);
  at += random.sampleLogNormal(progressDays, 0.7) * DAY_MS;
  if (type !== 'task' || random.flip(0.5)) {
    at = move(at, STATUSES.review) + random.sampleLogNormal(0.6, 0.7) * DAY_MS;
    if (random.flip(0.1)) {
      at = move(at, STATUSES.progress) + random.sampleLogNormal(1, 0.6) * DAY_MS;
      at = move(at, STATUSES.review) + random.sampleLogNormal(0.4, 0.6) * DAY_MS;
    }
  }
  move(at + random.nextInt(1, 60) * 60_000, STATUSES.done);
  return toTransitions(steps, window);
}

/**
 * A team's sprints: two weeks from a Monday, every other team a week apart from its neighbours, numbered
 * on from where the team's count stood when the window began. `namesBetween` gives the names of the sprints
 * that overlap an interval; `records` every sprint of the window as its board holds it, the next one
 * already planned.
 */
function createSprints(
  project: string,
  teamIndex: number,
  firstNumber: number,
  window: DemoWindow,
): { namesBetween(fromMs: number, toMs: number): string[]; records(): Sprint[] } {
  const anchor = SPRINT_ANCHOR_MS + (teamIndex % 2) * 7 * DAY_MS;
  const indexOf = (ms: number) => Math.floor((ms - anchor) / SPRINT_MS);
  const first = indexOf(startOfWeek(window.startMs));
  const numberOf = (index: number) => firstNumber + index - first;
  const nameOf = (index: number) => `${project} sprint ${numberOf(index)}`;
  return {
    namesBetween(fromMs, toMs) {
      const names: string[] = [];
      for (let index = indexOf(fromMs); index <= indexOf(toMs); index += 1) names.push(nameOf(index));
      return names;
    },
    records() {
      const sprints: Sprint[] = [];
      const current = indexOf(window.endMs - 1);
      for (let index = first; index <= current + 1; index += 1) {
        const startMs = anchor + index * SPRINT_MS;
        const endMs = startMs + SPRINT_MS;
        const state = index < current ? 'closed' : index === current ? 'active' : 'future';
        sprints.push({
          source: JIRA_SOURCE,
          key: `${project}/${numberOf(index)}`,
          board: project,
          name: nameOf(index),
          state,
          startedAt: state === 'future' ? null : formatInstant(startMs),
          endsAt: state === 'future' ? null : formatInstant(endMs),
          completedAt: state === 'closed' ? formatInstant(endMs) : null,
        });
      }
      return sprints;
    },
  };
}

function toTransitions(steps: [number, Status][], window: DemoWindow): StatusTransition[] {
  const transitions: StatusTransition[] = [];
  let from: string | null = null;
  for (const [at, status] of steps) {
    if (at >= window.endMs - HOUR_MS) break;
    transitions.push({ at: formatInstant(at), from, to: status.name, toCategory: status.category });
    from = status.name;
  }
  return transitions;
}

function statusKey(name: string | undefined): keyof typeof STATUSES {
  const entry = Object.entries(STATUSES).find(([, status]) => status.name === name);
  return (entry?.[0] as keyof typeof STATUSES | undefined) ?? 'todo';
}
