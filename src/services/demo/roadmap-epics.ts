/**
 * Epics for the demo's work items, so the roadmap has real epics to follow. Each team runs one epic per
 * service it owns (one for the team when it owns none) per fiscal quarter; the stories and tasks created
 * for that service in that quarter belong to it. Bugs and `tech-debt` tasks stay outside epics, as
 * unplanned and maintenance work usually does, and so do items nobody started that were created more than
 * six weeks before the data ends: they were moved back to the backlog when their epic was wrapped up.
 *
 * Derived from the items alone, with no random draws: every other figure of the demo stays as it was.
 * Epic keys are numbered from 11 in each team's project, below any item number the generator uses.
 */
import type { WorkItem } from '../../domain/records/work-item.js';
import type { DemoWindow } from './window.js';

const FIRST_EPIC_NUMBER = 11;
const BACKLOG_AFTER_MS = 42 * 86_400_000;
/** The demo's fiscal year starts in February: quarters start in February, May, August and November. */
const FISCAL_START_MONTH = 1;

export interface DemoEpic {
  key: string;
  team: string;
  service: string | null;
  /** First and last day of its fiscal quarter, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

/** The items with their epic set (order and every other field unchanged), and the epics. */
export function assignDemoEpics(
  items: readonly WorkItem[],
  window: DemoWindow,
): { items: WorkItem[]; epics: DemoEpic[] } {
  const slots = new Map<string, { team: string; service: string | null; quarter: number; project: string }>();
  const slotOf = new Map<WorkItem, string>();
  for (const item of items) {
    if (!isEpicWork(item, window) || !item.team || !item.project) continue;
    const quarter = quarterStartOf(Date.parse(item.createdAt));
    const service = item.service ?? null;
    const slot = `${item.team}\u0000${quarter}\u0000${service ?? ''}`;
    slots.set(slot, { team: item.team, service, quarter, project: item.project });
    slotOf.set(item, slot);
  }
  const keys = new Map<string, string>();
  const epics: DemoEpic[] = [];
  const numbers = new Map<string, number>();
  const ordered = [...slots.entries()].sort(
    ([, a], [, b]) =>
      a.team.localeCompare(b.team) ||
      a.quarter - b.quarter ||
      (a.service ?? '').localeCompare(b.service ?? ''),
  );
  for (const [slot, { team, service, quarter, project }] of ordered) {
    const number = numbers.get(team) ?? FIRST_EPIC_NUMBER;
    numbers.set(team, number + 1);
    const key = `${project}-${number}`;
    keys.set(slot, key);
    const end = new Date(quarter);
    end.setUTCMonth(end.getUTCMonth() + 3);
    epics.push({ key, team, service, from: day(quarter), to: day(end.getTime() - 86_400_000) });
  }
  return {
    items: items.map((item) => {
      const slot = slotOf.get(item);
      const epic = slot === undefined ? undefined : keys.get(slot);
      return epic ? { ...item, epic } : item;
    }),
    epics,
  };
}

function isEpicWork(item: WorkItem, window: DemoWindow): boolean {
  if (item.type === 'bug') return false;
  if (item.type === 'task' && item.labels.includes('tech-debt')) return false;
  const started = item.transitions.some((transition) => transition.toCategory !== 'todo');
  return started || Date.parse(item.createdAt) >= window.endMs - BACKLOG_AFTER_MS;
}

/** 00:00 UTC of the first day of the fiscal quarter holding `ms`. */
function quarterStartOf(ms: number): number {
  const date = new Date(ms);
  const offset = (date.getUTCMonth() - FISCAL_START_MONTH + 12) % 12;
  const month = date.getUTCMonth() - (offset % 3);
  return Date.UTC(date.getUTCFullYear(), month, 1);
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
