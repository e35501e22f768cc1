/**
 * Builds rituals for the tests: a weekly staff meeting on Mondays at 10:00 Berlin time, owned by Ada, any
 * cadence field and any other field overridable. Test-only: no product code imports this file.
 */
import type { Cadence, Ritual } from './ritual.js';

export function buildRitual(cadence: Partial<Cadence> = {}, overrides: Partial<Ritual> = {}): Ritual {
  return {
    name: 'staff',
    title: 'Staff meeting',
    cadence: {
      every: 'weekly',
      day: 'monday',
      week: null,
      month: null,
      time: '10:00',
      durationMinutes: 60,
      timezone: 'Europe/Berlin',
      starts: null,
      until: null,
      fiscalYearStart: 1,
      ...cadence,
    },
    owner: 'person:default/ada',
    audience: [],
    pack: 'weekly-staff',
    agenda: [],
    notes: null,
    ...overrides,
  };
}
