import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../domain/hiring.js';
import { computeCalibration } from './hiring-calibration.js';

function card(
  application: string,
  interviewer: string,
  overall: number | null,
  ratings: Record<string, number> = {},
): Scorecard {
  return {
    id: `t:${application}/${interviewer}`,
    source: 't',
    key: `${application}/${interviewer}`,
    applicationId: application,
    interviewer: interviewer.startsWith('person:') ? interviewer : null,
    interviewerName: interviewer.startsWith('person:') ? null : interviewer,
    stage: 'onsite',
    ratings,
    overall,
    submittedAt: null,
  };
}

const HIGH = 'person:default/hana';
const PEER = 'person:default/pia';
const OTHER = 'person:default/olaf';

describe('computeCalibration', () => {
  it('flags an interviewer who scores a point above the others on the same candidates as high', () => {
    const cards = Array.from({ length: 6 }, (_, i) => [
      card(`app-${i}`, HIGH, 4, { communication: 4 }),
      card(`app-${i}`, PEER, 3, { communication: 3 }),
      card(`app-${i}`, OTHER, 3, { communication: 2 }),
    ]).flat();
    const high = computeCalibration(cards).find((row) => row.interviewer === HIGH);
    expect(high?.overall).toEqual({ kind: 'value', deviation: 1, n: 6, flag: 'high' });
    expect(high?.dimensions.communication).toEqual({ kind: 'value', deviation: 1.5, n: 6, flag: 'high' });
    const peer = computeCalibration(cards).find((row) => row.interviewer === PEER);
    expect(peer?.overall).toEqual({ kind: 'value', deviation: -0.5, n: 6, flag: 'low' });
  });

  it('calls a deviation under half a point calibrated', () => {
    const cards = Array.from({ length: 5 }, (_, i) => [
      card(`a${i}`, HIGH, i < 2 ? 3 : 2),
      card(`a${i}`, PEER, 2),
    ]).flat();
    expect(computeCalibration(cards).find((row) => row.interviewer === HIGH)?.overall).toMatchObject({
      flag: 'calibrated',
      n: 5,
    });
  });

  it('needs five scorecards shared with other interviewers, and skips applications no one else scored', () => {
    const cards = [
      ...Array.from({ length: 4 }, (_, i) => [
        card(`a${i}`, HIGH, 4),
        card(`a${i}`, 'Guest Interviewer', 1),
      ]).flat(),
      card('alone', HIGH, 4),
    ];
    const rows = computeCalibration(cards);
    expect(rows.find((row) => row.interviewer === HIGH)).toMatchObject({
      scorecards: 5,
      overall: { kind: 'insufficient-data', n: 4 },
    });
    expect(rows.map((row) => row.interviewer)).toContain('name:Guest Interviewer');
  });
});
