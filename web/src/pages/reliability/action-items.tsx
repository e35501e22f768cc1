/** Postmortem action items past their due day and still open, the most overdue first. */
import { type Column, Table } from '../../components/table';
import { formatCount, shortRef } from '../../format';
import type { ActionItem } from './types';

const COLUMNS: Column<ActionItem>[] = [
  { header: 'Action item', cell: (item) => item.title },
  {
    header: 'Incident',
    cell: (item) =>
      item.incident ? <code className="nowrap">{item.incident.replace(/^[^:]+:/, '')}</code> : '—',
  },
  { header: 'Owner', cell: (item) => (item.owner ? shortRef(item.owner) : 'no owner') },
  { header: 'Due', cell: (item) => <span className="nowrap">{item.due ?? 'no due day'}</span> },
  {
    header: 'Days overdue',
    numeric: true,
    cell: (item) => (item.daysOverdue === undefined ? '—' : formatCount(item.daysOverdue)),
  },
  { header: 'Postmortem', cell: (item) => <code>{item.file.replace(/^postmortems\//, '')}</code> },
];

export function ActionItemsSection({ items }: { items: ActionItem[] }) {
  const overdue = [...items].sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  return (
    <Table
      caption={`Overdue postmortem action items (${overdue.length})`}
      columns={COLUMNS}
      rows={overdue}
      rowKey={(item) => `${item.file}#${item.id}`}
      pageSize={20}
      empty="No postmortem action item is overdue. Action items are read from the postmortems in postmortems/, each with an owner and a due day."
    />
  );
}
