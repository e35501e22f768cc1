import { describe, expect, it } from 'vitest';
import type { Dependency } from '../domain/dependency.js';
import { buildDependency, teamRef as team } from '../domain/model.test-fixtures.js';
import { findCriticalPath } from './dependency-critical-path.js';

const AS_OF = '2026-11-23';
const TO = '2027-01-31';

function waits(consumer: string, provider: string, overrides: Partial<Dependency> = {}): Dependency {
  return buildDependency(overrides.name ?? `${consumer}-on-${provider}`, provider, consumer, overrides);
}

const pathOf = (result: ReturnType<typeof findCriticalPath>) =>
  result.path.map((link) => `${link.consumer.slice(13)}>${link.provider.slice(13)}`);
const flagsOf = (result: ReturnType<typeof findCriticalPath>) =>
  Object.fromEntries(result.required.map((dependency) => [dependency.name, dependency.flags]));

describe('findCriticalPath', () => {
  const dependencies = [
    waits('web', 'api', { neededBy: '2027-01-15' }),
    waits('api', 'platform', { neededBy: '2027-01-20' }),
    waits('platform', 'network', { neededBy: '2026-11-10' }),
    waits('web', 'search', { neededBy: '2027-02-15' }),
    waits('web', 'design', { neededBy: '2027-01-10', type: 'soft' }),
    waits('other', 'web', { neededBy: '2027-01-01' }),
  ];

  it('takes the longest chain of open blocking dependencies from the team', () => {
    const result = findCriticalPath(dependencies, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'team', team: team('web') },
    });
    expect(pathOf(result)).toEqual(['web>api', 'api>platform', 'platform>network']);
  });

  it('requires everything upstream, each with its depth, and nothing downstream or soft', () => {
    const result = findCriticalPath(dependencies, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'team', team: team('web') },
    });
    expect(result.required.map((dependency) => [dependency.name, dependency.depth])).toEqual([
      ['web-on-api', 1],
      ['web-on-search', 1],
      ['api-on-platform', 2],
      ['platform-on-network', 3],
    ]);
  });

  it('flags what is overdue, needed after the target, or needed after what waits on it', () => {
    const result = findCriticalPath(dependencies, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'team', team: team('web') },
    });
    expect(flagsOf(result)).toEqual({
      'web-on-api': [],
      'web-on-search': ['needed-after-target'],
      // api must deliver by 15 January, so what api waits on cannot be needed on the 20th.
      'api-on-platform': ['needed-after-dependent'],
      'platform-on-network': ['overdue'],
    });
    expect(result.flagged).toBe(3);
    const platform = result.required.find((dependency) => dependency.name === 'api-on-platform');
    expect(platform?.mustFinishBy).toBe('2027-01-15');
  });

  it('flags a dependency nobody put a date on', () => {
    const result = findCriticalPath([waits('web', 'api')], {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'team', team: team('web') },
    });
    expect(flagsOf(result)).toEqual({ 'web-on-api': ['no-needed-by'] });
  });

  it('starts from one dependency, whatever its type, and follows what its provider waits on', () => {
    const start = waits('web', 'design', { neededBy: '2027-01-10', type: 'soft', name: 'web-on-design' });
    const result = findCriticalPath(dependencies, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'dependency', dependency: start },
    });
    expect(pathOf(result)).toEqual(['web>design']);
    expect(result.start).toEqual({ kind: 'dependency', ref: 'dependency:default/web-on-design' });
    const fromApi = findCriticalPath(dependencies, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'dependency', dependency: dependencies[0] as Dependency },
    });
    expect(pathOf(fromApi)).toEqual(['web>api', 'api>platform', 'platform>network']);
    expect(fromApi.required.map((dependency) => dependency.name)).not.toContain('web-on-search');
  });

  it('has nothing on the path when the dependency asked about is already delivered', () => {
    const done = waits('web', 'api', { status: 'done' });
    const result = findCriticalPath([done], {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'dependency', dependency: done },
    });
    expect(result.path).toEqual([]);
    expect(result.required).toEqual([]);
  });

  it('cuts a cycle instead of looping and reports it', () => {
    const cyclic = [
      waits('web', 'api'),
      waits('api', 'platform'),
      waits('platform', 'api', { name: 'back' }),
    ];
    const result = findCriticalPath(cyclic, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'team', team: team('web') },
    });
    expect(pathOf(result)).toEqual(['web>api', 'api>platform']);
    expect(result.required).toHaveLength(3);
    expect(result.cycles.map((cycle) => cycle.teams)).toEqual([[team('api'), team('platform')]]);
  });

  it('never repeats a team on the path when cycles meet', () => {
    const cyclic = [waits('s', 'a'), waits('a', 'x'), waits('x', 'y'), waits('y', 'x'), waits('s', 'y')];
    const result = findCriticalPath(cyclic, {
      asOf: AS_OF,
      to: TO,
      start: { kind: 'team', team: team('s') },
    });
    const teams = [result.path[0]?.consumer, ...result.path.map((link) => link.provider)];
    expect(new Set(teams).size).toBe(teams.length);
    expect(pathOf(result)).toEqual(['s>a', 'a>x', 'x>y']);
  });
});
