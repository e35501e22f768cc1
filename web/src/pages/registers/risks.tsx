/**
 * The risk register: where the risks sit on the 5×5 matrix of likelihood and impact, before mitigation
 * (inherent) and after it (residual), and the register itself. Cells are shaded by the level their score
 * falls in and labelled with the count and the risks in them; the table carries every position as text.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { ReviewDate, Status } from '../../components/section';
import { Table } from '../../components/table';
import { titleCase } from '../../format';
import { scopeNote } from './scope';
import type { Assessment, HeatMap, Risk, RiskList } from './types';

/** Cell shades per level, light enough for dark text (the critical one carries white text). */
const LEVEL_SHADES: Record<string, { fill: string; text: string }> = {
  low: { fill: '#e3f3e9', text: '#1d6b3f' },
  medium: { fill: '#fdf3d3', text: '#7a5a00' },
  high: { fill: '#f6c9bb', text: '#7d1d0c' },
  critical: { fill: '#7d1d0c', text: '#ffffff' },
};

function levelOf(score: number): string {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** The heat map of the risks shown (closed ones are left out, as the server's map does). */
function mapOf(risks: Risk[]): Pick<HeatMap, 'inherent' | 'residual' | 'inherentIds' | 'residualIds'> {
  const grid = <T,>(make: () => T) => Array.from({ length: 5 }, () => Array.from({ length: 5 }, make));
  const map = {
    inherent: grid(() => 0),
    residual: grid(() => 0),
    inherentIds: grid((): string[] => []),
    residualIds: grid((): string[] => []),
  };
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    for (const kind of ['inherent', 'residual'] as const) {
      const at = risk[kind];
      const row = map[kind][at.likelihood - 1];
      const ids = map[`${kind}Ids`][at.likelihood - 1]?.[at.impact - 1];
      if (row) row[at.impact - 1] = (row[at.impact - 1] ?? 0) + 1;
      ids?.push(risk.id);
    }
  }
  return map;
}

function heatOption(counts: number[][], ids: string[][][]) {
  const data = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++)
    for (let impact = 1; impact <= 5; impact++) {
      const count = counts[likelihood - 1]?.[impact - 1] ?? 0;
      const shade = LEVEL_SHADES[levelOf(likelihood * impact)] ?? LEVEL_SHADES.low;
      const here = ids[likelihood - 1]?.[impact - 1] ?? [];
      data.push({
        value: [impact - 1, likelihood - 1, count, likelihood * impact],
        label: {
          show: count > 0,
          color: shade?.text,
          fontWeight: 600,
          formatter: `${count}\n${here.join(', ')}`,
          fontSize: 11,
          lineHeight: 15,
        },
      });
    }
  const scale = ['1', '2', '3', '4', '5'];
  return {
    tooltip: { show: false },
    grid: { left: 70, right: 10, top: 10, bottom: 50 },
    xAxis: {
      type: 'category',
      data: scale,
      name: 'Impact',
      nameLocation: 'middle',
      nameGap: 28,
      splitArea: { show: false },
    },
    yAxis: { type: 'category', data: scale, name: 'Likelihood', nameLocation: 'middle', nameGap: 40 },
    // ECharts draws a heat map only through a visual map: here it shades each cell by its score's level.
    visualMap: {
      show: false,
      type: 'piecewise',
      dimension: 3,
      seriesIndex: 0,
      pieces: [
        { gte: 20, color: LEVEL_SHADES.critical?.fill },
        { gte: 10, lt: 20, color: LEVEL_SHADES.high?.fill },
        { gte: 5, lt: 10, color: LEVEL_SHADES.medium?.fill },
        { lt: 5, color: LEVEL_SHADES.low?.fill },
      ],
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { disabled: true },
      },
    ],
  };
}

function position(assessment: Assessment) {
  return (
    <span className="nowrap">
      {assessment.likelihood} × {assessment.impact} = {assessment.score}{' '}
      <span className={`severity severity-${assessment.level}`}>{assessment.level}</span>
    </span>
  );
}

export function RisksPanel(props: {
  list: RiskList;
  heat: HeatMap;
  scope: string | undefined;
  team: string | undefined;
  /** How many risks the whole register holds. */
  whole: number | undefined;
}) {
  const { list, heat, scope } = props;
  const risks = list.items;
  const map = useMemo(() => (scope ? mapOf(risks) : heat), [scope, risks, heat]);
  const inherent = useMemo(() => heatOption(map.inherent, map.inherentIds), [map]);
  const residual = useMemo(() => heatOption(map.residual, map.residualIds), [map]);
  if (props.whole === 0)
    return (
      <p className="state state-empty">
        No risks in the register. Add them to <code>registers/risks.yaml</code> in the workspace: each with an
        owner, a likelihood and impact from 1 to 5, mitigations and a review date.
      </p>
    );
  const note = scopeNote(risks.length, props.whole, 'risks', props.team);
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Risks</dt>
          <dd>{list.counts.total}</dd>
        </div>
        <div>
          <dt>Reviews overdue</dt>
          <dd>{list.counts.reviewOverdue}</dd>
        </div>
        <div>
          <dt>Mitigations overdue</dt>
          <dd>{list.counts.overdueMitigations}</dd>
        </div>
        <div>
          <dt>Warning indicators breached</dt>
          <dd>{list.counts.breachedIndicators}</dd>
        </div>
      </dl>
      {note ? <p className="muted">{note}</p> : null}
      <div className="heat-pair">
        <figure>
          <figcaption>Inherent: before mitigation</figcaption>
          <Chart
            option={inherent}
            label="Risk heat map before mitigation: likelihood by impact, with the risks in each cell"
            height={320}
          />
        </figure>
        <figure>
          <figcaption>Residual: after mitigation</figcaption>
          <Chart
            option={residual}
            label="Risk heat map after mitigation: likelihood by impact, with the risks in each cell"
            height={320}
          />
        </figure>
      </div>
      <p className="muted">
        Cells are shaded by level: low (score below 5), medium (5 to 9), high (10 to 19), critical (20 and
        above). Closed risks are left out.
      </p>
      <Table
        caption="Risk register"
        rows={risks}
        rowKey={(row) => row.id}
        columns={[
          { header: 'ID', cell: (row) => <span className="nowrap">{row.id}</span> },
          { header: 'Risk', cell: (row) => row.title },
          { header: 'Category', cell: (row) => titleCase(row.category) },
          { header: 'Status', cell: (row) => <Status value={row.status} /> },
          { header: 'Owner', cell: (row) => row.owner?.name ?? '—' },
          { header: 'Inherent (L × I)', cell: (row) => position(row.inherent) },
          {
            header: 'Residual (L × I)',
            cell: (row) => (
              <>
                {position(row.residual)}
                {row.residual.assessed === false ? <span className="muted"> not assessed</span> : null}
              </>
            ),
          },
          {
            header: 'Mitigations',
            cell: (row) =>
              `${row.mitigations.length}${row.overdueMitigations ? `, ${row.overdueMitigations} overdue` : ''}`,
          },
          {
            header: 'Indicators',
            cell: (row) =>
              row.indicators.length
                ? `${row.indicators.length}${row.breachedIndicators ? `, ${row.breachedIndicators} breached` : ', none breached'}`
                : 'none',
          },
          {
            header: 'Review',
            cell: (row) => <ReviewDate date={row.reviewDate} overdue={row.reviewOverdue} />,
          },
        ]}
      />
    </>
  );
}
