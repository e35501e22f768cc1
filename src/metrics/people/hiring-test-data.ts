/** Builders for the hiring metric tests: an application or a position with only what a test sets. */
import { type Application, DEFAULT_STAGES, type Position } from '../../domain/hiring.js';

/** An application that entered each of `days` stages in pipeline order on the given days of March 2026. */
export function buildApplication(
  key: string,
  days: number[],
  overrides: Partial<Application> = {},
): Application {
  const stages = days.map((day, index) => ({
    stage: DEFAULT_STAGES[index] as string,
    enteredAt: `2026-03-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  }));
  return {
    id: `t:${key}`,
    source: 't',
    key,
    positionId: 'POS-1',
    candidate: `Candidate ${key}`,
    channel: 'job-board',
    appliedAt: stages[0]?.enteredAt ?? '2026-03-01T00:00:00.000Z',
    stages,
    outcome: 'rejected',
    offerExtendedAt: null,
    offerAcceptedAt: null,
    ...overrides,
  };
}

export function buildPosition(id: string, overrides: Partial<Position> = {}): Position {
  return {
    id,
    role: 'Software Engineer',
    level: 'IC3',
    team: 'team:default/payments',
    opened: '2026-01-05',
    targetDate: '2026-04-01',
    budgeted: true,
    priority: 'critical',
    status: 'open',
    hiringManager: 'person:default/ana',
    filledBy: null,
    filledOn: null,
    atsJob: null,
    ...overrides,
  };
}
