/**
 * Hiring: the pipeline as a funnel (how many applications reached each stage and how many moved on), the
 * plan's attainment against its target, time to fill, and the open and overdue positions. Reads
 * /api/hiring/funnel (`team` from the scope) and /api/hiring/plan, both over the chosen window.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { type Column, Table } from '../../components/table';
import { teamOf, useFilters } from '../../filters';
import { formatValue, shortRef, titleCase } from '../../format';
import { useApi } from '../../hooks';
import { WithheldNote, withheldText } from './privacy';
import type { HiringFunnel, HiringPlan, Position } from './types';

type Stage = Extract<HiringFunnel['funnel'], { kind: 'shown' }>['stages'][number];

export function HiringView() {
  const [filters] = useFilters();
  const span = { from: filters.from, to: filters.to };
  const funnel = useApi<HiringFunnel>('/api/hiring/funnel', { ...span, team: teamOf(filters.scope) });
  const plan = useApi<HiringPlan>('/api/hiring/plan', span);
  return (
    <>
      <h3>Plan</h3>
      <Async query={plan} what="the hiring plan">
        {(data) => <PlanView plan={data} />}
      </Async>
      <h3>Pipeline</h3>
      <Async query={funnel} what="the hiring funnel">
        {(data) => <FunnelView data={data} />}
      </Async>
    </>
  );
}

function PlanView({ plan }: { plan: HiringPlan }) {
  const total = plan.byStatus.open + plan.byStatus.filled + plan.byStatus.cancelled;
  if (total === 0)
    return (
      <p className="state state-empty">
        No positions are planned. Declare the positions you mean to fill in <code>registers/hiring.yaml</code>{' '}
        to see plan attainment and time to fill.
      </p>
    );
  const { attainment, timeToFill } = plan;
  return (
    <>
      <p className="muted">
        Positions due from {plan.from} to {plan.to}, for every team: the plan is not narrowed to a scope.
      </p>
      <dl className="figures">
        <div>
          <dt>Plan attainment</dt>
          <dd>{attainment.kind === 'value' ? formatValue(attainment.value, 'fraction') : '—'}</dd>
          <dd className="figure-note">
            {attainment.kind === 'value'
              ? `${attainment.filledOnPlan} of ${attainment.due} due positions filled on time; target ${formatValue(attainment.target, 'fraction')}`
              : `Not enough data: ${attainment.needs}`}
          </dd>
        </div>
        <div>
          <dt>Median time to fill</dt>
          <dd>{timeToFill.median.kind === 'value' ? `${formatValue(timeToFill.median.days)} d` : '—'}</dd>
          <dd className="figure-note">
            {timeToFill.median.kind === 'value'
              ? `over ${timeToFill.median.n} filled positions`
              : `Not enough data: ${timeToFill.median.needs}`}
          </dd>
        </div>
        <div>
          <dt>Open positions</dt>
          <dd>{plan.byStatus.open}</dd>
          <dd className="figure-note">
            {plan.byStatus.filled} filled, {plan.byStatus.cancelled} cancelled, {plan.unbudgeted} without
            budget
          </dd>
        </div>
        <div>
          <dt>Overdue</dt>
          <dd>{plan.overdue.length}</dd>
          <dd className="figure-note">open past their target date</dd>
        </div>
      </dl>
      <Table
        caption="Planned positions"
        rows={plan.positions}
        rowKey={(row) => row.id}
        columns={positionColumns(new Map(plan.overdue.map((item) => [item.id, item.daysOverdue])))}
      />
      <Table
        caption="Time to fill of filled positions"
        rows={timeToFill.positions}
        rowKey={(row) => row.id}
        empty="No position was filled in this window, so there is no time to fill yet."
        columns={[
          { header: 'Position', cell: (row) => row.id },
          { header: 'Level', cell: (row) => row.level },
          { header: 'Opened', cell: (row) => row.opened },
          { header: 'Filled', cell: (row) => row.filled },
          { header: 'Days', cell: (row) => row.days, numeric: true },
          { header: 'Target (days)', cell: (row) => row.target, numeric: true },
          { header: 'Within target', cell: (row) => (row.withinTarget ? 'Yes' : 'No, over target') },
        ]}
      />
    </>
  );
}

function positionColumns(overdue: Map<string, number>): Column<Position>[] {
  return [
    { header: 'Position', cell: (row) => row.id },
    { header: 'Role', cell: (row) => `${row.role} (${row.level})` },
    { header: 'Team', cell: (row) => shortRef(row.team) },
    { header: 'Priority', cell: (row) => titleCase(row.priority) },
    { header: 'Opened', cell: (row) => row.opened },
    { header: 'Target date', cell: (row) => row.targetDate },
    {
      header: 'Status',
      cell: (row) => {
        const days = overdue.get(row.id);
        return days === undefined ? (
          <span className={`status status-${row.status === 'filled' ? 'done' : row.status}`}>
            {row.status}
          </span>
        ) : (
          <>
            <span className="status status-overdue">overdue</span> {days} days past target
          </>
        );
      },
    },
    { header: 'Budgeted', cell: (row) => (row.budgeted ? 'Yes' : 'No') },
  ];
}

/** The server's name for the funnel's scope (`all positions`, `team team:default/checkout`) in plain words. */
function scopeText(scope: string): string {
  const team = /^team (\S+)$/.exec(scope);
  return team?.[1] ? `the ${shortRef(team[1])} team` : scope;
}

