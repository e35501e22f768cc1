/**
 * The stored KPI scorecard on the synced demo: stored cards equal the ones read live, any change to a
 * source table or to the workspace makes the next read compute afresh, a write that changes nothing keeps
 * the stored cards, and people cards reach only the roles that may read them, each hand-over audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR, type Viewer } from '../../src/domain/privacy.js';
import { KPI_CATALOG } from '../../src/metrics/kpis.js';
import { type AppContext, withReadCache } from '../../src/services/context.js';
import { readKpiCard } from '../../src/services/kpi-card.js';
import { readKpi, readKpiScorecard, storeScorecard } from '../../src/services/kpis.service.js';
import { listAudit, queryRecords, readDataGeneration, upsertRecords } from '../../src/store/index.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-24T06:00:00Z');
const WEEK = { from: new Date('2026-11-16T00:00:00Z'), to: new Date('2026-11-23T00:00:00Z') };

async function storedRow(context: AppContext) {
  const [row] = await context.store.query<{ version: string; computed_at: Date }>(
    'select version, computed_at from kpi_scorecards where as_of = $1',
    [AS_OF],
  );
  return row;
}

describe('the stored KPI scorecard', () => {
  const demo = useSyncedDemo('sextant-kpis-stored-');

  beforeAll(async () => {
    await storeScorecard(demo.context, { asOf: AS_OF }, NOW);
  }, 600_000);

  it('serves the same cards as reading every KPI live', async () => {
    const stored = await readKpiScorecard(demo.context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
    const context = withReadCache(demo.context);
    const live = [];
    for (const kpi of KPI_CATALOG) live.push(await readKpiCard(context, LOCAL_OPERATOR, kpi, AS_OF, NOW));
    expect(stored.kpis).toHaveLength(40);
    expect(JSON.parse(JSON.stringify(stored.kpis))).toEqual(JSON.parse(JSON.stringify(live)));
  }, 600_000);

  it('keeps the stored cards when a write changes no row', async () => {
    const before = await storedRow(demo.context);
    const generation = await readDataGeneration(demo.store);
    const [deployment] = await queryRecords(demo.store, 'deployment', { ...WEEK, limit: 1 });
    if (!deployment) throw new Error('the demo has no deployment in the week');
    await upsertRecords(demo.store, 'deployment', [deployment]);
    expect(await readDataGeneration(demo.store)).toBe(generation);
    await readKpiScorecard(demo.context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
    expect(await storedRow(demo.context)).toEqual(before);
  });

  it('computes afresh after a record is written without an ingest run, and shows it', async () => {
    const before = await readKpi(
      demo.context,
      LOCAL_OPERATOR,
      'delivery.deployment-frequency',
      { asOf: AS_OF },
      NOW,
    );
    const generation = await readDataGeneration(demo.store);
    const deployments = await queryRecords(demo.store, 'deployment', {
      ...WEEK,
      where: [{ field: 'environment', values: ['production'] }],
      limit: 1,
    });
    const [deployment] = deployments;
    if (!deployment) throw new Error('the demo has no production deployment in the week');
    const startedAt = new Date(Date.parse(String(deployment.startedAt)) + 60_000).toISOString();
    await upsertRecords(demo.store, 'deployment', [
      { ...deployment, key: `${deployment.key}-again`, startedAt },
    ]);
    expect(await readDataGeneration(demo.store)).toBeGreaterThan(generation);
    const stale = await storedRow(demo.context);
    const after = await readKpiScorecard(
      demo.context,
      LOCAL_OPERATOR,
      { asOf: AS_OF, ids: ['delivery.deployment-frequency'] },
      NOW,
    );
    expect((await storedRow(demo.context))?.version).not.toBe(stale?.version);
    const card = after.kpis[0];
    expect(card?.trend.at(-1)?.n).toBe((before.trend.at(-1)?.n ?? 0) + 1);
  }, 600_000);

  it('computes afresh when the workspace differs, and shows its target', async () => {
    const { workspace } = demo.context;
    const context: AppContext = {
      ...demo.context,
      workspace: {
        ...workspace,
        config: { ...workspace.config, kpiTargets: { 'delivery.change-failure-rate': 0.01 } },
      },
    };
    const card = await readKpi(context, LOCAL_OPERATOR, 'delivery.change-failure-rate', { asOf: AS_OF }, NOW);
    expect(card.target).toEqual({ value: 0.01, text: '0.01 (set in sextant.yaml)', source: 'workspace' });
    const original = await readKpiScorecard(
      demo.context,
      LOCAL_OPERATOR,
      { asOf: AS_OF, ids: ['delivery.change-failure-rate'] },
      NOW,
    );
    expect(original.kpis[0]?.target.source).toBe('default');
  }, 600_000);

  it('hands a people card only to a role that may read it, auditing each hand-over', async () => {
    const id = 'people.time-to-fill';
    const viewer: Viewer = { role: 'viewer', actor: 'stored kpi viewer' };
    const partner: Viewer = { role: 'people-partner', actor: 'stored kpi partner' };
    const hidden = await readKpi(demo.context, viewer, id, { asOf: AS_OF }, NOW);
    expect(hidden.status).toBe('withheld');
    expect(hidden.trend.every((point) => point.value === null)).toBe(true);
    expect(await listAudit(demo.store, { actor: viewer.actor, limit: 10 })).toEqual([]);

    const shown = await readKpiScorecard(demo.context, partner, { asOf: AS_OF, ids: [id] }, NOW);
    expect(shown.kpis[0]?.status).not.toBe('withheld');
    const audit = await listAudit(demo.store, { actor: partner.actor, limit: 10 });
    expect(audit.map((row) => [row.resource, row.capability, row.outcome])).toEqual([
      [`KPI ${id}`, 'hiring.pipeline', 'allowed'],
    ]);
  }, 600_000);
});
