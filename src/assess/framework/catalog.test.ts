import { describe, expect, it } from 'vitest';
import { FRAMEWORK_CATALOG, findFrameworkItem, indexCatalog, listProcedures } from './catalog.js';
import { FRAMEWORK_AREAS } from './types.js';

/**
 * The shape of the source framework, counted by hand from its text: under each of the four area headings
 * the numbered concerns were counted (7, 6, 7, 4); each concern states exactly one policy; its procedures
 * are the bold-titled items after "Procedures:" up to the next numbered concern, counted per concern:
 * technical 5+4+5+5+5+5+5 = 34, people 5×6 = 30, operational 5×7 = 35, cultural 5×4 = 20; 119 in all.
 */
const CONCERNS_PER_AREA = { tech: 7, people: 6, ops: 7, culture: 4 };
const PROCEDURES_PER_AREA = { tech: 34, people: 30, ops: 35, culture: 20 };
const PROCEDURES_PER_CONCERN_TECH = [5, 4, 5, 5, 5, 5, 5];

describe('the framework catalog', () => {
  it('has the four areas in order with the concern and procedure counts of the source framework', () => {
    expect(FRAMEWORK_CATALOG.map((area) => area.id)).toEqual([...FRAMEWORK_AREAS]);
    for (const area of FRAMEWORK_CATALOG) {
      expect(area.concerns.length, area.id).toBe(CONCERNS_PER_AREA[area.id]);
      const procedures = area.concerns.flatMap((concern) =>
        concern.policies.flatMap((policy) => policy.procedures),
      );
      expect(procedures.length, area.id).toBe(PROCEDURES_PER_AREA[area.id]);
    }
    const tech = FRAMEWORK_CATALOG.find((area) => area.id === 'tech');
    expect(tech?.concerns.map((concern) => concern.policies[0]?.procedures.length)).toEqual(
      PROCEDURES_PER_CONCERN_TECH,
    );
    expect(listProcedures()).toHaveLength(119);
  });

  it('gives every concern exactly one policy, and every policy procedures', () => {
    for (const concern of FRAMEWORK_CATALOG.flatMap((area) => area.concerns)) {
      expect(concern.policies, concern.id).toHaveLength(1);
      for (const policy of concern.policies)
        expect(policy.procedures.length, policy.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('uses ids that are unique and nest area → concern → policy → procedure', () => {
    const ids: string[] = [];
    for (const { area, concern, policy, procedure } of listProcedures()) {
      expect(concern.id.startsWith(`${area.id}.`), concern.id).toBe(true);
      expect(policy.id.startsWith(`${concern.id}.`), policy.id).toBe(true);
      expect(procedure.id.startsWith(`${policy.id}.`), procedure.id).toBe(true);
      expect(procedure.id.split('.'), procedure.id).toHaveLength(4);
      expect(procedure.id).toMatch(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*){3}$/);
      ids.push(procedure.id);
    }
    const entries = FRAMEWORK_CATALOG.flatMap((area) => [
      area.id,
      ...area.concerns.flatMap((concern) => [concern.id, ...concern.policies.map((policy) => policy.id)]),
    ]);
    const all = [...entries, ...ids];
    expect(new Set(all).size).toBe(all.length);
    expect(indexCatalog().size).toBe(all.length);
  });

  it('writes each summary and statement as one sentence', () => {
    const texts = [
      ...FRAMEWORK_CATALOG.flatMap((area) => area.concerns.map((concern) => concern.summary)),
      ...listProcedures().flatMap(({ policy, procedure }) => [policy.statement, procedure.summary]),
    ];
    for (const text of texts) {
      expect(text, text).toMatch(/^[A-Z0-9].*\.$/);
      expect(text, text).not.toMatch(/[.!?] [A-Z]/);
    }
  });

  it('says what the feature does for every procedure Sextant carries out', () => {
    const covered = listProcedures().filter(({ procedure }) => procedure.feature !== null);
    expect(covered.length).toBeGreaterThan(40);
    for (const { procedure } of covered) {
      expect(procedure.feature?.commands.length, procedure.id).toBeGreaterThan(0);
      expect(procedure.feature?.does, procedure.id).toMatch(/^[a-z].*\.$/);
    }
  });

  it('points the people procedures Sextant carries out at the hiring, onboarding, talent and survey features', () => {
    const carried = (id: string) => {
      const item = findFrameworkItem(id);
      return item?.kind === 'procedure' ? item.procedure.feature : undefined;
    };
    expect(carried('people.talent.attract-and-keep.hiring-process')?.commands).toContain('hiring funnel');
    expect(carried('people.engagement.engaging-workplace.pulse-surveys')?.commands).toContain(
      'surveys results',
    );
    expect(carried('people.succession.continuity.talent-reviews')?.commands).toContain('talent grid');
    expect(carried('people.talent.attract-and-keep.pay-benchmarks')).toBe(null);
  });

  it('finds an entry of any kind by id, and nothing for an unknown id', () => {
    expect(findFrameworkItem('ops')?.kind).toBe('area');
    expect(findFrameworkItem('ops.risk')?.kind).toBe('concern');
    expect(findFrameworkItem('ops.risk.managed-risk')?.kind).toBe('policy');
    const procedure = findFrameworkItem('ops.risk.managed-risk.register');
    expect(procedure?.kind === 'procedure' && procedure.concern.title).toBe('Risk');
    expect(findFrameworkItem('ops.risk.register')).toBeUndefined();
  });
});
