/**
 * On-call health over the HTTP API on the demo organization, on both database engines. The demo's
 * incidents name their commander and responders by PagerDuty id, and every demo person declares theirs in
 * people.yaml, so every page must find its person; pages a source reported replace an incident's
 * responders.
 */
import { describe, expect, it } from 'vitest';
import { upsertEscalationPolicies, upsertOncallServices } from '../../src/store/escalation.repo.js';
import { upsertPages, upsertShifts } from '../../src/store/oncall.repo.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';
import { STORE_ENGINES } from '../support/store.js';

const demo = useDemoWorkspace('sextant-oncall-');

/** Monday 31 August to Sunday 22 November 2026 in Berlin: twelve weeks before the demo's data ends. */
const QUERY = 'from=2026-08-31&to=2026-11-22';
const WINDOW = { from: Date.parse('2026-08-30T22:00:00Z'), to: Date.parse('2026-11-22T23:00:00Z') };

interface Report {
  window: { from: string; to: string };
  team: string | null;
  pageOrigins: { sources: number; records: number };
  health: {
    kind: string;
    pages: number;
    weeks: number;
    people: { person: string; pages: number; team: string | null; basis: string; weeks: number }[];
    teams: { group: string; share: number; busiestPages: number; pages: number }[];
    unmatched: unknown[];
  };
  onCallNow: { shifts: { person: string | null; rotation: string; level: string | null }[] };
  escalation: { name: string; service: string | null; policy: { levels: number } | null; risks: unknown[] }[];
}

describe.each(STORE_ENGINES)('on-call health over the API (%s)', (engine) => {
  const api = useDemoApi(engine, demo);

  const get = async (url: string) => {
    const response = await api.app.request(url);
    return {
      status: response.status,
      body: (await response.json()) as Report & { error?: { code: string } },
    };
  };

  const inWindow = () =>
    demo.incidents.filter((incident) => {
      const at = Date.parse(incident.startedAt);
      return at >= WINDOW.from && at < WINDOW.to;
    });

  it('pages the commander and responders of every demo incident in the window, each matched to a person', async () => {
    const expected = inWindow().reduce(
      (sum, incident) => sum + new Set([incident.commander, ...incident.responders].filter(Boolean)).size,
      0,
    );
    const { status, body } = await get(`/api/oncall?${QUERY}`);
    expect(status).toBe(200);
    expect(body.window).toEqual({ from: '2026-08-30T22:00:00.000Z', to: '2026-11-22T23:00:00.000Z' });
    expect(body.health.kind).toBe('value');
    expect(expected).toBeGreaterThan(20);
    expect(body.health.pages).toBe(expected);
    expect(body.pageOrigins).toEqual({ sources: 0, records: expected });
    expect(body.health.unmatched).toEqual([]);
    const busiest = body.health.teams[0];
    expect(busiest?.share).toBeCloseTo((busiest?.busiestPages ?? 0) / (busiest?.pages ?? 1), 10);
  });

  it('keeps to the people of one team when asked', async () => {
    const { body } = await get(`/api/oncall?${QUERY}&team=payments`);
    expect(body.team).toBe('team:default/payments');
    const members = new Set(
      demo.workspace.model.people
        .filter((person) => person.teams.some((team) => team.team === 'team:default/payments'))
        .map((person) => person.ref),
    );
    expect(body.health.people.length).toBeGreaterThan(0);
    expect(body.health.people.every((person) => members.has(person.person))).toBe(true);
  });

  it('uses the pages a source reported for an incident instead of its responders', async () => {
    const [target] = inWindow().filter((incident) => incident.responders.length > 0);
    if (!target) throw new Error('the demo has no incident with responders in the window');
    const incidentId = `${target.source}:${target.key}`;
    const before = (await get(`/api/oncall?${QUERY}`)).body;
    await upsertPages(api.store, [
      {
        id: `${incidentId}#pagerduty:PNOBODY1`,
        incidentId,
        source: 'pagerduty',
        system: 'pagerduty',
        actor: 'PNOBODY1',
        actorName: 'Not In People',
        at: new Date(target.startedAt),
        via: 'assignment',
        rotation: 'Payments primary',
      },
    ]);
    const after = (await get(`/api/oncall?${QUERY}`)).body;
    const replaced = new Set([target.commander, ...target.responders].filter(Boolean)).size;
    expect(after.pageOrigins).toEqual({ sources: 1, records: before.pageOrigins.records - replaced });
    expect(after.health.unmatched).toEqual([
      { system: 'pagerduty', actor: 'PNOBODY1', name: 'Not In People', pages: 1 },
    ]);
  });

  it('measures a person with shifts by their time on call, shows who is on call now, and flags a one-person policy', async () => {
    const before = (await get(`/api/oncall?${QUERY}`)).body;
    const busiest = before.health.people[0];
    const person = demo.workspace.model.people.find((candidate) => candidate.ref === busiest?.person);
    const actor = person?.identities.pagerduty?.[0];
    if (!busiest || !actor) throw new Error('the busiest demo person has no PagerDuty id');
    const shift = (from: number, to: number, level: string) => ({
      id: `pagerduty:PDEMO#${level}#${actor}#${new Date(from).toISOString()}`,
      source: 'pagerduty',
      system: 'pagerduty',
      actor,
      actorName: null,
      rotation: 'Demo primary',
      level,
      startsAt: new Date(from),
      endsAt: new Date(to),
    });
    const day = 86_400_000;
    const now = Date.now();
    await upsertShifts(api.store, [
      shift(WINDOW.from, WINDOW.from + 21 * day, '1'),
      shift(now - day, now + day, '1'),
    ]);
    await upsertEscalationPolicies(api.store, [
      {
        id: 'pagerduty:PDEMO',
        source: 'pagerduty',
        sourceId: 'PDEMO',
        name: 'Demo primary',
        levels: [{ delayMinutes: 30, targets: [{ type: 'user', id: actor, name: null }] }],
      },
    ]);
    await upsertOncallServices(api.store, [
      {
        id: 'pagerduty:PSVC1',
        source: 'pagerduty',
        sourceId: 'PSVC1',
        name: 'Demo API',
        status: 'active',
        service: null,
        escalationPolicyId: 'pagerduty:PDEMO',
      },
    ]);
    const { body } = await get(`/api/oncall?${QUERY}`);
    const load = body.health.people.find((candidate) => candidate.person === busiest.person);
    expect(load).toMatchObject({ basis: 'on-call', weeks: 3 });
    expect(body.health.people.filter((candidate) => candidate.basis === 'calendar')).toHaveLength(
      body.health.people.length - 1,
    );
    expect(body.onCallNow.shifts).toEqual([
      expect.objectContaining({ person: busiest.person, rotation: 'Demo primary', level: '1' }),
    ]);
    expect(body.escalation).toEqual([
      {
        id: 'pagerduty:PSVC1',
        source: 'pagerduty',
        name: 'Demo API',
        service: null,
        policy: { id: 'pagerduty:PDEMO', name: 'Demo primary', levels: 1 },
        risks: [{ kind: 'single-level' }, { kind: 'single-responder', level: 1, responder: actor }],
      },
    ]);
    const team = (await get(`/api/oncall?${QUERY}&team=payments`)).body;
    expect(team.escalation).toEqual([]);
  });

  it('answers 400 for a bad date and 404 for an unknown team', async () => {
    expect((await get('/api/oncall?from=31-08-2026')).status).toBe(400);
    const unknown = await get('/api/oncall?team=nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe('not_found');
  });
});
