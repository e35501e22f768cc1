/**
 * The records behind one figure (`/metrics/dora.change-lead-time?scope=…&from=…&to=…`): the metric's
 * definition, its result for the scope and window, and every record it counted, so a leader can check a
 * number against the deployments, pull requests or work items it came from.
 */
import { Link, useParams } from 'react-router';
import { Band, formatMetric, type MetricResult } from '../components/metric-figure';
import { PageHeader, Section } from '../components/section';
import { Async, Empty } from '../components/states';
import { filterParams, useFilterSearch, useFilters } from '../filters';
import { formatCount } from '../format';
import { useApi } from '../hooks';
import type { ExplainedRecord } from './records/describe-record';
import { RecordsTable } from './records/records-table';
import {
  describeScope,
  describeWindow,
  type ScopeAnswer,
  type WindowAnswer,
} from './records/scope-window-text';

interface Explanation {
  definition: { id: string; title: string; description: string; unit: string; direction: string };
  family: string;
  report: { command: string; api: string };
  scope: ScopeAnswer;
  window: WindowAnswer;
  result: MetricResult | null;
  records: ExplainedRecord[];
}

/** Where the dashboard shows each family's figures. */
const FAMILY_PAGES: Record<string, { path: string; label: string }> = {
  dora: { path: '/delivery', label: 'Delivery' },
  flow: { path: '/delivery', label: 'Delivery' },
  prs: { path: '/delivery', label: 'Delivery' },
  builds: { path: '/delivery', label: 'Delivery' },
  incidents: { path: '/reliability', label: 'Reliability' },
  slos: { path: '/reliability', label: 'Reliability' },
  oncall: { path: '/reliability', label: 'Reliability' },
};

const DIRECTIONS: Record<string, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  neutral: 'Neither higher nor lower is better',
};

export default function RecordsPage() {
  const metric = useParams().metric ?? '';
  const [filters] = useFilters();
  const explanation = useApi<Explanation>(
    `/api/metrics/explain/${encodeURIComponent(metric)}`,
    filterParams(filters),
  );
  const title = explanation.data?.definition.title ?? metric;
  return (
    <>
      <PageHeader title={title}>
        {explanation.data ? (
          <p>
            The records behind this figure for {describeScope(explanation.data.scope)},{' '}
            {describeWindow(explanation.data.window)}.
          </p>
        ) : null}
      </PageHeader>
      <Async query={explanation} what="the records behind this figure">
        {(data) => <Explained data={data} />}
      </Async>
    </>
  );
}

function Explained({ data }: { data: Explanation }) {
  const search = useFilterSearch();
  const page = FAMILY_PAGES[data.family];
  return (
    <>
      <div className="grid">
        <Section id="definition" title="Definition">
          <p>{data.definition.description}</p>
          <dl className="facts">
            <div>
              <dt>Metric</dt>
              <dd>
                <code>{data.definition.id}</code>
              </dd>
            </div>
            <div>
              <dt>Direction</dt>
              <dd>{DIRECTIONS[data.definition.direction] ?? data.definition.direction}</dd>
            </div>
            <div>
              <dt>Also reported by</dt>
              <dd>
                <code>{data.report.command}</code> and <code>{data.report.api}</code>
              </dd>
            </div>
          </dl>
          {page ? (
            <p>
              <Link to={`${page.path}${search}`}>
                See this figure among the others on the {page.label} page
              </Link>
            </p>
          ) : null}
        </Section>
        <Section id="result" title="Result">
          <Result data={data} />
        </Section>
      </div>
      <div className="grid grid-next">
        <Section id="records" title="Records" wide>
          {data.result === null ? (
            <Empty>
              The {data.family} report lists the records behind its figures: run{' '}
              <code>{data.report.command}</code> or read <code>{data.report.api}</code>.
            </Empty>
          ) : (
            <RecordsTable
              records={data.records}
              title={data.definition.title}
              empty={
                data.result.kind === 'insufficient-data'
                  ? `No records yet: this figure needs ${data.result.needs}.`
                  : 'No records fall in this scope and window. Widen the window or choose another scope above.'
              }
            />
          )}
        </Section>
      </div>
    </>
  );
}

function Result({ data }: { data: Explanation }) {
  const { result, definition } = data;
  if (result === null)
    return (
      <Empty>
        Sextant computes this figure in the {data.family} report rather than here: run{' '}
        <code>{data.report.command}</code> or read <code>{data.report.api}</code>.
      </Empty>
    );
  if (result.kind === 'insufficient-data')
    return (
      <p className="metric-needs" data-testid="metric-needs">
        Not enough data for this scope and window: needs {result.needs}.
      </p>
    );
  const unit = definition.unit;
  const figures: [string, string][] = [];
  if (result.value !== undefined) figures.push(['Value', formatMetric(result.value, unit)]);
  if (result.perWeek !== undefined) figures.push(['Per week', formatMetric(result.perWeek, 'count')]);
  if (result.median !== undefined) figures.push(['Median', formatMetric(result.median, unit)]);
  if (result.p90 !== undefined) figures.push(['90th percentile', formatMetric(result.p90, unit)]);
  if (result.p95 !== undefined) figures.push(['95th percentile', formatMetric(result.p95, unit)]);
  if (result.numerator !== undefined && result.denominator !== undefined)
    figures.push(['Counted', `${formatCount(result.numerator)} of ${formatCount(result.denominator)}`]);
  figures.push(['Observations (n)', formatCount(result.n)]);
  return (
    <>
      <dl className="figures" aria-label={`${definition.title}: result`}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.band ? (
        <p>
          <Band band={result.band} />
        </p>
      ) : null}
    </>
  );
}