function FunnelView({ data }: { data: HiringFunnel }) {
  const { funnel } = data;
  if (funnel.kind === 'suppressed')
    return (
      <p className="state state-empty">
        {withheldText(funnel, 'candidates')}. The pipeline of {scopeText(data.scope)} from {data.from} to{' '}
        {data.to} is too small to show.
      </p>
    );
  if (funnel.n === 0)
    return (
      <p className="state state-empty">
        No applications from {data.from} to {data.to}. Import your applicant tracking system's export (listed
        under <code>imports:</code> in <code>sextant.yaml</code>, or <code>sextant hiring import FILE</code>)
        to see the funnel.
      </p>
    );
  const { bottleneck, offerAcceptance } = funnel;
  return (
    <>
      <p className="muted">
        {funnel.n} applications to {scopeText(data.scope)} from {data.from} to {data.to}.
      </p>
      <dl className="figures">
        <div>
          <dt>Bottleneck</dt>
          <dd>{bottleneck.kind === 'value' ? titleCase(bottleneck.stage) : '—'}</dd>
          <dd className="figure-note">
            {bottleneck.kind === 'value'
              ? `lowest conversion: ${formatValue(bottleneck.conversion, 'fraction')} of ${bottleneck.decided} decided`
              : bottleneck.kind === 'suppressed'
                ? 'withheld: the stage is too small to show'
                : `Not enough data: ${bottleneck.needs}`}
          </dd>
        </div>
        <div>
          <dt>Offer acceptance</dt>
          <dd>
            {offerAcceptance.kind === 'shown' && offerAcceptance.rate.kind === 'value'
              ? formatValue(offerAcceptance.rate.value, 'fraction')
              : '—'}
          </dd>
          <dd className="figure-note">
            {offerAcceptance.kind === 'suppressed' ? (
              <WithheldNote figure={offerAcceptance} noun="offers" />
            ) : offerAcceptance.rate.kind === 'value' ? (
              `${offerAcceptance.rate.accepted} accepted, ${offerAcceptance.rate.declined} declined, ${offerAcceptance.rate.pending} pending`
            ) : (
              `Not enough data: ${offerAcceptance.rate.needs}`
            )}
          </dd>
        </div>
      </dl>
      <FunnelChart stages={funnel.stages} />
      <Table
        caption="Hiring funnel by stage"
        rows={funnel.stages}
        rowKey={(row) => row.stage}
        columns={[
          { header: 'Stage', cell: (row) => titleCase(row.stage) },
          {
            header: 'Reached',
            numeric: true,
            cell: (row) =>
              row.figure.kind === 'shown' ? (
                row.figure.n
              ) : (
                <WithheldNote figure={row.figure} noun="candidates" />
              ),
          },
          {
            header: 'Moved on to the next stage',
            numeric: true,
            cell: (row) =>
              row.figure.kind !== 'shown' || !row.figure.conversion
                ? '—'
                : row.figure.conversion.kind === 'value'
                  ? `${formatValue(row.figure.conversion.value, 'fraction')} (${row.figure.conversion.movedOn} of ${row.figure.conversion.decided})`
                  : 'not enough decided',
          },
          {
            header: 'Median days in stage',
            numeric: true,
            cell: (row) =>
              row.figure.kind === 'shown' && row.figure.medianDaysInStage.kind === 'value'
                ? formatValue(row.figure.medianDaysInStage.days)
                : '—',
          },
          {
            header: 'Still in stage',
            numeric: true,
            cell: (row) => (row.figure.kind === 'shown' ? row.figure.inStage : '—'),
          },
        ]}
      />
    </>
  );
}

function FunnelChart({ stages }: { stages: Stage[] }) {
  const option = useMemo(() => {
    const ordered = [...stages].reverse();
    return {
      // A named font: ECharts measures text with it (`inherit` measures wrong and labels overlap).
      grid: { left: 130, right: 60, top: 10, bottom: 40 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', name: 'Applications', nameLocation: 'middle', nameGap: 24 },
      yAxis: {
        type: 'category',
        data: ordered.map(
          (row) => `${titleCase(row.stage)}${row.figure.kind === 'shown' ? '' : ' (withheld)'}`,
        ),
      },
      series: [
        {
          name: 'Applications that reached the stage',
          type: 'bar',
          data: ordered.map((row) => (row.figure.kind === 'shown' ? row.figure.n : null)),
          label: {
            show: true,
            position: 'right',
            formatter: (item: { value: number | null }) =>
              item.value === null ? 'withheld' : String(item.value),
          },
        },
      ],
    };
  }, [stages]);
  return <Chart option={option} label="Hiring funnel: applications that reached each stage" height={240} />;
}
