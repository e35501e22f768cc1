/**
 * The morning view: every KPI against its target and the findings that wait for a decision. An empty
 * workspace gets the steps to its first data instead.
 */
import { Link } from 'react-router';
import { PageHeader, Section, Status } from '../components/section';
import { Sparkline } from '../components/sparkline';
import { Async } from '../components/states';
import { useFilterSearch } from '../filters';
import { formatValue, shortRef, titleCase } from '../format';
import { useApi, useList } from '../hooks';
import type { Finding, KpiCard, KpiScorecard, Page } from '../types';

interface Health {
  workspace: { org: string };
  observed?: { hasRecords: boolean };
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];

export function Overview() {
  const health = useApi<Health>('/api/health');
  const kpis = useApi<KpiScorecard>('/api/kpis');
  const findings = useList<Page<Finding>>('/api/findings');
  const search = useFilterSearch();
  const empty = health.data?.observed?.hasRecords === false;
  return (
    <>
      <PageHeader title={health.data ? `${health.data.workspace.org}: overview` : 'Overview'}>
        {kpis.data ? (
          <p>Key performance indicators as of {kpis.data.asOf}, and the open findings of the advisor.</p>
        ) : null}
      </PageHeader>
      {empty ? <FirstSource /> : null}
      <div className="grid">
        <Section id="scorecard" title="KPI scorecard" wide>
          <Async query={kpis} what="the KPI scorecard">
            {(scorecard) => <Scorecard scorecard={scorecard} search={search} />}
          </Async>
        </Section>
        <Section id="findings" title="Open findings" wide>
          <Async query={findings} what="the findings">
            {(page) => <FindingList findings={page.items} search={search} />}
          </Async>
        </Section>
      </div>
    </>
  );
}

function FirstSource() {
  return (
    <section className="panel onboarding" aria-labelledby="first-source-title">
      <h2 id="first-source-title">Connect your first source</h2>
      <p>This workspace has a model of the organization but no observed data yet. To see figures here:</p>
      <ol>
        <li>
          Declare a source in <code>sextant.yaml</code> (git, GitHub, GitLab, Jira, PagerDuty or CI) and run{' '}
          <code>sextant sync</code>, or
        </li>
        <li>
          load a local repository with <code>sextant ingest git &lt;path&gt; --service &lt;name&gt;</code>, or
        </li>
        <li>
          import exported records with <code>sextant ingest files deployments.csv</code>.
        </li>
      </ol>
      <p>
        To look around first, <code>sextant demo demo-org</code> creates an example organization with a year
        of activity.
      </p>
    </section>
  );
}

function Scorecard({ scorecard, search }: { scorecard: KpiScorecard; search: string }) {
  const sections = [...new Set(scorecard.kpis.map((card) => card.section))];
  return (
    <>
      <ul className="counts" aria-label="KPIs by status">
        {Object.entries(scorecard.counts).map(([status, count]) => (
          <li key={status}>
            <Status value={status} /> <strong>{count}</strong>
          </li>
        ))}
      </ul>
      {sections.map((section) => (
        <div key={section} className="kpi-section">
          <h3>{titleCase(section)}</h3>
          <ul className="tiles">
            {scorecard.kpis
              .filter((card) => card.section === section)
              .map((card) => (
                <li key={card.id}>
                  <KpiTile card={card} search={search} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function KpiTile({ card, search }: { card: KpiCard; search: string }) {
  return (
    <Link className={`tile tile-${card.status}`} to={`/kpis/${encodeURIComponent(card.id)}${search}`}>
      <span className="tile-title">{card.title}</span>
      <span className="tile-value">
        {card.status === 'withheld' ? 'withheld' : formatValue(card.value, card.unit)}
      </span>
      <Sparkline values={card.trend.map((point) => point.value)} />
      <span className="tile-target">{card.target ? `Target: ${card.target.text}` : 'No target'}</span>
      <Status value={card.status} />
    </Link>
  );
}

function FindingList({ findings, search }: { findings: Finding[]; search: string }) {
  if (findings.length === 0)
    return <p className="state state-empty">No open findings: nothing waits for a decision.</p>;
  const sorted = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.title.localeCompare(b.title),
  );
  return (
    <ul className="findings">
      {sorted.map((finding) => (
        <li key={finding.id}>
          <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>
          <Link to={`/findings/${encodeURIComponent(finding.id)}${search}`}>{finding.title}</Link>
          <span className="muted">
            {shortRef(finding.owner)} · since {finding.firstSeen}
          </span>
        </li>
      ))}
    </ul>
  );
}
