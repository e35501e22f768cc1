import { describe, expect, it } from 'vitest';
import {
  type DecisionArea,
  type DecisionRights,
  findDecisionArea,
  formatDuration,
  parseDurationMinutes,
  partySchema,
} from './decision-rights.js';

function buildArea(id: string, title: string, keywords: string[] = []): DecisionArea {
  return {
    id,
    title,
    keywords,
    decides: { kind: 'role', ref: 'VP Engineering', people: [] },
    consults: [],
    approval: [],
    escalation: null,
    notes: null,
  };
}

const rights: DecisionRights = {
  roles: [],
  escalations: [],
  decisions: [
    buildArea('vendor-selection', 'Selecting a vendor or paid tool', ['procurement', 'SaaS']),
    buildArea('architecture-within-team', 'Architecture inside a team'),
    buildArea('architecture-shift', 'Material architecture shifts', ['replatforming']),
    buildArea('production-freeze-exception', 'Exceptions to a production freeze', ['change freeze']),
  ],
};

describe('findDecisionArea', () => {
  it('finds an area by a keyword, whatever its case', () => {
    const match = findDecisionArea(rights, 'saas');
    expect(match.kind === 'found' && match.area.id).toBe('vendor-selection');
  });

  it('finds an area by words of its title in another order', () => {
    const match = findDecisionArea(rights, 'freeze production');
    expect(match.kind === 'found' && match.area.id).toBe('production-freeze-exception');
  });

  it('prefers an exact id over areas that merely contain the text', () => {
    const match = findDecisionArea(rights, 'architecture-shift');
    expect(match.kind === 'found' && match.area.id).toBe('architecture-shift');
  });

  it('lists every candidate when several areas match', () => {
    const match = findDecisionArea(rights, 'architecture');
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates.map((area) => area.id)).toEqual([
      'architecture-within-team',
      'architecture-shift',
    ]);
  });

  it('says nothing matches and hands back every topic', () => {
    const match = findDecisionArea(rights, 'parking spaces');
    expect(match.kind).toBe('none');
    expect(match.kind === 'none' && match.topics).toHaveLength(4);
  });
});

describe('parties and durations', () => {
  it('reads a bare text as a role and a prefixed one as a reference', () => {
    expect(partySchema.parse('VP Engineering')).toEqual({ kind: 'role', value: 'VP Engineering' });
    expect(partySchema.parse('person:ada')).toEqual({ kind: 'person', value: 'ada' });
    expect(partySchema.parse('team:default/payments')).toEqual({ kind: 'team', value: 'default/payments' });
  });

  it('reads combined durations as minutes and writes them back', () => {
    expect(parseDurationMinutes('1h30m')).toBe(90);
    expect(parseDurationMinutes('2d')).toBe(2880);
    expect(formatDuration(1530)).toBe('1d 1h 30m');
  });
});
