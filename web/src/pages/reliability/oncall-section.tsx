/**
 * The load of being on call: pages per person per week against the target, the share of pages out of hours
 * and in sleep hours, per team and per person, and who holds a shift now.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { type Column, Table } from '../../components/table';
import { formatCount, formatValue, shortRef } from '../../format';
import type { OncallPerson, OncallReport, OncallTeam } from './types';

const TEAM_COLUMNS: Column<OncallTeam>[] = [
  { header: 'Team', cell: (row) => shortRef(row.group) },
  { header: 'Pages', numeric: true, cell: (row) => formatCount(row.pages) },
  { header: 'People paged', numeric: true, cell: (row) => formatCount(row.peoplePaged) },
  { header: 'Busiest person', cell: (row) => `${shortRef(row.busiest)} (${formatCount(row.busiestPages)})` },
  { header: 'Busiest person’s share', numeric: true, cell: (row) => formatValue(row.share, 'fraction') },
];

const PERSON_COLUMNS: Column<OncallPerson>[] = [
  { header: 'Person', cell: (row) => shortRef(row.person) },
  { header: 'Team', cell: (row) => shortRef(row.team) },
  { header: 'Pages', numeric: true, cell: (row) => formatCount(row.pages) },
  { header: 'Pages per week', numeric: true, cell: (row) => formatValue(row.pagesPerWeek) },
  { header: 'Out of hours', numeric: true, cell: (row) => formatValue(row.outOfHoursShare, 'fraction') },
  { header: 'Sleep-hour pages', numeric: true, cell: (row) => formatCount(row.sleepHours) },
  {
    header: 'Over target',
    cell: (row) => (row.overTarget ? <span className="status status-off-target">over target</span> : 'no'),
  },
];

export function OncallSection({ report }: { report: OncallReport }) {
  const { health } = report;
  return (
    <>
      {health.kind === 'value' ? (
        <OncallHealth health={health} />
      ) : (
        <p className="metric-needs">Not enough data for on-call load: needs {health.needs}.</p>
      )}
      <h3>On call now</h3>
      {report.onCallNow.shifts.length === 0 ? (
        <p className="state state-empty">
          No shift is known for now. Who is on call comes from the schedules of PagerDuty or Opsgenie once
          they are synced with <code>sextant sync</code>.
        </p>
      ) : (
        <ul>
          {report.onCallNow.shifts.map((shift) => (
            <li key={`${shift.rotation}-${shift.actor}-${shift.level ?? ''}`}>
              {shift.person ? shortRef(shift.person) : (shift.actorName ?? shift.actor)} on {shift.rotation}
              {shift.level ? ` (level ${shift.level})` : ''}, until{' '}
              {shift.until.slice(0, 16).replace('T', ' ')} UTC
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function OncallHealth({ health }: { health: Extract<OncallReport['health'], { kind: 'value' }> }) {
  const teams = [...health.teams].sort((a, b) => b.pages - a.pages);
  const people = [...health.people].sort((a, b) => b.pages - a.pages);
  return (
    <>
      <dl className="figures" aria-label="On-call load for the window">
        <div>
          <dt>Pages</dt>
          <dd>{formatCount(health.pages)}</dd>
        </div>
        <div>
          <dt>People paged</dt>
          <dd>{formatCount(health.peoplePaged)}</dd>
        </div>
        <div>
          <dt>Pages per person per week</dt>
          <dd>{formatValue(health.pagesPerPersonWeek)}</dd>
          <dd className="metric-detail">target: at most {formatValue(health.target)}</dd>
        </div>
        <div>
          <dt>Out-of-hours share</dt>
          <dd>{formatValue(health.outOfHoursShare, 'fraction')}</dd>
        </div>
        <div>
          <dt>Sleep-hour pages</dt>
          <dd>{formatCount(health.sleepHourPages)}</dd>
        </div>
        <div>
          <dt>People over target</dt>
          <dd>{formatCount(health.peopleOverTarget.length)}</dd>
        </div>
      </dl>
      <h3>By team</h3>
      {teams.length > 0 ? <TeamChart teams={teams} /> : null}
      <Table caption="On-call load by team" columns={TEAM_COLUMNS} rows={teams} rowKey={(row) => row.group} />
      <h3>By person</h3>
      <Table
        caption="On-call load by person, most paged first"
        columns={PERSON_COLUMNS}
        rows={people}
        rowKey={(row) => row.person}
        pageSize={10}
      />
    </>
  );
}

function TeamChart({ teams }: { teams: OncallTeam[] }) {
  const option = useMemo(() => {
    const rows = [...teams].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 170, right: 32, top: 16, bottom: 28 },
      xAxis: { type: 'value', min: 0, minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((row) => shortRef(row.group)) },
      series: [{ type: 'bar', name: 'Pages', data: rows.map((row) => row.pages), barMaxWidth: 18 }],
    };
  }, [teams]);
  return (
    <Chart
      option={option}
      label="Pages by team in the window"
      height={Math.max(140, teams.length * 28 + 50)}
    />
  );
}
