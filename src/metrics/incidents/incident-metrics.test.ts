import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_POLICIES } from '../../domain/incident-policy.js';
import type { Severity } from '../../domain/records/incident.js';
import {
  computeIncidentMetrics,
  type IncidentFact,
  type IncidentMetricInput,
  type PostmortemFact,
} from './index.js';

const MIN = 60_000;
const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const WINDOW = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };

let counter = 0;
function buildIncident(
  overrides: Partial<IncidentFact> & { startedAt: number; severity?: Severity },
): IncidentFact {
  counter += 1;
  return { id: `pd:${counter}`, severity: 'SEV-2', ...overrides };
}

function buildInput(overrides: Partial<IncidentMetricInput>): IncidentMetricInput {
  return {
    incidents: [],
    postmortems: [],
    policy: { severities: { ...DEFAULT_SEVERITY_POLICIES } },
    org: { pagedPeople: 4, services: [{ ref: 'service:default/api', tier: 1, slos: 1 }] },
    window: WINDOW,
    scope: { kind: 'org' },
    now: new Date('2026-04-15T12:00:00Z'),
    timeZone: 'UTC',
    ...overrides,
  };
}

describe('time to acknowledge and to resolve', () => {
  it('gives the true median and type-7 p90 per severity, in seconds', () => {
    const start = at('2026-03-10T10:00:00Z');
    const incidents = [4, 6, 8, 30].map((minutes) =>
      buildIncident({ severity: 'SEV-1', startedAt: start, acknowledgedAt: start + minutes * MIN }),
    );
    const { timeToAcknowledge } = computeIncidentMetrics(buildInput({ incidents }));
    const sev1 = timeToAcknowledge['SEV-1'];
    if (sev1.kind !== 'value') throw new Error('expected a value');
    expect(sev1.median).toBe(7 * 60);
    // Type 7: h = 3 × 0.9 = 2.7 → 8 + 0.7 × (30 − 8) minutes.
    expect(sev1.p90).toBeCloseTo((8 + 0.7 * 22) * 60, 6);
    expect(sev1.n).toBe(4);
    expect(sev1.metric).toEqual({ id: 'incidents.time-to-acknowledge', version: 1 });
    expect(timeToAcknowledge['SEV-3']).toMatchObject({ kind: 'insufficient-data', n: 0 });
  });

  it('measures resolution for incidents resolved in the window, even those started before it', () => {
    const early = buildIncident({
      startedAt: at('2026-02-20T00:00:00Z'),
      resolvedAt: at('2026-03-02T00:00:00Z'),
    });
    const late = buildIncident({
      startedAt: at('2026-03-30T00:00:00Z'),
      resolvedAt: at('2026-04-02T00:00:00Z'),
    });
    const { timeToResolve } = computeIncidentMetrics(buildInput({ incidents: [early, late] }));
    expect(timeToResolve['SEV-2']).toMatchObject({
      kind: 'value',
      n: 1,
      recordIds: [early.id],
      median: 10 * 86_400,
    });
  });
});

