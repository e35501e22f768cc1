/**
 * One KPI (`/kpis/delivery.change-lead-time`): its figure against the target, how it got there period by
 * period, what it means and who owns it, and the way down to the records behind the figure. A KPI without
 * data says what source would feed it; a withheld one says why.
 */
import { Link, useParams } from 'react-router';
import { formatMetric } from '../components/metric-figure';
import { PageHeader, Section, Status } from '../components/section';
import { Async } from '../components/states';
import { useFilterSearch } from '../filters';
import { shortRef, titleCase } from '../format';
import { useApi } from '../hooks';
import type { KpiCard } from '../types';
import { KpiRecords } from './kpi/kpi-records';
import { KpiTrend } from './kpi/kpi-trend';

const TREND_WORDS: Record<string, string> = {
  improving: 'Improving',
  worsening: 'Getting worse',
  flat: 'Flat',
  unknown: 'Not enough periods to tell',
};

const DIRECTION_WORDS: Record<string, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
};

export default function KpiPage() {
  const id = useParams().id ?? '';
  const card = useApi<KpiCard>(`/api/kpis/${encodeURIComponent(id)}`);
  const search = useFilterSearch();
  return (
    <>
      <p className="muted">
        <Link to={`/${search}`}>Overview</Link> › KPI
      </p>
      <Async query={card} what="the KPI">
        {(data) => <Kpi card={data} />}
      </Async>
    </>
  );
}

function Kpi({ card }: { card: KpiCard }) {
  return (
    <>
      <PageHeader title={card.title}>
        <p>
          {titleCase(card.section)} KPI, read {card.frequency}. <Status value={card.status} />
        </p>
      </PageHeader>
      <div className="grid">
        <Section id="figure" title="Current figure">
          <CurrentFigure card={card} />
        </Section>
        <Section id="definition" title="Definition">
          <p>{card.definition}</p>
          <dl className="facts">
            <div>
              <dt>Owner</dt>
              <dd>{shortRef(card.owner)}</dd>
            </div>
            <div>
              <dt>Concern</dt>
              <dd>
                <code>{card.concern}</code>
              </dd>
            </div>
            <div>
              <dt>Source</dt>
              <dd>{card.source}</dd>
            </div>
            <div>
              <dt>Direction</dt>
              <dd>{DIRECTION_WORDS[card.direction] ?? card.direction}</dd>
            </div>
            <div>
              <dt>Target set by</dt>
              <dd>
                {card.target?.source === 'workspace'
                  ? 'this workspace (sextant.yaml)'
                  : 'Sextant’s reference'}
              </dd>
            </div>
          </dl>
        </Section>
      </div>
      <div className="grid grid-next">
        <Section id="trend" title="Trend" wide>
          {card.status === 'withheld' ? (
            <p className="state state-empty">The trend is withheld with the figure.</p>
          ) : (
            <KpiTrend card={card} />
          )}
        </Section>
        <Section id="records" title="Records behind this figure" wide>
          <KpiRecords card={card} />
        </Section>
      </div>
    </>
  );
}

function CurrentFigure({ card }: { card: KpiCard }) {
  if (card.status === 'withheld')
    return (
      <div className="state state-empty" data-testid="kpi-withheld">
        <p>Your role may not read this figure{card.withheldReason ? `: it ${card.withheldReason}` : ''}.</p>
        <p>Sign in with a role that holds that capability to see it.</p>
      </div>
    );
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{card.period ? `Value, ${card.period.label}` : 'Value'}</dt>
          <dd data-testid="kpi-value">
            {card.value === null ? 'No data' : formatMetric(card.value, card.unit)}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{card.target?.value == null ? 'None set' : formatMetric(card.target.value, card.unit)}</dd>
        </div>
        <div>
          <dt>Trend</dt>
          <dd>{TREND_WORDS[card.trendDirection] ?? card.trendDirection}</dd>
        </div>
      </dl>
      {card.target ? <p className="muted">Target: {card.target.text}</p> : null}
      {card.period ? (
        <p className="muted">
          Period: {card.period.from} to {card.period.to}
        </p>
      ) : null}
      {card.status === 'no-data' ? (
        <p className="metric-needs" data-testid="kpi-needs">
          No figure yet. To read this KPI, Sextant needs{' '}
          {card.needs ?? 'data from its source for this period'}.
        </p>
      ) : null}
    </>
  );
}
