/**
 * The incidents a leader looks at first: every open one (whenever it started), then the window's incidents,
 * newest first, with how long each took to resolve and what is overdue on the open ones.
 */

import { type Column, Table } from '../../components/table';
import { formatDuration, shortRef } from '../../format';
import { formatInstant } from '../records/describe-record';
import type { Incident } from './types';

const SEVERITY_RANK = (severity: string | null) => {
  const match = /(\d+)/.exec(severity ?? '');
  return match ? Number(match[1]) : 99;
};

function isOpen(incident: Incident): boolean {
  return incident.resolvedAt === null;
}

function timeToResolve(incident: Incident, now: number): string {
  const started = Date.parse(incident.startedAt);
  if (incident.resolvedAt) return formatDuration((Date.parse(incident.resolvedAt) - started) / 1000);
  return `open for ${formatDuration((now - started) / 1000)}`;
}

/** Open incidents first (most severe, then oldest), then the rest, newest first; each incident once. */
export function orderIncidents(open: Incident[], windowed: Incident[]): Incident[] {
  const seen = new Set<string>();
  const all = [...open, ...windowed].filter((incident) => !seen.has(incident.id) && seen.add(incident.id));
  const opened = all
    .filter(isOpen)
    .sort(
      (a, b) =>
        SEVERITY_RANK(a.severity) - SEVERITY_RANK(b.severity) || a.startedAt.localeCompare(b.startedAt),
    );
  const closed = all
    .filter((incident) => !isOpen(incident))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return [...opened, ...closed];
}

export function IncidentsSection(props: {
  open: Incident[];
  windowed: Incident[];
  total: number;
  assessedAt?: string;
}) {
  const now = props.assessedAt ? Date.parse(props.assessedAt) : Date.now();
  const rows = orderIncidents(props.open, props.windowed);
  const openCount = rows.filter(isOpen).length;
  const columns: Column<Incident>[] = [
    {
      header: 'Incident',
      cell: (incident) => (
        <>
          <code className="nowrap">{incident.key}</code> {incident.title}
        </>
      ),
    },
    {
      header: 'Severity',
      cell: (incident) =>
        incident.severity ? (
          <span className={`severity severity-${severityClass(incident.severity)}`}>{incident.severity}</span>
        ) : (
          'unset'
        ),
    },
    {
      header: 'Status',
      cell: (incident) => (
        <span className={`status status-${isOpen(incident) ? 'at-risk' : 'done'}`}>{incident.status}</span>
      ),
    },
    { header: 'Service', cell: (incident) => shortRef(incident.service).replace(/^service:/, '') },
    {
      header: 'Started',
      cell: (incident) => <span className="nowrap">{formatInstant(incident.startedAt)}</span>,
    },
    { header: 'Time to resolve', numeric: true, cell: (incident) => timeToResolve(incident, now) },
    {
      header: 'Overdue',
      cell: (incident) =>
        incident.overdue && incident.overdue.length > 0 ? (
          <ul className="plain">
            {incident.overdue.map((item) => (
              <li key={`${item.kind}-${item.description}`}>{item.description}</li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <p data-testid="open-incidents">
        {openCount === 0
          ? 'No incident is open.'
          : `${openCount} incident${openCount === 1 ? ' is' : 's are'} open and listed first.`}
        {props.total > props.windowed.length
          ? ` The table shows the latest ${props.windowed.length} of the window's ${props.total} incidents.`
          : ''}
      </p>
      <Table
        caption="Incidents, open ones first"
        columns={columns}
        rows={rows}
        rowKey={(incident) => incident.id}
        pageSize={20}
        empty="No incidents in this scope and window. Incidents come from PagerDuty or Opsgenie (sextant sync), from incident records imported with sextant ingest files, or declared with sextant incidents open."
      />
    </>
  );
}

/** `SEV-1` → critical … so the severity badge keeps the dashboard's colors; the text stays the source's. */
function severityClass(severity: string): string {
  const rank = SEVERITY_RANK(severity);
  return rank === 1 ? 'critical' : rank === 2 ? 'high' : rank === 3 ? 'medium' : 'low';
}
