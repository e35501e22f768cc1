import { beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_RULES } from '../../src/advisor/rules/people.js';
import type { AdvisorSnapshot } from '../../src/advisor/snapshot.js';
import type { PeoplePart } from '../../src/advisor/snapshot-people.js';
import type { FindingDraft } from '../../src/advisor/types.js';
import { CAPABILITIES, MIN_GROUP_SIZE } from '../../src/domain/privacy.js';
import { buildPeoplePart } from '../../src/services/advisor/snapshot-people.js';
import { withReadCache } from '../../src/services/context.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const asOf = '2026-11-23';
const now = new Date('2026-11-23T23:59:59Z');

describe('people advice on the synced demo', () => {
  const demo = useSyncedDemo('advisor-people-');
  let people: PeoplePart;
  let findings: FindingDraft[];

  beforeAll(async () => {
    people = await buildPeoplePart(withReadCache(demo.context), asOf, now);
    const snapshot = {
      asOf,
      now: now.toISOString(),
      model: demo.context.workspace.model,
      people,
    } as unknown as AdvisorSnapshot;
    findings = PEOPLE_RULES.flatMap((rule) => rule.evaluate(snapshot));
  }, 300_000);

  const find = (rule: string, subject: string) =>
    findings.find((f) => f.rule === rule && f.subject === subject);

  it('finds the critical position left open past its target date', () => {
    expect(find('hiring.critical-position-overdue', 'position:POS-04')).toMatchObject({
      severity: 'high',
      capability: 'hiring.pipeline',
    });
  });

  it('finds the technical stage converting worst and slowest', () => {
    const finding = find('hiring.stage-bottleneck', 'hiring-stage:technical');
    expect(finding?.title).toMatch(/technical stage converts 24%.*slowest/);
  });

  it('finds the interviewer scoring above the panel, shown only to those who may see candidates', () => {
    const flagged = findings.filter((f) => f.rule === 'hiring.interviewer-out-of-calibration');
    expect(flagged.map((f) => f.subject)).toEqual(['person:default/mei-santos']);
    expect(flagged[0]?.capability).toBe('hiring.candidates');
  });

  it('finds the overdue day-30 check-in and the hire at risk, each on the new hire', () => {
    expect(find('people.onboarding-check-in-overdue', 'person:default/sofia-schneider')?.title).toContain(
      'day-30',
    );
    expect(find('people.onboarding-at-risk', 'person:default/felix-berg')).toMatchObject({
      severity: 'medium',
      capability: 'onboarding.plans',
    });
  });

  it('finds the WMS adapter steward with no successor and a high flight risk, as high', () => {
    const finding = find('people.critical-role-without-successor', 'person:default/camille-yilmaz');
    expect(finding).toMatchObject({ severity: 'high', capability: 'people.talent' });
    expect(finding?.evidence.records).toContain('critical-role:wms-adapter-steward');
    expect(
      findings.some((f) => f.rule === 'people.flight-risk-critical' && f.subject === finding?.subject),
    ).toBe(false);
  });

  it('finds regretted departures concentrated in checkout: 2 of the 3', () => {
    const finding = find('people.regrettable-attrition-concentrated', 'team:default/checkout');
    expect(finding?.title).toContain('lost 2 of the organization');
    expect(finding?.title).toContain('3 regretted');
    expect(finding?.capability).toBe('people.talent');
  });

  it('finds fulfilment rating CI speed low and falling, as high', () => {
    const finding = find('dx.survey-item-low', 'team:default/fulfilment');
    expect(finding).toMatchObject({ severity: 'high', capability: 'surveys.results' });
    expect(finding?.title).toMatch(/ci-speed 1\.6 .*−0\.7/);
  });

  it('never describes a team the surveys withhold', () => {
    const withheld = ['ranking-ml', 'platform-engineering', 'reliability-enablement'].map(
      (t) => `team:default/${t}`,
    );
    expect(people.surveys?.dx?.teams.map((team) => team.scope)).not.toContain(withheld[0]);
    const surveyFindings = findings.filter((f) => f.capability === 'surveys.results');
    for (const finding of surveyFindings) expect(withheld).not.toContain(finding.subject);
  });

  it('gives every finding evidence, a known capability and no group figure under the minimum', () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.evidence.figures.length, finding.rule).toBeGreaterThan(0);
      expect(Object.keys(CAPABILITIES), finding.rule).toContain(finding.capability);
      for (const figure of finding.evidence.figures)
        if (figure.n !== undefined)
          expect(figure.n, `${finding.rule} ${figure.label}`).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
      expect(finding.actions.length).toBeGreaterThanOrEqual(1);
      expect(finding.actions.length).toBeLessThanOrEqual(4);
    }
  });

  it('holds no pay, rating or potential in the snapshot and writes none into a finding', () => {
    expect(JSON.stringify(people)).not.toMatch(/compensation|"rating|potential|"amount"|currency/i);
    for (const finding of findings) {
      const text = [finding.title, finding.summary, finding.why, ...finding.actions].join(' ');
      expect(text, finding.rule).not.toMatch(
        /salary|compensation|performance rating|\bpotential\b|[€$£]\s?\d/i,
      );
      for (const figure of finding.evidence.figures)
        expect(figure.metric).not.toMatch(/pay|compensation|rating/);
    }
  });
});
