import { describe, expect, it } from 'vitest';
import type { OrgPart } from '../snapshot-org.js';
import { ORG_RULES } from './org.js';
import { orgSnapshot } from './org.test-fixtures.js';

const EMPTY: OrgPart = {
  orgHealth: null,
  dependencies: null,
  okrs: null,
  roadmap: null,
  capacity: null,
  risks: null,
  debt: null,
  vendors: null,
  controls: null,
  budget: null,
  decisions: null,
  architectureReviews: null,
  decisionRights: null,
  rituals: null,
  experiments: null,
  framework: null,
};

describe('org rules as a set', () => {
  it('raise nothing on a healthy organization', () => {
    const findings = ORG_RULES.flatMap((rule) => rule.evaluate(orgSnapshot()));
    expect(findings).toEqual([]);
  });

  it('raise nothing when the workspace keeps none of the registers', () => {
    const findings = ORG_RULES.flatMap((rule) => rule.evaluate(orgSnapshot(EMPTY)));
    expect(findings).toEqual([]);
  });

  it('have unique ids in the org, planning and governance families, at least 17', () => {
    const ids = ORG_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(17);
    for (const id of ids) expect(id).toMatch(/^(org|planning|governance)\.[a-z-]+$/);
  });

  it('cover every ops and culture concern', () => {
    const concerns = new Set(ORG_RULES.map((rule) => rule.concern));
    for (const concern of [
      'ops.budget',
      'ops.delivery-process',
      'ops.global-alignment',
      'ops.risk',
      'ops.communication',
      'ops.strategy',
      'ops.vendors',
      'culture.innovation',
      'culture.autonomy',
      'culture.accountability',
      'culture.example',
    ])
      expect(concerns, concern).toContain(concern);
  });
});
