/**
 * Attrition and promotions: leavers and promotions over the window as annualized rates, by quarter, and
 * attrition broken down by team or tenure (`?by=` in the address). Reads /api/attrition and
 * /api/attrition/promotions over the chosen window. A group under the minimum size is withheld by the server.
 */
import { type ReactNode, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { Table } from '../../components/table';
import { useFilters } from '../../filters';
import { formatValue } from '../../format';
import { useApi } from '../../hooks';
import { groupLabel, WithheldNote } from './privacy';
import type { AttritionFigure, AttritionSummary, PromotionFigure, PromotionSummary, Withheld } from './types';

type Split = 'team' | 'tenure';

export function AttritionView() {
  const [filters] = useFilters();
  const [params, setParams] = useSearchParams();
  const by: Split = params.get('by') === 'tenure' ? 'tenure' : 'team';
  const span = { from: filters.from, to: filters.to };
  const attrition = useApi<AttritionSummary>('/api/attrition', { ...span, by });
  const promotions = useApi<PromotionSummary>('/api/attrition/promotions', span);
  const byId = useId();
  return (
    <>
      <Async query={attrition} what="attrition">
        {(data) => (
          <>
            <p className="muted">
              From {data.window.from} to {data.window.to}. Rates are annualized: leavers (or promotions) per
              average headcount, scaled to a year.
            </p>
            <Headline figure={data.scope} />
          </>
        )}
      </Async>
      <Async query={promotions} what="promotions">
        {(data) => <PromotionHeadline figure={data.scope} />}
      </Async>
      <h3>By quarter</h3>
      {attrition.data && promotions.data ? (
        <TrendView attrition={attrition.data} promotions={promotions.data} />
      ) : null}
      <h3>Attrition by {by}</h3>
      <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={byId}>Break down by</label>
        <select
          id={byId}
          value={by}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            next.set('by', event.target.value);
            setParams(next, { replace: true });
          }}
        >
          <option value="team">Team</option>
          <option value="tenure">Tenure</option>
        </select>
      </form>
      {attrition.data?.breakdown ? (
        <Table
          caption={`Attrition by ${by}`}
          rows={attrition.data.breakdown.cells}
          rowKey={(row) => row.key}
          columns={[
            {
              header: by === 'team' ? 'Team' : 'Tenure',
              cell: (row) => (by === 'team' ? row.label : groupLabel(row.key)),
            },
            {
              header: 'Average headcount',
              numeric: true,
              cell: (row) => shown(row.figure, (f) => formatValue(f.averageHeadcount)),
            },
            {
              header: 'Leavers',
              numeric: true,
              cell: (row) => shown(row.figure, (f) => f.leavers.all.count, true),
            },
            {
              header: 'Annualized attrition',
              numeric: true,
              cell: (row) =>
                shown(row.figure, (f) => formatValue(f.leavers.all.annualizedRate, 'fraction'), true),
            },
            {
              header: 'Regrettable leavers',
              numeric: true,
              cell: (row) =>
                shown(row.figure, (f) => f.leavers.regrettable?.count ?? 'not given to your role', true),
            },
          ]}
        />
      ) : null}
    </>
  );
}

type Figure<T> = ({ kind: 'shown'; n: number } & T) | Withheld | { kind: 'insufficient-data'; needs: string };

/**
 * A group's figure read by `read`, or why it is not there: withheld by the server, or not enough data. A row
 * says why once; its other cells are `quiet` and show a dash.
 */
function shown<T>(figure: Figure<T>, read: (figure: T) => ReactNode, quiet = false): ReactNode {
  if (figure.kind === 'shown') return read(figure);
  if (quiet) return '—';
  if (figure.kind === 'suppressed') return <WithheldNote figure={figure} noun="people" />;
  return `Not enough data: ${figure.needs}`;
}

