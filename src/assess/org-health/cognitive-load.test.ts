import { describe, expect, it } from 'vitest';
import { detectCognitiveLoad } from './cognitive-load.js';
import { buildInput, buildService, buildTeam, serviceRef, teamRef } from './org-health.test-fixtures.js';

const assessed = (...scores: [string, number, number][]) =>
  scores.map(([date, intrinsic, extraneous]) => ({ date, intrinsic, extraneous }));

describe('cognitive load', () => {
  it('flags an overloaded team whose load rose three assessments in a row as high', () => {
    const team = buildTeam('ful', {
      cognitiveLoad: assessed(['2026-05-01', 6, 3], ['2026-08-01', 7, 3], ['2026-11-17', 8, 5]),
    });
    const findings = detectCognitiveLoad(buildInput({ teams: [team] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'cognitive-load:team:default/ful',
      check: 'assessed-load',
      severity: 'high',
    });
    expect(findings[0]?.evidence.metrics).toMatchObject({ load: 13, capacity: 10, rising: 1 });
    expect(findings[0]?.detail).toContain('9 → 10 → 13');
  });

  it('reads only assessments made on or before asOf, and reports at capacity as medium', () => {
    const team = buildTeam('a', {
      cognitiveLoad: assessed(['2026-08-01', 6, 3], ['2026-10-01', 5, 4], ['2026-12-01', 9, 9]),
    });
    const findings = detectCognitiveLoad(buildInput({ teams: [team] }));
    expect(findings.map((finding) => [finding.severity, finding.evidence.metrics.load])).toEqual([
      ['medium', 9],
    ]);
  });

  it('reports a rising load below capacity as low, and a steady load below capacity not at all', () => {
    const rising = buildTeam('r', {
      cognitiveLoad: assessed(['2026-01-01', 3, 1], ['2026-04-01', 4, 1], ['2026-07-01', 5, 2]),
    });
    const steady = buildTeam('s', {
      cognitiveLoad: assessed(['2026-01-01', 5, 3], ['2026-04-01', 4, 3], ['2026-07-01', 5, 3]),
    });
    const none = buildTeam('n');
    const findings = detectCognitiveLoad(buildInput({ teams: [rising, steady, none] }));
    expect(findings.map((finding) => [finding.subject, finding.severity])).toEqual([[teamRef('r'), 'low']]);
  });

  it('flags a stream-aligned team owning more than 4 services, but lets a platform own 6', () => {
    const services = [
      ...['s1', 's2', 's3', 's4', 's5'].map((name) => buildService(name, 'stream')),
      ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((name) => buildService(name, 'plat')),
    ];
    const findings = detectCognitiveLoad(
      buildInput({ teams: [buildTeam('stream'), buildTeam('plat', { type: 'platform' })], services }),
    );
    expect(findings.map((finding) => finding.id)).toEqual(['cognitive-load/services:team:default/stream']);
    expect(findings[0]?.evidence.metrics).toEqual({ services: 5, max: 4 });
    expect(findings[0]?.evidence.records).toContain(serviceRef('s5'));
  });
});