describe('recurrence', () => {
  it('counts an incident with the root cause of one from the 90 days before it, ignoring case and a full stop', () => {
    const first = buildIncident({
      startedAt: at('2026-01-10T00:00:00Z'),
      rootCause: 'Connection pool exhausted',
    });
    const again = buildIncident({
      startedAt: at('2026-03-05T00:00:00Z'),
      rootCause: 'connection pool  exhausted.',
    });
    const other = buildIncident({ startedAt: at('2026-03-06T00:00:00Z'), rootCause: 'Bad certificate' });
    const { recurrence } = computeIncidentMetrics(buildInput({ incidents: [other, again, first] }));
    expect(recurrence).toMatchObject({
      kind: 'value',
      value: 0.5,
      numerator: 1,
      denominator: 2,
      recurrences: [{ incident: again.id, repeats: first.id, by: 'root-cause' }],
    });
  });

  it('counts the same service and category, and not a repeat from more than 90 days before', () => {
    const old = buildIncident({
      startedAt: at('2026-03-20T00:00:00Z') - 91 * DAY,
      service: 'api',
      category: 'capacity',
    });
    const first = buildIncident({
      startedAt: at('2026-03-02T00:00:00Z'),
      service: 'api',
      category: 'capacity',
    });
    const second = buildIncident({
      startedAt: at('2026-03-20T00:00:00Z'),
      service: 'api',
      category: 'Capacity',
    });
    const { recurrence } = computeIncidentMetrics(buildInput({ incidents: [old, first, second] }));
    if (recurrence.kind !== 'value') throw new Error('expected a value');
    // `first` is 91 − 18 = 73 days after `old`: a repeat; `second` repeats `first`.
    expect(recurrence.recurrences.map((entry) => [entry.incident, entry.repeats, entry.by])).toEqual([
      [first.id, old.id, 'service-and-category'],
      [second.id, first.id, 'service-and-category'],
    ]);
    const apart = buildIncident({
      startedAt: at('2026-03-25T00:00:00Z') - 0,
      service: 'web',
      category: 'data',
    });
    const tooOld = buildIncident({
      startedAt: at('2026-03-25T00:00:00Z') - 91 * DAY,
      service: 'web',
      category: 'data',
    });
    const alone = computeIncidentMetrics(buildInput({ incidents: [tooOld, apart] })).recurrence;
    expect(alone).toMatchObject({ kind: 'value', numerator: 0, denominator: 1 });
  });

  it("prefers the postmortem's root cause over the incident's", () => {
    const first = buildIncident({ startedAt: at('2026-03-02T00:00:00Z'), rootCause: 'A change shipped' });
    const second = buildIncident({ startedAt: at('2026-03-09T00:00:00Z'), rootCause: 'A change shipped' });
    const postmortems: PostmortemFact[] = [
      {
        incident: second.id,
        status: 'published',
        rootCause: 'Cache keys collided',
        actionItems: [],
        blameless: true,
      },
    ];
    const { recurrence } = computeIncidentMetrics(buildInput({ incidents: [first, second], postmortems }));
    expect(recurrence).toMatchObject({ kind: 'value', numerator: 0, denominator: 2 });
  });
});

