/**
 * One survey round's results as the server gives them: per group, each question's mean score, the share of
 * favourable answers and the change since the previous round. One group reads as a table of questions;
 * several read as a heatmap of questions × groups beside a table with the same numbers.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Table } from '../../components/table';
import { formatValue, titleCase } from '../../format';
import { groupLabel, WithheldNote } from './privacy';
import type { EnpsFigure, SurveyGroup, SurveyItemResult, SurveyResults } from './types';

type ShownGroup = SurveyGroup & { figure: Extract<SurveyGroup['figure'], { kind: 'shown' }> };

const isShown = (group: SurveyGroup): group is ShownGroup => group.figure.kind === 'shown';

function signed(value: number | null): string {
  if (value === null) return '—';
  return value > 0 ? `+${formatValue(value)}` : value < 0 ? `−${formatValue(-value)}` : '0';
}

export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const shownGroups = results.groups.filter(isShown);
  const items = shownGroups[0]?.figure.items ?? [];
  return (
    <>
      <p className="privacy-note" id="survey-privacy">
        Groups with fewer than {results.minimum} respondents are withheld by the server and show as “Fewer
        than {results.minimum} respondents: not shown”. A larger group is withheld too when, beside the groups
        shown, it would give a smaller one away.
      </p>
      <p className="muted">
        {results.survey.title}, open {results.survey.opens} to {results.survey.closes}
        {results.previous ? `; changes are against ${results.previous.title}` : ''}.
      </p>
      <ul className="survey-groups" aria-label="Respondents per group">
        {results.groups.map((group) => (
          <li key={group.key}>
            <strong>{groupLabel(group.key)}:</strong>{' '}
            {group.figure.kind === 'shown' ? (
              `${group.figure.n} respondents`
            ) : (
              <WithheldNote figure={group.figure} noun="respondents" />
            )}
          </li>
        ))}
      </ul>
      {shownGroups.length === 0 ? (
        <p className="state state-empty">
          No group of this round is large enough to show. Choose a wider grouping, or wait until more people
          have answered.
        </p>
      ) : results.groups.length === 1 && shownGroups[0] ? (
        <OneGroup group={shownGroups[0]} />
      ) : (
        <ManyGroups groups={results.groups} items={items} />
      )}
    </>
  );
}

function OneGroup({ group }: { group: ShownGroup }) {
  const { items, enps } = group.figure;
  return (
    <>
      {enps ? <EnpsFigures enps={enps} /> : null}
      <Table
        caption={`Scores per question, ${groupLabel(group.key)}`}
        rows={items}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Question', cell: (row) => row.text },
          { header: 'Area', cell: (row) => (row.area ? titleCase(row.area) : '—') },
          {
            header: 'Mean score',
            numeric: true,
            cell: (row) =>
              row.figure.kind === 'value'
                ? `${formatValue(row.figure.mean)} of ${row.max}`
                : `Too few answers (needs ${row.figure.needs})`,
          },
          {
            header: 'Favourable',
            numeric: true,
            cell: (row) =>
              row.figure.kind === 'value' && row.figure.favourable !== null
                ? formatValue(row.figure.favourable, 'fraction')
                : '—',
          },
          {
            header: 'Change since last round',
            numeric: true,
            cell: (row) => (row.figure.kind === 'value' ? signed(row.figure.change) : '—'),
          },
          {
            header: 'Answered',
            numeric: true,
            cell: (row) => (row.figure.kind === 'value' ? row.figure.answered : '—'),
          },
        ]}
      />
    </>
  );
}

function EnpsFigures({ enps }: { enps: EnpsFigure }) {
  if (enps.kind !== 'value')
    return <p className="state state-empty">Too few answers for an eNPS (needs {enps.needs}).</p>;
  return (
    <dl className="figures">
      <div>
        <dt>Employee NPS</dt>
        <dd>{signed(enps.score)}</dd>
        <dd className="figure-note">from −100 to +100, {enps.answered} answers</dd>
      </div>
      <div>
        <dt>Promoters</dt>
        <dd>{formatValue(enps.promoters, 'fraction')}</dd>
      </div>
      <div>
        <dt>Passives</dt>
        <dd>{formatValue(enps.passives, 'fraction')}</dd>
      </div>
      <div>
        <dt>Detractors</dt>
        <dd>{formatValue(enps.detractors, 'fraction')}</dd>
      </div>
    </dl>
  );
}

function meanOf(group: SurveyGroup, itemId: string): number | null {
  if (group.figure.kind !== 'shown') return null;
  const figure = group.figure.items.find((item) => item.id === itemId)?.figure;
  return figure?.kind === 'value' ? figure.mean : null;
}

function ManyGroups({ groups, items }: { groups: SurveyGroup[]; items: SurveyItemResult[] }) {
  const charted = useMemo(() => groups.filter(isShown), [groups]);
  const withheld = groups.filter((group) => !isShown(group));
  const option = useMemo(() => {
    const scale = items[0] ?? { min: 1, max: 5 };
    const data = charted.flatMap((group, x) =>
      items.map((item, y) => ({ value: [x, y, meanOf(group, item.id) ?? '-'] })),
    );
    return {
      // A named font: ECharts measures text with it (`inherit` measures wrong and labels overlap).
      grid: { left: 150, right: 20, top: 10, bottom: 40 },
      tooltip: {
        formatter: (point: { value: [number, number, number | string] }) => {
          const [x, y, mean] = point.value;
          const group = charted[x];
          const label = group ? groupLabel(group.key) : '';
          return `${label}, ${items[y]?.text ?? ''}: ${typeof mean === 'number' ? formatValue(mean) : 'too few answers'}`;
        },
      },
      xAxis: {
        type: 'category',
        data: charted.map((group) => groupLabel(group.key)),
        axisLabel: { interval: 0, fontSize: 11 },
      },
      yAxis: { type: 'category', data: items.map((item) => titleCase(item.id)), inverse: true },
      visualMap: {
        show: false,
        min: scale.min,
        max: scale.max,
        inRange: { color: ['#f4c7bb', '#f7f7f7', '#bcdcc6'] },
      },
      series: [
        {
          name: 'Mean score',
          type: 'heatmap',
          data,
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          label: {
            show: true,
            color: '#1b2430',
            formatter: (point: { value: [number, number, number | string] }) =>
              typeof point.value[2] === 'number' ? formatValue(point.value[2]) : '',
          },
        },
      ],
    };
  }, [charted, items]);
  return (
    <>
      <Chart
        option={option}
        label="Survey results: mean score per question and group"
        height={Math.max(220, 34 * items.length + 60)}
      />
      {withheld.length > 0 ? (
        <p className="muted">
          Not in the chart, withheld by the server:{' '}
          {withheld.map((group) => groupLabel(group.key)).join(', ')}.
        </p>
      ) : null}
      <Table
        caption="Mean score per question and group"
        rows={items}
        rowKey={(row) => row.id}
        pageSize={50}
        columns={[
          { header: 'Question', cell: (row) => row.text },
          ...groups.map((group) => ({
            header: groupLabel(group.key),
            numeric: true,
            cell: (row: SurveyItemResult) => {
              if (group.figure.kind === 'suppressed') return <span className="withheld">not shown</span>;
              const mean = meanOf(group, row.id);
              return mean === null ? 'too few answers' : formatValue(mean);
            },
          })),
        ]}
      />
    </>
  );
}
