/**
 * The demo organization's OKRs over its observed incidents: the platform team's postmortem follow-through is
 * off track, repeated incidents are on track, and lint finds the returns-portal key result.
 */
import { describe, expect, it } from 'vitest';
import { bucketEnds, readMetricValue } from '../../src/services/metric-reading.service.js';
import { listOkrs, okrTree, showOkr } from '../../src/services/okrs.service.js';
import { runCli } from '../support/cli.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-okrs-');
const api = useDemoApi('pglite', demo);
const NOW = new Date('2026-11-23T18:00:00Z');
const asOf = { asOf: '2026-11-23' };

describe('the demo OKRs', () => {
  it('puts the platform team’s postmortem action items off track: 50 % closed on time against a 67 % baseline', async () => {
    const list = await listOkrs({ workspace: demo.workspace, store: api.store }, asOf, NOW);
    const kr = list.objectives
      .flatMap((objective) => objective.keyResults)
      .find((item) => item.id === 'kr-pe-action-items');
    expect(kr).toMatchObject({
      status: 'off-track',
      current: { value: 50, asOf: '2026-11-23' },
      baseline: 67,
      target: 90,
      source: 'metric',
      evidence: { n: 2 },
    });
    expect(kr?.progress).toBeCloseTo(-17 / 23, 6);
    expect(kr?.expected).toBeCloseTo(23 / 92, 6);
  });

  it('puts repeated incidents on track: none of this quarter’s incidents repeats a known cause', async () => {
    const detail = await showOkr(
      { workspace: demo.workspace, store: api.store },
      'kr-repeat-incidents',
      {},
      NOW,
    );
    expect(detail.kind).toBe('key-result');
    if (detail.kind !== 'key-result') return;
    expect(detail.keyResult).toMatchObject({ status: 'on-track', current: { value: 0 }, evidence: { n: 5 } });
    expect(detail.history.map((point) => point.to)).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(detail.history.at(-1)?.value).toBe(0);
  });

  it('cascades the off-track team key result up to the company objective', async () => {
    const tree = await okrTree({ workspace: demo.workspace, store: api.store }, asOf, NOW);
    const [company] = tree.roots;
    expect(company?.id).toBe('co-trusted-shopping');
    expect(company?.children.map((child) => child.id)).toEqual(['eng-flow', 'eng-reliability']);
    const reliability = company?.children[1];
    expect(reliability?.children.map((child) => child.id)).toEqual(['ck-fewer-errors', 'pe-follow-through']);
    expect(reliability?.children[1]?.rollUp.status).toBe('at-risk');
    expect(company?.rollUp.counts['off-track']).toBeGreaterThanOrEqual(1);
  });

  it('serves the list, the tree, the lint and one key result over the API', async () => {
    const list = await api.app.request('/api/okrs?quarter=2026-Q4&asOf=2026-11-23');
    expect(list.status).toBe(200);
    const body = (await list.json()) as { today: string; total: number; items: { id: string }[] };
    expect(body.today).toBe('2026-11-23');
    expect(body.items.map((item) => item.id)).toEqual([
      'co-trusted-shopping',
      'eng-reliability',
      'eng-flow',
      'pe-follow-through',
      'sf-faster-changes',
      'ck-fewer-errors',
    ]);
    const lint = (await (await api.app.request('/api/okrs/lint?asOf=2026-11-23')).json()) as {
      items: { rule: string; keyResult: string }[];
    };
    expect(
      lint.items.filter((item) => item.keyResult === 'kr-sf-returns-portal').map((item) => item.rule),
    ).toEqual(['binary-key-result', 'feature-as-key-result', 'stale-check-in']);
    const one = (await (await api.app.request('/api/okrs/kr-pe-action-items?asOf=2026-11-23')).json()) as {
      keyResult: { status: string };
    };
    expect(one.keyResult.status).toBe('off-track');
    expect((await api.app.request('/api/okrs/kr-nowhere')).status).toBe(404);
    expect((await api.app.request('/api/okrs?quarter=Q4')).status).toBe(400);
  });

  it('lists the lint findings with file and line on the command line', async () => {
    const result = await runCli(['-w', demo.dir, 'okrs', 'lint', '--as-of', '2026-11-23']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^okrs\/2026-Q4\.yaml:\d+:\d+ feature-as-key-result kr-sf-returns-portal: /m,
    );
    expect(result.stdout).toContain('stale-check-in kr-ck-errors: last check-in 19 days ago (2026-11-04)');
  });
});

describe('metric readings beyond the delivery families', () => {
  const context = () => ({ workspace: demo.workspace, store: api.store });
  const q3 = { from: '2026-08-01', to: '2026-10-31' };

  it('reads an incident response time for one severity', async () => {
    const reading = await readMetricValue(
      context(),
      { metric: 'incidents.time-to-resolve', severity: 'SEV-2', ...q3 },
      NOW,
    );
    expect(reading).toMatchObject({ kind: 'value', value: 19_758, statistic: 'median', n: 6 });
    expect(reading.metric.unit).toBe('seconds');
  });

  it('refuses a severity the metric does not know, naming the ones it does', async () => {
    await expect(
      readMetricValue(context(), { metric: 'incidents.time-to-resolve', severity: 'P1', ...q3 }, NOW),
    ).rejects.toThrow(/SEV-1, SEV-2, SEV-3, SEV-4/);
  });

  it('reads on-call load from the incidents’ responders', async () => {
    const reading = await readMetricValue(context(), { metric: 'oncall.pages-per-person-week', ...q3 }, NOW);
    expect(reading.kind).toBe('value');
    expect(reading.recordIds.length).toBeGreaterThan(0);
    expect(reading.recordIds.every((id) => id.startsWith('demo-pagerduty:'))).toBe(true);
  });

  it('says which data an SLO figure needs when the store holds no SLI samples', async () => {
    const service = demo.workspace.model.services.find((candidate) => candidate.slos.length > 0);
    const reading = await readMetricValue(
      context(),
      { metric: 'slos.attainment', scope: `service:${service?.name}`, slo: service?.slos[0]?.name, ...q3 },
      NOW,
    );
    expect(reading).toMatchObject({ kind: 'insufficient-data', n: 0 });
    expect(reading.kind === 'insufficient-data' && reading.needs).toContain('sextant slos import');
  });

  it('cuts a history at each Sunday and at the last day', () => {
    expect(bucketEnds('2026-11-01', '2026-11-23', 'week')).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(bucketEnds('2026-11-01', '2027-01-31', 'month')).toEqual([
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
    ]);
  });
});
