/**
 * Onboarding: how quickly new hires become productive, per fiscal quarter's cohort and for the fiscal year
 * (GET /api/onboarding/cohort, `?year=` in the address). Cohorts are read only once closed and shown only
 * for at least the minimum number of hires; the server withholds the rest.
 */
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { Async } from '../../components/states';
import { Table } from '../../components/table';
import { formatValue } from '../../format';
import { useApi } from '../../hooks';
import { WithheldNote } from './privacy';
import type { CohortState, OnboardingCohort } from './types';

export function OnboardingView() {
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? (params.get('year') ?? undefined) : undefined;
  const cohort = useApi<OnboardingCohort>('/api/onboarding/cohort', { year });
  const yearId = useId();
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map(String);
  if (year && !years.includes(year)) years.push(year);
  return (
    <>
      <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={yearId}>Fiscal year</label>
        <select
          id={yearId}
          value={year ?? ''}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.value) next.set('year', event.target.value);
            else next.delete('year');
            setParams(next, { replace: true });
          }}
        >
          <option value="">The current fiscal year</option>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </form>
      <Async query={cohort} what="the onboarding cohorts">
        {(data) => <CohortView cohort={data} />}
      </Async>
    </>
  );
}

function stateText(state: CohortState) {
  if (state.kind === 'open')
    return `Still open: read from ${state.closesOn}, once its new hires have had 14 days`;
  if (state.kind === 'suppressed') return <WithheldNote figure={state} noun="new hires" />;
  return `${state.n} new hires`;
}

function CohortView({ cohort }: { cohort: OnboardingCohort }) {
  const { year } = cohort;
  return (
    <>
      <p className="muted">
        Fiscal year {cohort.fiscalYear}, read on {cohort.asOf}. “Productive” is a first merged pull request
        within 14 days of the first day.
      </p>
      {cohort.note ? <p className="privacy-note">{cohort.note}</p> : null}
      <dl className="figures">
        <div>
          <dt>
            Productive within {year.kind === 'shown' ? year.productiveWithin.days : 14} days, fiscal year
          </dt>
          <dd>{year.kind === 'shown' ? formatValue(year.productiveWithin.value, 'fraction') : '—'}</dd>
          <dd className="figure-note">
            {year.kind === 'shown'
              ? `${year.productiveWithin.numerator} of ${year.productiveWithin.denominator}; target ${formatValue(year.productiveWithin.target, 'fraction')}, ${year.productiveWithin.meetsTarget ? 'met' : 'not met'}`
              : stateText(year)}
          </dd>
        </div>
        <div>
          <dt>Median days to first merged pull request</dt>
          <dd>
            {year.kind === 'shown' && year.medianDaysToFirstPullRequest.kind === 'value'
              ? formatValue(year.medianDaysToFirstPullRequest.days)
              : '—'}
          </dd>
          <dd className="figure-note">
            {year.kind !== 'shown'
              ? stateText(year)
              : year.medianDaysToFirstPullRequest.kind === 'value'
                ? `over ${year.medianDaysToFirstPullRequest.n} new hires`
                : `Not enough data: ${year.medianDaysToFirstPullRequest.needs}`}
          </dd>
        </div>
      </dl>
      <Table
        caption={`Onboarding cohorts of fiscal year ${cohort.fiscalYear}`}
        rows={cohort.quarters}
        rowKey={(row) => row.quarter}
        columns={[
          { header: 'Cohort', cell: (row) => `${row.quarter} (first days ${row.from} to ${row.to})` },
          { header: 'New hires', cell: (row) => stateText(row.state) },
          {
            header: 'Productive within 14 days',
            numeric: true,
            cell: (row) =>
              row.state.kind === 'shown'
                ? `${formatValue(row.state.productiveWithin.value, 'fraction')} (${row.state.productiveWithin.meetsTarget ? 'meets' : 'below'} target ${formatValue(row.state.productiveWithin.target, 'fraction')})`
                : '—',
          },
          {
            header: 'Median days to first pull request',
            numeric: true,
            cell: (row) =>
              row.state.kind === 'shown' && row.state.medianDaysToFirstPullRequest.kind === 'value'
                ? formatValue(row.state.medianDaysToFirstPullRequest.days)
                : '—',
          },
        ]}
      />
    </>
  );
}
