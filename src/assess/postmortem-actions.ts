/**
 * Action items tracked to closure: every postmortem's items in one list, and which are overdue. An item
 * is overdue on `today` (a local calendar day, YYYY-MM-DD) when it is still open and its due day has
 * passed; an item due today is not overdue yet. Items without a due date are never overdue, which is
 * why the checklist fails them.
 */
import type { ActionItem, Postmortem } from '../domain/postmortem.js';

export interface ActionItemRow extends ActionItem {
  /** The item's postmortem file and the incident it reviews. */
  file: string;
  incident: string;
  line: number;
  /** Whole days past due for an open overdue item; absent otherwise. */
  daysOverdue?: number;
  /** For a done item with a due date: whether it was closed on or before its due day. */
  closedOnTime?: boolean;
}

export interface ActionItemFilter {
  overdueOnly?: boolean;
  /** A full person reference. */
  owner?: string;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function listActionItems(
  postmortems: readonly Postmortem[],
  today: string,
  filter: ActionItemFilter = {},
): ActionItemRow[] {
  const rows: ActionItemRow[] = [];
  for (const postmortem of postmortems) {
    postmortem.actionItems.forEach((item, index) => {
      const row: ActionItemRow = {
        ...item,
        file: postmortem.file,
        incident: postmortem.incident,
        line: postmortem.lines.actionItems[index] ?? 0,
      };
      if (item.status === 'open' && item.due !== undefined && item.due < today) {
        row.daysOverdue = daysBetween(item.due, today);
      }
      if (item.status === 'done' && item.due !== undefined && item.closed !== undefined) {
        row.closedOnTime = item.closed <= item.due;
      }
      if (filter.overdueOnly && row.daysOverdue === undefined) return;
      if (filter.owner !== undefined && item.owner !== filter.owner) return;
      rows.push(row);
    });
  }
  // Most overdue first, then by due day; undated last.
  return rows.sort(
    (a, b) =>
      (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.file.localeCompare(b.file),
  );
}
