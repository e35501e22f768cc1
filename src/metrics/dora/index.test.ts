import { describe, expect, it } from 'vitest';
import type { Commit } from '../../domain/records/commit.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { DoraFacts } from './facts.js';
import { computeDora, toFrequencyBandValue } from './index.js';

const HOUR = 3600;
const T0 = Date.UTC(2026, 2, 2); // a Monday
const at = (hours: number) => new Date(T0 + hours * HOUR * 1000).toISOString();

function buildCommit(index: number): Commit {
  const sha = (i: number) => `c${i.toString(16).padStart(6, '0')}`;
  return {
    source: 'git',
    key: sha(index),
    repository: 'payments-api',
    sha: sha(index),
    parents: index > 0 ? [sha(index - 1)] : [],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authoredAt: at(index * 24),
    authorOffsetMinutes: 0,
    committerName: 'Ada',
    committerEmail: 'ada@example.com',
    committedAt: at(index * 24),
    committerOffsetMinutes: 0,
    subject: '',
    additions: 0,
    deletions: 0,
    filesChanged: 0,
    files: [],
    services: [],
  };
}

/** One commit a day for 14 days, each deployed two hours later; day 3's deployment causes an incident. */
function buildFacts(overrides: Partial<DoraFacts> = {}): DoraFacts {
  const commits = Array.from({ length: 14 }, (_, i) => buildCommit(i));
  const deployments: Deployment[] = commits.map((commit, i) => ({
    source: 'ci',
    key: `d${i}`,
    service: 'payments',
    environment: 'production',
    finishedAt: at(i * 24 + 2),
    result: 'success',
    commitSha: commit.sha,
    method: 'import',
    unplanned: i === 4,
  }));
  const incidents: Incident[] = [
    {
      source: 'pd',
      key: 'i1',
      title: 'Errors',
      severity: 'SEV-2',
      status: 'resolved',
      service: 'payments',
      startedAt: at(3 * 24 + 3),
      resolvedAt: at(3 * 24 + 4),
      responders: [],
    },
  ];
  return {
    deployments,
    commits,
    incidents,
    window: { from: new Date(T0), to: new Date(T0 + 14 * 24 * HOUR * 1000) },
    scope: { kind: 'org' },
    timeZone: 'UTC',
    productionEnvironments: ['production'],
    ...overrides,
  };
}

describe('computeDora', () => {
  it('computes the five metrics with bands from the 2023 table by default', () => {
    const dora = computeDora(buildFacts());
    expect(Object.keys(dora)).toEqual([
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'recoveryTime',
      'reworkRate',
    ]);
    expect(dora.deploymentFrequency.kind === 'value' && dora.deploymentFrequency.deploymentDaysPerWeek).toBe(
      7,
    );
    expect(dora.deploymentFrequency.band).toEqual({ level: 'elite', table: 2023 });
    // 13 commits shipped two hours after they were made; the first deployment ships nothing
    expect(dora.leadTime.kind === 'value' && [dora.leadTime.median, dora.leadTime.n]).toEqual([2 * HOUR, 13]);
    expect(dora.leadTime.band).toEqual({ level: 'elite', table: 2023 });
    expect(dora.changeFailureRate.kind === 'value' && dora.changeFailureRate.numerator).toBe(1);
    expect(dora.changeFailureRate.kind === 'value' && dora.changeFailureRate.value).toBeCloseTo(1 / 14, 12);
    expect(dora.changeFailureRate.band).toEqual({ level: 'high', table: 2023 });
    expect(dora.recoveryTime.kind === 'value' && dora.recoveryTime.median).toBe(2 * HOUR);
    expect(dora.recoveryTime.band).toEqual({ level: 'high', table: 2023 });
    expect(dora.reworkRate.kind === 'value' && dora.reworkRate.value).toBeCloseTo(1 / 14, 12);
    expect(dora.reworkRate.band).toBeNull();
  });

  it('classifies with the table asked for', () => {
    const dora = computeDora({ ...buildFacts(), bandTable: 2021 });
    expect(dora.changeFailureRate.band).toEqual({ level: 'elite', table: 2021 });
    expect(dora.recoveryTime.band).toEqual({ level: 'high', table: 2021 });
    expect(dora.leadTime.band).toEqual({ level: 'high', table: 2021 });
  });

  it('gives insufficient-data results no band', () => {
    const dora = computeDora(buildFacts({ deployments: [], incidents: [] }));
    expect(dora.deploymentFrequency.kind).toBe('insufficient-data');
    expect(dora.deploymentFrequency.band).toBeNull();
    expect(dora.leadTime.band).toBeNull();
    expect(dora.changeFailureRate.band).toBeNull();
    expect(dora.recoveryTime.kind).toBe('insufficient-data');
  });
});

describe('toFrequencyBandValue', () => {
  const value = { value: 1, perWeek: 1, weeks: 4 };

  it('uses the median deployment days per week from one a week upwards', () => {
    expect(toFrequencyBandValue({ ...value, deploymentDaysPerWeek: 1.5, meanDeploymentDaysPerWeek: 4 })).toBe(
      1.5,
    );
  });

  it('falls back to the mean below one a week, kept under one so it never reads as weekly', () => {
    expect(
      toFrequencyBandValue({ ...value, deploymentDaysPerWeek: 0, meanDeploymentDaysPerWeek: 0.25 }),
    ).toBe(0.25);
    expect(
      toFrequencyBandValue({ ...value, deploymentDaysPerWeek: 0, meanDeploymentDaysPerWeek: 2 }),
    ).toBeLessThan(1);
  });
});
