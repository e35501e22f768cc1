import { describe, expect, it } from 'vitest';
import { detectHeroCulture } from './hero-culture.js';
import { buildInput, buildService, personRef, serviceRef, teamRef } from './org-health.test-fixtures.js';
import type { KnowledgeEvidence, PageEvidence } from './types.js';

function concentration(
  ref: string,
  truckFactor: number | null,
  commits: [string, number][],
): KnowledgeEvidence {
  const total = commits.reduce((sum, [, count]) => sum + count, 0);
  return {
    scope: { kind: 'service', ref },
    truckFactor,
    authors: commits.map(([name, count]) => ({
      author: `${name}@example.com`,
      person: personRef(name),
      commits: count,
      commitShare: count / total,
    })),
    topAuthorShare: Math.max(...commits.map(([, count]) => count / total)),
    recordIds: ['git:c1', 'git:c2'],
  };
}

function pages(person: string | null, service: string | null, count: number, offset = 0): PageEvidence[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `inc:${offset + i}#pagerduty:${person}`,
    incidentId: `inc:${offset + i}`,
    person: person === null ? null : personRef(person),
    service: service === null ? null : serviceRef(service),
  }));
}

const services = [buildService('wms', 'ops'), buildService('api', 'ops')];

describe('hero culture', () => {
  it('flags a service with a truck factor of 1 and enough commits, naming the one author and owner', () => {
    const findings = detectHeroCulture(
      buildInput({
        services,
        knowledge: [
          concentration(serviceRef('wms'), 1, [
            ['kim', 95],
            ['lee', 5],
          ]),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'hero-culture:service:default/wms',
      check: 'truck-factor-one',
      severity: 'high',
    });
    expect(findings[0]?.evidence.records).toEqual([
      serviceRef('wms'),
      teamRef('ops'),
      personRef('kim'),
      'git:c1',
      'git:c2',
    ]);
    expect(findings[0]?.evidence.metrics.commits).toBe(100);
  });

  it('reports a repository once, on the service built from it, when both have the same main author', () => {
    const withRepo = [buildService('wms', 'ops', { repositories: ['repository:default/wms'] })];
    const repository = {
      ...concentration('repository:default/wms', 1, [
        ['kim', 95],
        ['lee', 5],
      ]),
    };
    repository.scope = { kind: 'repository', ref: 'repository:default/wms' };
    const other = { ...concentration('repository:default/tools', 1, [['kim', 40]]) };
    other.scope = { kind: 'repository', ref: 'repository:default/tools' };
    const findings = detectHeroCulture(
      buildInput({
        services: withRepo,
        knowledge: [
          repository,
          other,
          concentration(serviceRef('wms'), 1, [
            ['kim', 95],
            ['lee', 5],
          ]),
        ],
      }),
    );
    expect(findings.map((finding) => finding.subject)).toEqual([
      serviceRef('wms'),
      'repository:default/tools',
    ]);
    expect(findings[0]?.evidence.records).toContain('repository:default/wms');
  });

  it('ignores a truck factor above 1, an unknown one, or one resting on too few commits', () => {
    const findings = detectHeroCulture(
      buildInput({
        services,
        knowledge: [
          concentration(serviceRef('wms'), 2, [
            ['kim', 50],
            ['lee', 50],
          ]),
          concentration(serviceRef('api'), null, [['kim', 50]]),
          concentration('repository:default/tiny', 1, [['kim', 19]]),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("flags one responder answering most of a team's pages, citing their pages and incidents", () => {
    const findings = detectHeroCulture(
      buildInput({
        services,
        pages: [...pages('kim', 'wms', 8), ...pages('lee', 'api', 3, 100), ...pages(null, 'api', 1, 200)],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'hero-culture/pages:team:default/ops',
      subject: teamRef('ops'),
      severity: 'medium',
    });
    expect(findings[0]?.evidence.metrics).toMatchObject({ pages: 12, topResponderPages: 8, responders: 2 });
    expect(findings[0]?.evidence.records).toContain('inc:0');
    expect(findings[0]?.evidence.records).not.toContain('inc:100');
  });

  it('leaves pages alone when shared evenly, too few, or without a service', () => {
    const even = detectHeroCulture(
      buildInput({ services, pages: [...pages('kim', 'wms', 6), ...pages('lee', 'api', 6, 50)] }),
    );
    const few = detectHeroCulture(buildInput({ services, pages: pages('kim', 'wms', 9) }));
    const unowned = detectHeroCulture(buildInput({ services, pages: pages('kim', null, 30) }));
    expect([...even, ...few, ...unowned]).toEqual([]);
  });
});
