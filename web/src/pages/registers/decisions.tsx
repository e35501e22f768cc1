/**
 * Decisions: the architecture decision records with their status and what replaced them, and the
 * architecture review board's submissions with how long they waited and what is still open.
 */
import { Status, StatusCounts } from '../../components/section';
import { Table } from '../../components/table';
import { scopeNote } from './scope';
import type { DecisionList, ReviewList } from './types';

export function DecisionsPanel(props: {
  decisions: DecisionList;
  team: string | undefined;
  /** How many decisions the whole register holds. */
  whole: number | undefined;
}) {
  const { decisions } = props;
  const rows = decisions.items;
  if (props.whole === 0)
    return (
      <p className="state state-empty">
        No architecture decision records yet. Write them as Markdown files in <code>decisions/</code> in the
        workspace (for example <code>ADR-0001-record-architecture-decisions.md</code>) with a status, a date
        and the deciders.
      </p>
    );
  const note = scopeNote(rows.length, props.whole, 'decisions', props.team);
  return (
    <>
      <StatusCounts counts={decisions.counts} label="Decisions by status" />
      {decisions.waiting.length ? (
        <p>
          Waiting longer than {decisions.waitLimitDays} days for a decision:{' '}
          <strong>{decisions.waiting.join(', ')}</strong>
        </p>
      ) : null}
      {note ? <p className="muted">{note}</p> : null}
      <Table
        caption="Architecture decision records"
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: 'ID', cell: (row) => <span className="nowrap">{row.id}</span> },
          { header: 'Decision', cell: (row) => row.title },
          {
            header: 'Status',
            cell: (row) => (
              <>
                <Status value={row.status} />
                {row.supersededBy ? <span className="muted"> by {row.supersededBy}</span> : null}
                {row.waitingDays !== null ? (
                  <span className="muted"> waiting {row.waitingDays} d</span>
                ) : null}
              </>
            ),
          },
          { header: 'Date', cell: (row) => <span className="nowrap">{row.date ?? '—'}</span> },
          { header: 'Deciders', cell: (row) => row.deciders.map((person) => person.name).join(', ') || '—' },
          { header: 'Tags', cell: (row) => row.tags.join(', ') || '—' },
        ]}
      />
    </>
  );
}

export function ReviewsPanel(props: {
  reviews: ReviewList;
  team: string | undefined;
  title: (ref: string) => string;
  /** How many submissions the whole register holds. */
  whole: number | undefined;
}) {
  const { reviews, title } = props;
  const rows = reviews.items;
  if (props.whole === 0)
    return (
      <p className="state state-empty">
        No submissions to the architecture review board yet. Add them to the workspace's architecture reviews
        register with the checklist answers, to track how long designs wait for a decision.
      </p>
    );
  return (
    <Table
      caption="Architecture reviews"
      rows={rows}
      rowKey={(row) => row.id}
      empty={`No architecture review concerns ${props.team ?? 'this team'}.`}
      columns={[
        { header: 'ID', cell: (row) => <span className="nowrap">{row.id}</span> },
        { header: 'Design', cell: (row) => row.title },
        { header: 'Team', cell: (row) => (row.team ? title(row.team) : '—') },
        { header: 'Submitted by', cell: (row) => row.submitter?.name ?? '—' },
        { header: 'Submitted', cell: (row) => <span className="nowrap">{row.submitted}</span> },
        { header: 'State', cell: (row) => <Status value={row.state} /> },
        {
          header: 'Decision',
          cell: (row) =>
            row.decided
              ? `${row.decided} (after ${row.daysToDecision ?? '?'} d)`
              : row.waitingDays !== null
                ? `waiting ${row.waitingDays} d`
                : '—',
        },
        {
          header: 'Open',
          cell: (row) =>
            [
              row.unanswered.length ? `${row.unanswered.length} checklist items unanswered` : null,
              row.concerns ? `${row.concerns} concerns` : null,
              row.openConditions ? `${row.openConditions} conditions open` : null,
              row.overdueConditions ? `${row.overdueConditions} overdue` : null,
            ]
              .filter(Boolean)
              .join(', ') || 'nothing',
        },
        { header: 'Decision record', cell: (row) => (row.adr ? `${row.adr.id} (${row.adr.status})` : '—') },
      ]}
    />
  );
}
