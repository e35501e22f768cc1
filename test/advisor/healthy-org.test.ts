/**
 * The advisor's control sample: on an organization whose figures are healthy, no rule may raise a `high`
 * finding (a failure names each rule that fired and what it saw). The same small organization also
 * checks which day a run reads by default and when `ensureAdvisorRun` runs again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVISOR_RULES } from '../../src/advisor/rules/index.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import {
  type AdvisorRunSummary,
  ensureAdvisorRun,
  listFindings,
  runAdvisor,
} from '../../src/services/findings.service.js';
import { countRecords, recordIngestRun } from '../../src/store/index.js';
import { buildHealthyOrg, HEALTHY_AS_OF, type HealthyOrg } from '../support/healthy-org.js';

describe('the advisor on a healthy organization', () => {
  let org: HealthyOrg;
  let summary: AdvisorRunSummary;

  beforeAll(async () => {
    org = await buildHealthyOrg();
    summary = await runAdvisor(org.context, { asOf: HEALTHY_AS_OF }, new Date('2026-11-24T06:00:00Z'));
  }, 300_000);
  afterAll(async () => {
    await org?.remove();
  });

  it('holds three teams of seven and 16 weeks of activity', async () => {
    expect(org.context.workspace.model.teams).toHaveLength(3);
    const counts = await countRecords(org.context.store);
    expect(counts.deployment).toBe(6 * 80);
    expect(counts['pull-request']).toBe(6 * 160);
    expect(counts.incident).toBeGreaterThanOrEqual(18);
  });

  it('runs every rule without an error', () => {
    expect(summary.errors, JSON.stringify(summary.errors, null, 2)).toEqual([]);
    expect(summary.rules).toBe(ADVISOR_RULES.length);
  });

  it('raises no high finding', async () => {
    const high = await listFindings(org.context, LOCAL_OPERATOR, { severity: ['high'] });
    const fired = high.map((finding) => `${finding.rule} on ${finding.subject}: ${finding.title}`);
    expect(fired, fired.join('\n')).toEqual([]);
  });

  it('reads the last day with data by default when the data stops before yesterday', async () => {
    expect(await ensureAdvisorRun(org.context, {}, new Date('2026-11-28T10:00:00Z'))).toBeNull();
    const earlier = await runAdvisor(org.context, {}, new Date('2026-11-20T10:00:00Z'));
    expect(earlier.asOf).toBe('2026-11-19');
  }, 120_000);

  it('runs again for a day already run only after new data was ingested', async () => {
    expect(await ensureAdvisorRun(org.context, { asOf: HEALTHY_AS_OF })).toBeNull();
    await recordIngestRun(org.context.store, {
      source: 'test',
      type: 'deployment',
      file: null,
      read: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      startedAt: new Date(),
      finishedAt: new Date(),
    });
    const rerun = await ensureAdvisorRun(org.context, { asOf: HEALTHY_AS_OF });
    expect(rerun?.asOf).toBe(HEALTHY_AS_OF);
    expect(await ensureAdvisorRun(org.context, { asOf: HEALTHY_AS_OF })).toBeNull();
  }, 120_000);
});
