/**
 * Talent: the last talent review's 3×3 grid of performance × potential, as counts per box with the advice
 * for each, and the names behind each box folded away until asked for. Reads /api/talent/grid (`team` from
 * the scope), which needs people.talent: other roles get the server's refusal in this panel.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { Table } from '../../components/table';
import { teamOf, useFilters } from '../../filters';
import { shortRef, titleCase } from '../../format';
import { useApi } from '../../hooks';
import type { TalentGrid } from './types';

const LEVELS = ['low', 'medium', 'high'] as const;

export function TalentView() {
  const [filters] = useFilters();
  const grid = useApi<TalentGrid>('/api/talent/grid', { team: teamOf(filters.scope) });
  return (
    <Async query={grid} what="the talent grid">
      {(data) => <GridView grid={data} />}
    </Async>
  );
}

function GridView({ grid }: { grid: TalentGrid }) {
  const placed = grid.boxes.reduce((sum, box) => sum + box.people.length, 0);
  if (!grid.cycle || placed === 0)
    return (
      <p className="state state-empty">
        No one is placed on the grid{grid.team ? ` in ${shortRef(grid.team)}` : ''}. A talent review cycle in{' '}
        <code>registers/talent-review.yaml</code>, with ratings in <code>model/people-private.yaml</code>,
        fills it.
      </p>
    );
  return (
    <>
      <p className="muted">
        Talent review {grid.cycle.id} of {grid.cycle.date}
        {grid.team ? `, ${shortRef(grid.team)}` : ', whole organization'}: {placed} people placed, ratings
        from the {grid.ratingsSource}.
      </p>
      <GridChart grid={grid} />
      <Table
        caption="People per box of the talent grid"
        rows={grid.boxes}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Box', cell: (row) => titleCase(row.name) },
          { header: 'Performance', cell: (row) => titleCase(row.performance) },
          { header: 'Potential', cell: (row) => titleCase(row.potential) },
          { header: 'People', cell: (row) => row.people.length, numeric: true },
          { header: 'What helps', cell: (row) => row.advice },
        ]}
      />
      <details className="talent-names">
        <summary>Names in each box</summary>
        <ul>
          {grid.boxes
            .filter((box) => box.people.length > 0)
            .map((box) => (
              <li key={box.id}>
                <strong>{titleCase(box.name)}:</strong> {box.people.map((person) => person.name).join(', ')}
              </li>
            ))}
        </ul>
      </details>
      {grid.unplaced.length > 0 ? (
        <>
          <h3>Not placed</h3>
          <ul>
            {grid.unplaced.map((item) => (
              <li key={item.person.ref}>
                {item.person.name}: {item.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {grid.unmappedRatings.length > 0 ? (
        <p className="muted">
          Ratings with no band in the review's rating scale:{' '}
          {grid.unmappedRatings.map((item) => `“${item.rating}” (${item.people} people)`).join(', ')}.
        </p>
      ) : null}
    </>
  );
}

function GridChart({ grid }: { grid: TalentGrid }) {
  const option = useMemo(() => {
    const cells = grid.boxes.map((box) => ({
      value: [LEVELS.indexOf(box.performance), LEVELS.indexOf(box.potential), box.people.length],
      name: titleCase(box.name),
    }));
    const most = Math.max(1, ...grid.boxes.map((box) => box.people.length));
    return {
      // A named font: ECharts measures text with it (`inherit` measures wrong and labels overlap).
      grid: { left: 90, right: 20, top: 10, bottom: 50 },
      tooltip: {
        formatter: (item: { name: string; value: number[] }) => `${item.name}: ${item.value[2]} people`,
      },
      xAxis: {
        type: 'category',
        data: LEVELS.map((level) => titleCase(level)),
        name: 'Performance',
        nameLocation: 'middle',
        nameGap: 30,
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: LEVELS.map((level) => titleCase(level)),
        name: 'Potential',
        nameLocation: 'middle',
        nameGap: 60,
        splitArea: { show: true },
      },
      visualMap: { show: false, min: 0, max: most, inRange: { color: ['#f3f6fa', '#9dbde3'] } },
      series: [
        {
          name: 'People',
          type: 'heatmap',
          data: cells,
          itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
          label: {
            show: true,
            color: '#1b2430',
            formatter: (item: { name: string; value: number[] }) =>
              `{box|${item.name}}\n{count|${item.value[2]}}`,
            rich: {
              box: { fontSize: 12, lineHeight: 18, color: '#1b2430' },
              count: { fontSize: 18, fontWeight: 'bold', lineHeight: 26, color: '#1b2430' },
            },
          },
        },
      ],
    };
  }, [grid]);
  return (
    <Chart option={option} label="Talent grid: people per box of performance and potential" height={320} />
  );
}