describe('postmortem completion', () => {
  const resolved = (iso: string, severity: Severity = 'SEV-2') =>
    buildIncident({ severity, startedAt: at(iso) - 60 * MIN, resolvedAt: at(iso) });
  const published = (incident: IncidentFact, day: string): PostmortemFact => ({
    incident: incident.id,
    status: 'published',
    published: day,
    actionItems: [],
    blameless: true,
  });

  it('sorts due postmortems into on time, late, missing and pending, by the local due day', () => {
    // Resolved 23:30 UTC on 10 March is 11 March in Berlin: due 16 March there, 15 March in UTC.
    const onTime = resolved('2026-03-10T23:30:00Z');
    const late = resolved('2026-03-02T10:00:00Z');
    const missing = resolved('2026-03-05T10:00:00Z', 'SEV-1');
    const pending = resolved('2026-03-31T10:00:00Z');
    const minor = resolved('2026-03-05T10:00:00Z', 'SEV-3');
    const input = buildInput({
      incidents: [onTime, late, missing, pending, minor],
      postmortems: [published(onTime, '2026-03-16'), published(late, '2026-03-09')],
      now: new Date('2026-04-02T00:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    const { postmortemCompletion } = computeIncidentMetrics(input);
    if (postmortemCompletion.kind !== 'value') throw new Error('expected a value');
    expect(
      Object.fromEntries(
        postmortemCompletion.due.map((entry) => [entry.incident, [entry.state, entry.dueDay]]),
      ),
    ).toEqual({
      [onTime.id]: ['on-time', '2026-03-16'],
      [late.id]: ['late', '2026-03-07'],
      [missing.id]: ['missing', '2026-03-10'],
      [pending.id]: ['pending', '2026-04-05'],
    });
    expect(postmortemCompletion).toMatchObject({ numerator: 1, denominator: 3 });
    const utc = computeIncidentMetrics({ ...input, timeZone: 'UTC' }).postmortemCompletion;
    if (utc.kind !== 'value') throw new Error('expected a value');
    expect(utc.due.find((entry) => entry.incident === onTime.id)).toMatchObject({
      state: 'late',
      dueDay: '2026-03-15',
    });
  });

  it('does not count a draft as completed, and follows the policy when it changes the due days', () => {
    const incident = resolved('2026-03-10T10:00:00Z');
    const draft: PostmortemFact = {
      incident: incident.id,
      status: 'draft',
      actionItems: [],
      blameless: true,
    };
    expect(
      computeIncidentMetrics(buildInput({ incidents: [incident], postmortems: [draft] }))
        .postmortemCompletion,
    ).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    const policy = {
      severities: {
        ...DEFAULT_SEVERITY_POLICIES,
        'SEV-2': { ...DEFAULT_SEVERITY_POLICIES['SEV-2'], postmortem: { required: true, dueDays: 30 } },
      },
    };
    const result = computeIncidentMetrics(
      buildInput({ incidents: [incident], policy, now: new Date('2026-03-20T00:00:00Z') }),
    );
    expect(result.postmortemCompletion).toMatchObject({ kind: 'insufficient-data', n: 0 });
  });
});

describe('action items closed on time', () => {
  it('counts items due in the window whose day has passed, closed on or before it', () => {
    const postmortems: PostmortemFact[] = [
      {
        incident: 'pd:x',
        status: 'published',
        blameless: true,
        actionItems: [
          { id: 'A', due: '2026-03-10', status: 'done', closed: '2026-03-10', kind: 'systemic' },
          { id: 'B', due: '2026-03-12', status: 'done', closed: '2026-03-14', kind: 'systemic' },
          { id: 'C', due: '2026-03-20', status: 'open', kind: 'systemic' },
          { id: 'D', due: '2026-03-31', status: 'open', kind: 'systemic' },
          { id: 'E', due: '2026-04-10', status: 'done', closed: '2026-03-01', kind: 'systemic' },
          { id: 'F', status: 'open', kind: 'individual' },
        ],
      },
    ];
    const now = new Date('2026-03-31T08:00:00Z');
    const { actionItemsOnTime } = computeIncidentMetrics(buildInput({ postmortems, now }));
    expect(actionItemsOnTime).toMatchObject({
      kind: 'value',
      numerator: 1,
      denominator: 3,
      recordIds: ['pd:x#A', 'pd:x#B', 'pd:x#C'],
      late: ['pd:x#B', 'pd:x#C'],
    });
  });
});

describe('maturity', () => {
  const start = at('2026-03-10T10:00:00Z');
  const handled = (severity: Severity, extra: Partial<IncidentFact> = {}) =>
    buildIncident({
      severity,
      startedAt: start,
      acknowledgedAt: start + 5 * MIN,
      commander: 'PABC',
      ...extra,
    });

  it('stops at the first level with an unmet criterion and names what the next level needs', () => {
    const incidents = [handled('SEV-2'), handled('SEV-3')];
    const result = computeIncidentMetrics(buildInput({ incidents })).maturity;
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.level).toBe(3);
    expect(result.name).toBe('systematic');
    expect(result.missingForNext.map((criterion) => criterion.id)).toEqual([
      'postmortems-on-time',
      'postmortems-blameless',
      'action-items-tracked',
    ]);
  });

  it('stays at level 1 without on-call evidence, whatever else is present', () => {
    const incidents = [handled('SEV-2'), handled('SEV-3')];
    const org = { pagedPeople: 0, services: [{ ref: 'service:default/api', tier: 1, slos: 1 }] };
    const result = computeIncidentMetrics(buildInput({ incidents, org })).maturity;
    expect(result).toMatchObject({
      kind: 'value',
      level: 1,
      missingForNext: [expect.objectContaining({ id: 'on-call' })],
    });
  });

  it('drops to level 2 when incidents needing a commander mostly go without one', () => {
    const incidents = [
      handled('SEV-1', { commander: undefined }),
      handled('SEV-2', { commander: undefined }),
      handled('SEV-3'),
    ];
    for (const incident of incidents) if (incident.commander === undefined) delete incident.commander;
    const result = computeIncidentMetrics(buildInput({ incidents })).maturity;
    expect(result).toMatchObject({
      level: 2,
      missingForNext: [expect.objectContaining({ id: 'commanders-assigned' })],
    });
  });

  it('is insufficient data without incidents in the window', () => {
    expect(computeIncidentMetrics(buildInput({})).maturity).toMatchObject({ kind: 'insufficient-data' });
  });
});
