import { describe, expect, it } from 'vitest';
import { detectConwayMismatches } from './conway.js';
import {
  buildCommits,
  buildInput,
  buildPerson,
  buildService,
  buildTeam,
  serviceRef,
  teamRef,
} from './org-health.test-fixtures.js';

const people = [
  buildPerson('ann', { teams: [{ team: teamRef('a'), allocation: 1 }] }),
  buildPerson('bob', { teams: [{ team: teamRef('b'), allocation: 1 }] }),
  buildPerson('cat', {
    teams: [
      { team: teamRef('a'), allocation: 0.3 },
      { team: teamRef('b'), allocation: 0.7 },
    ],
  }),
];
const services = [buildService('orders', 'a'), buildService('billing', 'b')];

describe("Conway's law mismatch", () => {
  it('flags a team whose commits land mostly in services another team owns, citing the commits', () => {
    const findings = detectConwayMismatches(
      buildInput({
        people,
        services,
        commits: [
          buildCommits('ann', 'billing', 40),
          buildCommits('ann', 'orders', 10),
          buildCommits('bob', 'billing', 100),
        ],
      }),
    );
    const team = findings.find((finding) => finding.subject === teamRef('a'));
    expect(team?.id).toBe('conway-mismatch:team:default/a');
    expect(team?.check).toBe('team-outside-ownership');
    expect(team?.evidence.metrics).toMatchObject({ commits: 50, outsideCommits: 40, outsideShare: 0.8 });
    expect(team?.evidence.records).toContain(serviceRef('billing'));
    expect(team?.evidence.records).toContain('git:ann-billing-0');
    expect(team?.evidence.records).not.toContain('git:ann-orders-0');
    expect(team?.detail).toContain('40 of the 50 commits');
  });

  it('leaves a team alone when half or less of its commits are elsewhere, or its sample is too small', () => {
    const half = detectConwayMismatches(
      buildInput({
        people,
        services,
        commits: [buildCommits('ann', 'billing', 25), buildCommits('ann', 'orders', 25)],
      }),
    );
    expect(half.filter((finding) => finding.subject === teamRef('a'))).toEqual([]);
    const small = detectConwayMismatches(
      buildInput({
        people,
        services,
        commits: [buildCommits('ann', 'billing', 20), buildCommits('ann', 'orders', 1)],
      }),
    );
    expect(small.filter((finding) => finding.subject === teamRef('a'))).toEqual([]);
  });

  it("counts a split person's commits for their primary team only", () => {
    // cat is mostly team b: her commits to billing are b's own work, not team a's drift.
    const findings = detectConwayMismatches(
      buildInput({
        people,
        services,
        commits: [buildCommits('cat', 'billing', 60), buildCommits('bob', 'billing', 10)],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('flags a service its owners barely touch, naming who does the work', () => {
    const findings = detectConwayMismatches(
      buildInput({
        people,
        services,
        commits: [
          buildCommits('bob', 'orders', 30),
          buildCommits(null, 'orders', 5),
          buildCommits('ann', 'orders', 2),
          buildCommits('bob', 'billing', 30),
        ],
      }),
    );
    const service = findings.find((finding) => finding.subject === serviceRef('orders'));
    expect(service?.check).toBe('owner-absent');
    expect(service?.severity).toBe('medium');
    expect(service?.evidence.metrics.ownerCommits).toBe(2);
    expect(service?.evidence.metrics.commits).toBe(37);
    expect(service?.evidence.records.slice(0, 3)).toEqual([serviceRef('orders'), teamRef('a'), teamRef('b')]);
    expect(service?.detail).toContain('unmatched authors (5)');
  });

  it("counts any member of the owning team, whatever their allocation, as the owner's work", () => {
    const findings = detectConwayMismatches(
      buildInput({
        people,
        services,
        commits: [buildCommits('cat', 'orders', 10), buildCommits('bob', 'orders', 20)],
      }),
    );
    expect(findings.filter((finding) => finding.subject === serviceRef('orders'))).toEqual([]);
  });
});

describe("Conway's law mismatch with interactions", () => {
  const teams = [
    buildTeam('a', {
      interactions: [{ mode: 'facilitating', with: teamRef('b'), since: '2026-06-01' }],
    }),
    buildTeam('b'),
  ];

  it('counts work in a team it facilitates apart, not as outside work', () => {
    const findings = detectConwayMismatches(
      buildInput({
        teams,
        people,
        services,
        commits: [buildCommits('ann', 'billing', 40), buildCommits('ann', 'orders', 10)],
      }),
    );
    expect(findings.filter((finding) => finding.subject === teamRef('a'))).toEqual([]);
  });

  it('counts it as outside work again once the interaction has ended', () => {
    const ended = [
      buildTeam('a', {
        interactions: [
          { mode: 'facilitating', with: teamRef('b'), since: '2026-01-01', until: '2026-06-01' },
        ],
      }),
      buildTeam('b'),
    ];
    const findings = detectConwayMismatches(
      buildInput({
        teams: ended,
        people,
        services,
        commits: [buildCommits('ann', 'billing', 40), buildCommits('ann', 'orders', 10)],
      }),
    );
    const team = findings.find((finding) => finding.subject === teamRef('a'));
    expect(team?.evidence.metrics).toMatchObject({ outsideCommits: 40, partnerCommits: 0 });
  });
});
