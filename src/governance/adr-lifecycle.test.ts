import { describe, expect, it } from 'vitest';
import { type AdrLinks, checkSupersession } from './adr-lifecycle.js';

const adr = (id: string, status: AdrLinks['status'], links: Partial<AdrLinks> = {}): AdrLinks => ({
  id,
  status,
  supersedes: [],
  ...links,
});

describe('checkSupersession', () => {
  it('accepts a superseded record whose successor is accepted and lists it back', () => {
    const records = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'accepted', { supersedes: ['ADR-0001'] }),
    ];
    expect(checkSupersession(records)).toEqual([]);
  });

  it('derives the missing back link rather than reporting it', () => {
    const records = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'accepted'),
    ];
    expect(checkSupersession(records)).toEqual([]);
  });

  it('accepts a line of three where the middle one is superseded further on', () => {
    const records = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'superseded', { supersededBy: 'ADR-0003', supersedes: ['ADR-0001'] }),
      adr('ADR-0003', 'accepted', { supersedes: ['ADR-0002'] }),
    ];
    expect(checkSupersession(records)).toEqual([]);
  });

  it('reports a successor that does not exist at supersededBy', () => {
    const [problem] = checkSupersession([adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0009' })]);
    expect(problem).toMatchObject({ id: 'ADR-0001', path: ['supersededBy'], found: 'ADR-0009' });
    expect(problem?.expected).toBe('the id of an ADR in decisions/');
  });

  it('does not judge a link to a record whose file exists but could not be read', () => {
    const records = [adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0009' })];
    expect(checkSupersession(records, new Set(['ADR-0009']))).toEqual([]);
  });

  it('reports a successor that is only proposed', () => {
    const records = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'proposed'),
    ];
    expect(checkSupersession(records)).toEqual([
      expect.objectContaining({ id: 'ADR-0001', path: ['supersededBy'], found: 'ADR-0002 (proposed)' }),
    ]);
  });

  it('reports an accepted record listing one that is still accepted as a contradiction', () => {
    const records = [adr('ADR-0001', 'accepted'), adr('ADR-0002', 'accepted', { supersedes: ['ADR-0001'] })];
    expect(checkSupersession(records)).toEqual([
      expect.objectContaining({
        id: 'ADR-0002',
        path: ['supersedes', 0],
        found: 'ADR-0001 is accepted',
        expected: 'ADR-0001 with status superseded and supersededBy: ADR-0002',
      }),
    ]);
  });

  it('reports two records claiming to supersede the same one', () => {
    const records = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'accepted', { supersedes: ['ADR-0001'] }),
      adr('ADR-0003', 'accepted', { supersedes: ['ADR-0004', 'ADR-0001'] }),
      adr('ADR-0004', 'superseded', { supersededBy: 'ADR-0003' }),
    ];
    expect(checkSupersession(records)).toEqual([
      expect.objectContaining({
        id: 'ADR-0003',
        path: ['supersedes', 1],
        found: 'ADR-0001 is superseded by ADR-0002',
      }),
    ]);
  });

  it('lets a proposal name what it would supersede while the earlier one stays accepted', () => {
    const records = [adr('ADR-0001', 'accepted'), adr('ADR-0002', 'proposed', { supersedes: ['ADR-0001'] })];
    expect(checkSupersession(records)).toEqual([]);
  });

  it('reports a supersedes link to a missing record', () => {
    expect(checkSupersession([adr('ADR-0002', 'proposed', { supersedes: ['ADR-0001'] })])).toEqual([
      expect.objectContaining({ id: 'ADR-0002', path: ['supersedes', 0], found: 'ADR-0001' }),
    ]);
  });

  it('reports a cycle once, at its lowest id, naming the whole loop', () => {
    const records = [
      adr('ADR-0003', 'superseded', { supersededBy: 'ADR-0001', supersedes: ['ADR-0002'] }),
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002', supersedes: ['ADR-0003'] }),
      adr('ADR-0002', 'superseded', { supersededBy: 'ADR-0003', supersedes: ['ADR-0001'] }),
    ];
    const problems = checkSupersession(records);
    expect(problems).toEqual([
      expect.objectContaining({
        id: 'ADR-0001',
        path: ['supersededBy'],
        found: 'ADR-0001 → ADR-0002 → ADR-0003 → ADR-0001',
      }),
    ]);
  });

  it('reports a cycle entered from outside only once, at the cycle', () => {
    const records = [
      adr('ADR-0001', 'superseded', { supersededBy: 'ADR-0002' }),
      adr('ADR-0002', 'superseded', { supersededBy: 'ADR-0003' }),
      adr('ADR-0003', 'superseded', { supersededBy: 'ADR-0002' }),
    ];
    const cycles = checkSupersession(records).filter((problem) => problem.found.includes('→'));
    expect(cycles.map((problem) => problem.found)).toEqual(['ADR-0002 → ADR-0003 → ADR-0002']);
  });
});
