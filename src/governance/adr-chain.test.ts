import { describe, expect, it } from 'vitest';
import { deriveSupersedes, proposalWait, supersessionChain } from './adr-chain.js';
import type { AdrLinks } from './adr-lifecycle.js';

const adr = (id: string, status: AdrLinks['status'], links: Partial<AdrLinks> = {}): AdrLinks => ({
  id,
  status,
  supersedes: [],
  ...links,
});

const HISTORY = [
  adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0004' }),
  adr('ADR-0002', 'superseded', { supersededBy: 'ADR-0004' }),
  adr('ADR-0004', 'superseded', { supersededBy: 'ADR-0010', supersedes: ['ADR-0002'] }),
  adr('ADR-0010', 'accepted', { supersedes: ['ADR-0004'] }),
];

describe('deriveSupersedes', () => {
  it('adds the records that name a record in supersededBy to what it supersedes, in number order', () => {
    const links = deriveSupersedes(HISTORY);
    expect(links.get('ADR-0004')).toEqual(['ADR-0001', 'ADR-0002']);
    expect(links.get('ADR-0010')).toEqual(['ADR-0004']);
    expect(links.get('ADR-0001')).toEqual([]);
  });
});

describe('supersessionChain', () => {
  it('follows a record forward to the decision in force', () => {
    expect(supersessionChain(HISTORY, 'ADR-0001')).toEqual({
      earlier: [],
      later: ['ADR-0004', 'ADR-0010'],
      current: 'ADR-0010',
    });
  });

  it('collects every earlier decision, through the ones in between', () => {
    expect(supersessionChain(HISTORY, 'ADR-0010')).toEqual({
      earlier: ['ADR-0001', 'ADR-0002', 'ADR-0004'],
      later: [],
      current: 'ADR-0010',
    });
  });

  it('stops at a cycle instead of looping', () => {
    const loop = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'superseded', { supersededBy: 'ADR-0001' }),
    ];
    expect(supersessionChain(loop, 'ADR-0001').later).toEqual(['ADR-0002']);
  });
});

describe('proposalWait', () => {
  it('flags a proposal older than the limit with its age in days', () => {
    expect(proposalWait({ status: 'proposed', date: '2026-10-01' }, '2026-11-23', 30)).toBe(53);
  });

  it('does not flag a proposal exactly at the limit, nor a decided record however old', () => {
    expect(proposalWait({ status: 'proposed', date: '2026-10-24' }, '2026-11-23', 30)).toBeNull();
    expect(proposalWait({ status: 'accepted', date: '2020-01-01' }, '2026-11-23', 30)).toBeNull();
  });
});
