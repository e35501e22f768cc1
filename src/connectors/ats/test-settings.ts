/** Settings the ATS mapper tests share: the default pipeline, two positions and three known people. */
import { DEFAULT_DIMENSIONS, DEFAULT_STAGES } from '../../domain/hiring.js';
import type { AtsMapSettings } from './settings.js';

const PEOPLE: Record<string, string> = {
  ana: 'person:default/ana',
  'ana lopez': 'person:default/ana',
  ben: 'person:default/ben',
};

export function testSettings(overrides: Partial<AtsMapSettings> = {}): AtsMapSettings {
  return {
    file: 'data/ats.csv',
    source: 'ats-test',
    stages: [...DEFAULT_STAGES],
    dimensions: [...DEFAULT_DIMENSIONS],
    positions: [
      { id: 'POS-1', atsJob: '149995' },
      { id: 'POS-2', atsJob: null },
    ],
    stageNames: {
      'Application Review': 'applied',
      'Phone Screen': 'screen',
      'Take Home Test': 'technical',
      'Onsite Interview': 'onsite',
    },
    matchPerson: (name) => PEOPLE[name.trim().toLowerCase()] ?? null,
    ...overrides,
  };
}
