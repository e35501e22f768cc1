/**
 * Compliance controls: how ready each framework is (controls with fresh evidence against all it tracks),
 * and every control with the age of its evidence and its next review.
 */
import { personName } from '../../components/org-names';
import { ReviewDate, Status } from '../../components/section';
import { Table } from '../../components/table';
import { scopeNote } from './scope';
import type { Control, Readiness } from './types';

function evidenceAge(control: Control): string {
  const ages = control.evidence.map((item) => item.ageDays).filter((age): age is number => age !== null);
  if (ages.length === 0) return 'no evidence';
  const newest = Math.min(...ages);
  return `${newest} d`;
}

export function ControlsPanel(props: {
  controls: Control[];
  readiness: Readiness | undefined;
  team: string | undefined;
  /** How many controls the whole register holds. */
  whole: number | undefined;
}) {
  const { controls, readiness } = props;
  const rows = controls;
  if (props.whole === 0)
    return (
      <p className="state state-empty">
        No compliance controls tracked. Add the controls you answer for (SOC 2, ISO 27001, GDPR…) to the
        workspace's controls register, each with an owner and the evidence that shows it works and how long
        that evidence stays fresh.
      </p>
    );
  const note = scopeNote(rows.length, props.whole, 'controls', props.team);
  return (
    <>
      <h3>Readiness per framework</h3>
      <Table
        caption="Readiness: tracked controls with fresh evidence"
        rows={readiness?.frameworks ?? []}
        rowKey={(row) => row.framework}
        empty="Readiness is not available."
        columns={[
          { header: 'Framework', cell: (row) => row.title },
          { header: 'Ready', numeric: true, cell: (row) => `${row.readyPercent}%` },
          { header: 'Tracked controls', numeric: true, cell: (row) => String(row.controls) },
          { header: 'Fresh', numeric: true, cell: (row) => String(row.fresh) },
          { header: 'Stale', numeric: true, cell: (row) => String(row.stale) },
          { header: 'Missing', numeric: true, cell: (row) => String(row.missing) },
          {
            header: 'Gaps',
            cell: (row) =>
              row.gaps.map((gap) => `${gap.id} ${gap.title} (${gap.state})`).join('; ') || 'none',
          },
          {
            header: 'Controls of the framework not tracked',
            numeric: true,
            cell: (row) => String(row.untracked),
          },
        ]}
      />
      <h3>Controls</h3>
      {note ? <p className="muted">{note}</p> : null}
      <Table
        caption="Compliance controls and their evidence"
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Control', cell: (row) => <span className="nowrap">{row.id}</span> },
          { header: 'What it requires', cell: (row) => row.title },
          { header: 'Owner', cell: (row) => personName(row.owner) },
          { header: 'Evidence', cell: (row) => <Status value={row.state} /> },
          { header: 'Newest evidence age', numeric: true, cell: (row) => evidenceAge(row) },
          {
            header: 'Fresh until',
            cell: (row) =>
              row.evidence.map((item) => `${item.title}: ${item.freshUntil ?? '—'}`).join('; ') || '—',
          },
          {
            header: 'Next review',
            cell: (row) => <ReviewDate date={row.nextReview} overdue={row.reviewOverdue} />,
          },
        ]}
      />
    </>
  );
}