function Headline({ figure }: { figure: AttritionFigure }) {
  if (figure.kind === 'suppressed')
    return (
      <p className="state state-empty">
        <WithheldNote figure={figure} noun="people" />.
      </p>
    );
  if (figure.kind === 'insufficient-data')
    return <p className="state state-empty">Not enough data for attrition: {figure.needs}.</p>;
  const { leavers } = figure;
  return (
    <dl className="figures">
      <div>
        <dt>Annualized attrition</dt>
        <dd>{formatValue(leavers.all.annualizedRate, 'fraction')}</dd>
        <dd className="figure-note">
          {leavers.all.count} leavers, average headcount {formatValue(figure.averageHeadcount)}
        </dd>
      </div>
      {leavers.regrettable ? (
        <div>
          <dt>Regrettable attrition</dt>
          <dd>{formatValue(leavers.regrettable.annualizedRate, 'fraction')}</dd>
          <dd className="figure-note">{leavers.regrettable.count} regrettable leavers</dd>
        </div>
      ) : null}
      {leavers.voluntary && leavers.involuntary ? (
        <div>
          <dt>Voluntary attrition</dt>
          <dd>{formatValue(leavers.voluntary.annualizedRate, 'fraction')}</dd>
          <dd className="figure-note">
            {leavers.voluntary.count} voluntary, {leavers.involuntary.count} involuntary
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function PromotionHeadline({ figure }: { figure: PromotionFigure }) {
  return (
    <dl className="figures">
      <div>
        <dt>Annualized promotion rate</dt>
        <dd>{figure.kind === 'shown' ? formatValue(figure.annualizedRate, 'fraction') : '—'}</dd>
        <dd className="figure-note">
          {figure.kind === 'shown' ? (
            `${figure.promotions} promotions`
          ) : figure.kind === 'suppressed' ? (
            <WithheldNote figure={figure} noun="people" />
          ) : (
            `Not enough data: ${figure.needs}`
          )}
        </dd>
      </div>
    </dl>
  );
}

function TrendView({ attrition, promotions }: { attrition: AttritionSummary; promotions: PromotionSummary }) {
  const rows = useMemo(
    () =>
      attrition.trend.map((point) => ({
        quarter: point.quarter,
        window: point.window,
        attrition: point.figure,
        promotion: promotions.trend.find((other) => other.quarter === point.quarter)?.figure,
      })),
    [attrition, promotions],
  );
  const option = useMemo(
    () => ({
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      legend: { top: 0 },
      // A named font: ECharts measures text with it (`inherit` measures wrong and labels overlap).
      tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => formatValue(value, 'percent') },
      xAxis: { type: 'category', data: rows.map((row) => row.quarter) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: 'Annualized attrition',
          type: 'bar',
          data: rows.map((row) =>
            row.attrition.kind === 'shown' ? row.attrition.leavers.all.annualizedRate * 100 : null,
          ),
        },
        {
          name: 'Annualized promotion rate',
          type: 'bar',
          data: rows.map((row) =>
            row.promotion?.kind === 'shown' ? row.promotion.annualizedRate * 100 : null,
          ),
        },
      ],
    }),
    [rows],
  );
  if (rows.length === 0) return <p className="state state-empty">No quarter falls in this window.</p>;
  return (
    <>
      <Chart option={option} label="Annualized attrition and promotion rate by quarter" height={240} />
      <Table
        caption="Attrition and promotions by quarter"
        rows={rows}
        rowKey={(row) => row.quarter}
        columns={[
          { header: 'Quarter', cell: (row) => `${row.quarter} (${row.window.from} to ${row.window.to})` },
          {
            header: 'Leavers',
            numeric: true,
            cell: (row) => shown(row.attrition, (f) => f.leavers.all.count),
          },
          {
            header: 'Annualized attrition',
            numeric: true,
            cell: (row) =>
              shown(row.attrition, (f) => formatValue(f.leavers.all.annualizedRate, 'fraction'), true),
          },
          {
            header: 'Promotions',
            numeric: true,
            cell: (row) => (row.promotion ? shown(row.promotion, (f) => f.promotions) : '—'),
          },
          {
            header: 'Annualized promotion rate',
            numeric: true,
            cell: (row) =>
              row.promotion
                ? shown(row.promotion, (f) => formatValue(f.annualizedRate, 'fraction'), true)
                : '—',
          },
        ]}
      />
    </>
  );
}
