/**
 * Each SLO against its objective: attainment over its rolling window, the error budget left (as bars, with
 * the numbers in the table), how fast the budget burns and whether a burn-rate alert fires. SLOs without
 * indicator data say how to get it instead of showing a figure.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { type Column, Table } from '../../components/table';
import { formatValue } from '../../format';
import type { SloReport } from './types';

const precise = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

/** Attainment with the precision SLOs are set in: 99.969%, never a rounded 100%. */
function formatAttainment(value: number): string {
  return `${precise.format(value * 100)}%`;
}

const POLICY: Record<string, { label: string; status: string }> = {
  ok: { label: 'ok', status: 'healthy' },
  'at-risk': { label: 'at risk', status: 'at-risk' },
  exhausted: { label: 'budget exhausted', status: 'breached' },
};

function remaining(slo: SloReport): number | null {
  const budget = slo.status?.budget;
  return budget?.kind === 'value' && budget.remaining !== undefined ? budget.remaining : null;
}

function name(slo: SloReport): string {
  return `${slo.service} ${slo.slo}`;
}

function burn(slo: SloReport, window: string): string {
  const rate = slo.status?.burnRates[window];
  return rate?.kind === 'value' && rate.value !== undefined ? `${formatValue(rate.value)}×` : '—';
}

const COLUMNS: Column<SloReport>[] = [
  { header: 'Service', cell: (slo) => slo.service },
  {
    header: 'SLO',
    cell: (slo) => `${slo.slo} (${formatValue(slo.target, 'fraction')} over ${slo.windowDays} days)`,
  },
  {
    header: 'Attainment',
    numeric: true,
    cell: (slo) => {
      const attainment = slo.status?.attainment;
      if (!slo.status) return <span className="muted">no SLI data</span>;
      return attainment?.kind === 'value' && attainment.value !== undefined
        ? formatAttainment(attainment.value)
        : 'not enough data';
    },
  },
  {
    header: 'Error budget left',
    cell: (slo) => {
      const left = remaining(slo);
      if (left === null) return '—';
      const width = Math.max(0, Math.min(1, left)) * 100;
      return (
        <>
          <span className={left < 0.25 ? 'meter meter-low' : 'meter'} aria-hidden="true">
            <span style={{ width: `${width}%` }} />
          </span>
          {formatValue(left, 'fraction')}
        </>
      );
    },
  },
  { header: 'Burn 1 h', numeric: true, cell: (slo) => burn(slo, '1h') },
  { header: 'Burn 1 d', numeric: true, cell: (slo) => burn(slo, '1d') },
  {
    header: 'Alerts firing',
    cell: (slo) => {
      const firing = slo.status?.alerts.filter((alert) => alert.firing) ?? [];
      return firing.length ? firing.map((alert) => alert.name).join(', ') : 'none';
    },
  },
  {
    header: 'Policy',
    cell: (slo) => {
      const state = slo.status?.policy.state;
      if (!state) return '—';
      const policy = POLICY[state] ?? { label: state, status: 'unknown' };
      return <span className={`status status-${policy.status}`}>{policy.label}</span>;
    },
  },
];

/** SLOs with the least budget left first; those without data last. */
export function orderSlos(slos: SloReport[]): SloReport[] {
  return [...slos].sort(
    (a, b) =>
      (remaining(a) ?? Number.POSITIVE_INFINITY) - (remaining(b) ?? Number.POSITIVE_INFINITY) ||
      name(a).localeCompare(name(b)),
  );
}

export function SlosSection({ slos }: { slos: SloReport[] }) {
  const ordered = orderSlos(slos);
  const measured = ordered.filter((slo) => remaining(slo) !== null);
  const missing = ordered.length - measured.length;
  return (
    <>
      {measured.length > 0 ? <BudgetChart slos={measured} /> : null}
      {missing > 0 ? (
        <p className="muted">
          {missing} of {ordered.length} SLOs have no indicator data yet. Import per-minute SLI samples with{' '}
          <code>sextant slos import</code> or post them to <code>/api/slos/:service/:slo/sli</code>.
        </p>
      ) : null}
      <Table
        caption="SLOs and error budgets, least budget left first"
        columns={COLUMNS}
        rows={ordered}
        rowKey={(slo) => `${slo.service}/${slo.slo}`}
        pageSize={30}
        empty="No SLOs declared for this scope. Declare them under the service in model/services.yaml (slos:), then import their SLI data."
      />
    </>
  );
}

function BudgetChart({ slos }: { slos: SloReport[] }) {
  const option = useMemo(() => {
    const rows = [...slos].reverse();
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => `${value}%`,
      },
      grid: { left: 190, right: 40, top: 16, bottom: 28 },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: '{value}%' },
        min: (extent: { min: number }) => Math.min(0, Math.floor(extent.min / 25) * 25),
        max: 100,
      },
      yAxis: { type: 'category', data: rows.map(name) },
      series: [
        {
          type: 'bar',
          name: 'Error budget left',
          barMaxWidth: 18,
          data: rows.map((slo) => {
            const left = remaining(slo) ?? 0;
            return {
              value: Math.round(left * 1000) / 10,
              itemStyle: { color: left < 0 ? PALETTE[1] : left < 0.25 ? PALETTE[4] : PALETTE[0] },
            };
          }),
        },
      ],
    };
  }, [slos]);
  return (
    <Chart
      option={option}
      label="Error budget left by SLO, in percent"
      height={Math.max(140, slos.length * 30 + 50)}
    />
  );
}
