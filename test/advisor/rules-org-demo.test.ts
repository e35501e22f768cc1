/**
 * The org rules over the synced demo: every planted organizational condition is found on its exact subject,
 * and every finding carries evidence figures and records.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ORG_RULES } from '../../src/advisor/rules/org.js';
import type { AdvisorSnapshot } from '../../src/advisor/snapshot.js';
import type { FindingDraft } from '../../src/advisor/types.js';
import { shiftDayKey } from '../../src/domain/day-keys.js';
import { startOfLocalDay } from '../../src/metrics/calendar.js';
import { buildOrgPart } from '../../src/services/advisor/snapshot-org.js';
import { withReadCache } from '../../src/services/context.js';
import { generateDemo } from '../../src/services/demo/index.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const AS_OF = '2026-11-23';

/** The planted conditions this area answers for, and the rule that must find each. */
const PLANTED_RULES: Record<string, string> = {
  'knowledge-concentration': 'org.knowledge-concentration',
  'overdue-blocking-dependency': 'planning.overdue-blocking-dependency',
  'cognitive-overload': 'org.cognitive-overload',
  'matrix-management': 'org.matrix-management',
  'hidden-dependency': 'org.hidden-dependency',
  'stale-collaboration': 'org.stale-collaboration',
};

describe('org advisor rules on the synced demo', () => {
  const demo = useSyncedDemo('sextant-rules-org-');
  let findings: FindingDraft[] = [];
  let snapshot: AdvisorSnapshot;

  beforeAll(async () => {
    const { timezone } = demo.context.workspace.config;
    const now = new Date(startOfLocalDay(shiftDayKey(AS_OF, 1), timezone).getTime() - 1);
    const started = performance.now();
    const org = await buildOrgPart(withReadCache(demo.context), AS_OF, now);
    console.info(`buildOrgPart on the synced demo took ${Math.round(performance.now() - started)} ms`);
    snapshot = {
      asOf: AS_OF,
      now: now.toISOString(),
      model: demo.context.workspace.model,
      org,
      delivery: {},
      people: {},
    } as AdvisorSnapshot;
    findings = ORG_RULES.flatMap((rule) => rule.evaluate(snapshot));
  }, 300_000);

  it('finds each planted organizational condition on its exact subject', () => {
    const planted = generateDemo({ seed: 1, asOf: AS_OF }).planted;
    for (const [id, rule] of Object.entries(PLANTED_RULES)) {
      const condition = planted.find((entry) => entry.id === id);
      expect(condition, id).toBeDefined();
      const found = findings.filter(
        (finding) => finding.rule === rule && finding.subject === condition?.subject,
      );
      expect(found, `${rule} on ${condition?.subject}`).toHaveLength(1);
    }
  });

  it('rates the clear planted conditions high and names the figures behind them', () => {
    const knowledge = findings.find((finding) => finding.rule === 'org.knowledge-concentration');
    expect(knowledge?.subject).toBe('service:default/wms-adapter');
    expect(knowledge?.severity).toBe('high');
    const overload = findings.find(
      (finding) => finding.rule === 'org.cognitive-overload' && finding.subject === 'team:default/fulfilment',
    );
    expect(overload?.severity).toBe('high');
    expect(
      overload?.evidence.figures.find((figure) => figure.unit === 'points' && figure.threshold === 10)?.value,
    ).toBe(13);
    const dependency = findings.find((finding) => finding.rule === 'planning.overdue-blocking-dependency');
    expect(dependency?.evidence.figures[0]?.value).toBe(23);
    expect(dependency?.severity).toBe('high');
  });

  it('gives every finding a title, actions, a concern and evidence with figures and records', () => {
    expect(findings.length).toBeGreaterThan(6);
    for (const finding of findings) {
      expect(finding.evidence.figures.length, finding.rule).toBeGreaterThan(0);
      expect(finding.evidence.records.length, finding.rule).toBeGreaterThan(0);
      for (const figure of finding.evidence.figures)
        expect(Number.isFinite(figure.value), figure.label).toBe(true);
      expect(finding.actions.length).toBeGreaterThanOrEqual(1);
      expect(finding.actions.length).toBeLessThanOrEqual(4);
      expect(finding.title).not.toMatch(/undefined|NaN/);
      expect(ORG_RULES.find((rule) => rule.id === finding.rule)?.concern).toBe(finding.concern);
    }
  });

  it('raises one finding per rule and subject, as the engine fingerprints them', () => {
    const keys = findings.map((finding) => `${finding.rule}|${finding.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads the registers the demo keeps', () => {
    expect(snapshot.org.risks?.length).toBeGreaterThan(0);
    expect(snapshot.org.okrs?.quarter).toBe('2026-Q4');
    expect(snapshot.org.budget?.categories.length).toBeGreaterThan(0);
    const rules = new Set(findings.map((finding) => finding.rule));
    expect(rules).toContain('governance.vendor-renewal-unreviewed');
    expect(rules).toContain('governance.decision-waiting');
    expect(rules).toContain('governance.experiment-unconcluded');
  });
});
