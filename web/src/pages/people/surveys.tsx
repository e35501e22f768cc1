/**
 * Surveys: the rounds (GET /api/surveys) and one round's results (GET /api/surveys/:id/results) for the
 * whole organization, per team or per tenure band, or for the team in scope. The chosen round and grouping
 * are `?survey=` and `?group=` in the address. Groups under the minimum number of respondents come back
 * withheld and are shown as such; nothing about them is worked out here.
 */
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { Async } from '../../components/states';
import { Table } from '../../components/table';
import { teamOf, useFilters } from '../../filters';
import { useApi, useList } from '../../hooks';
import type { Page } from '../../types';
import { groupLabel, WithheldNote } from './privacy';
import { SurveyResultsView } from './survey-results';
import type { SurveyListEntry, SurveyResults } from './types';

type Grouping = 'org' | 'team' | 'tenure';

const STATUS_CLASS: Record<SurveyListEntry['status'], string> = {
  closed: 'done',
  open: 'new',
  upcoming: 'unknown',
};

export function SurveysView() {
  const surveys = useList<Page<SurveyListEntry>>('/api/surveys');
  return (
    <Async query={surveys} what="the surveys">
      {(data) => <SurveyPicker surveys={data.items} />}
    </Async>
  );
}

/** The latest round that has closed, else the latest that has opened. */
function defaultSurvey(surveys: SurveyListEntry[]): SurveyListEntry | undefined {
  const byClose = [...surveys].sort((a, b) => b.closes.localeCompare(a.closes));
  return (
    byClose.find((survey) => survey.status === 'closed') ?? byClose.find((survey) => survey.status === 'open')
  );
}

function SurveyPicker({ surveys }: { surveys: SurveyListEntry[] }) {
  const [params, setParams] = useSearchParams();
  const [filters] = useFilters();
  const surveyId = useId();
  const groupId = useId();
  if (surveys.length === 0)
    return (
      <p className="state state-empty">
        No surveys yet. Declare a round in <code>surveys/&lt;id&gt;.yaml</code> and import its answers with{' '}
        <code>sextant sync</code> to see item scores here.
      </p>
    );
  const chosen = surveys.find((survey) => survey.id === params.get('survey')) ?? defaultSurvey(surveys);
  const team = teamOf(filters.scope);
  const grouping: Grouping = team
    ? 'org'
    : ((['team', 'tenure'] as const).find((by) => by === params.get('group')) ?? 'org');
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <>
      <Table
        caption="Survey rounds"
        rows={surveys}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Survey', cell: (row) => row.title },
          { header: 'Kind', cell: (row) => row.kind.toUpperCase() },
          { header: 'Open', cell: (row) => `${row.opens} to ${row.closes}` },
          {
            header: 'Status',
            cell: (row) => <span className={`status status-${STATUS_CLASS[row.status]}`}>{row.status}</span>,
          },
          { header: 'Questions', cell: (row) => row.items, numeric: true },
          {
            header: 'Respondents',
            numeric: true,
            cell: (row) =>
              row.respondents.kind === 'shown' ? (
                row.respondents.n
              ) : (
                <WithheldNote figure={row.respondents} noun="respondents" />
              ),
          },
        ]}
      />
      <h3>Results</h3>
      <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={surveyId}>Survey</label>
        <select
          id={surveyId}
          value={chosen?.id ?? ''}
          onChange={(event) => update('survey', event.target.value)}
        >
          {chosen ? null : <option value="">Choose a survey</option>}
          {surveys.map((survey) => (
            <option key={survey.id} value={survey.id}>
              {survey.title}
            </option>
          ))}
        </select>
        <label htmlFor={groupId}>Show</label>
        <select
          id={groupId}
          value={grouping}
          disabled={team !== undefined}
          aria-describedby={team ? `${groupId}-note` : undefined}
          onChange={(event) => update('group', event.target.value)}
        >
          <option value="org">{team ? groupLabel(team) : 'Whole organization'}</option>
          <option value="team">Each team</option>
          <option value="tenure">Each tenure band</option>
        </select>
        {team ? (
          <span id={`${groupId}-note`} className="muted">
            The scope above picks one team; choose the whole organization there to compare teams.
          </span>
        ) : null}
      </form>
      {chosen ? <Results surveyId={chosen.id} team={team} grouping={grouping} /> : null}
    </>
  );
}

function Results({
  surveyId,
  team,
  grouping,
}: {
  surveyId: string;
  team: string | undefined;
  grouping: Grouping;
}) {
  const results = useApi<SurveyResults>(`/api/surveys/${encodeURIComponent(surveyId)}/results`, {
    team,
    by: grouping === 'org' ? undefined : grouping,
  });
  return (
    <Async query={results} what="the survey results">
      {(data) => <SurveyResultsView results={data} />}
    </Async>
  );
}
