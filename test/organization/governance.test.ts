/**
 * Decision rights, rituals and people-private data on the demo organization, through the CLI, the API
 * and the service that guards the sensitive fields.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it, vi } from 'vitest';
import { NotAllowedError } from '../../src/domain/errors.js';
import { expandOccurrences } from '../../src/domain/ritual.js';
import { readPrivatePeople } from '../../src/services/people-private.service.js';
import { listAudit } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-governance-');
const api = useDemoApi('pglite', demo);

async function getJson(url: string) {
  const response = await api.app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

const personWithRole = (role: string) => demo.workspace.model.people.find((person) => person.role === role);

describe('who decides, on the demo', () => {
  it('finds a decision area by a keyword and names the people behind its roles', async () => {
    const { status, body } = await getJson('/api/decision-rights/who-decides?topic=Procurement');
    expect(status).toBe(200);
    expect(body.kind).toBe('found');
    expect(body.area.id).toBe('vendor-selection');
    const platformDirector = personWithRole('Director of Engineering, Platform');
    expect(body.area.decides.people).toEqual([
      { ref: platformDirector?.ref, name: platformDirector?.displayName, role: platformDirector?.role },
    ]);
    const thresholds = body.area.approval.map(
      (approval: { threshold: { above: number } }) => approval.threshold.above,
    );
    expect(thresholds).toEqual([25_000, 100_000]);
  });

  it('resolves an escalation path level by level with its times', async () => {
    const { body } = await getJson('/api/decision-rights/who-decides?topic=incident-severity');
    const levels = body.area.escalation.levels;
    expect(levels.map((level: { after: string | null }) => level.after)).toEqual([
      null,
      '30m',
      '1h',
      '2h',
      '4h',
    ]);
    const managers = demo.workspace.model.people.filter((person) => person.role === 'Engineering Manager');
    expect(levels[1].who.people.map((person: { ref: string }) => person.ref).sort()).toEqual(
      managers.map((person) => person.ref).sort(),
    );
    expect(levels[3].who.people[0].ref).toBe(personWithRole('VP Engineering')?.ref);
  });

  it('lists the candidates when a topic matches several areas, and every topic when it matches none', async () => {
    const several = await getJson('/api/decision-rights/who-decides?topic=architecture');
    expect(several.body.kind).toBe('ambiguous');
    expect(several.body.candidates.map((topic: { id: string }) => topic.id)).toEqual([
      'architecture-within-team',
      'architecture-shift',
    ]);
    const none = await getJson('/api/decision-rights/who-decides?topic=parking');
    expect(none.body.kind).toBe('none');
    expect(none.body.topics).toHaveLength(demo.workspace.decisionRights.decisions.length);
    expect((await getJson('/api/decision-rights/who-decides')).status).toBe(400);
  });

  it('answers on the command line from a keyword of several words', async () => {
    const found = await runCli(['-w', demo.dir, 'who-decides', 'change', 'freeze']);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('Exceptions to a production freeze (production-freeze-exception)');
    expect(found.stdout).toContain(personWithRole('Director of Engineering, Platform')?.displayName);
    const missing = await runCli(['-w', demo.dir, 'who-decides', 'parking', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).kind).toBe('none');
  }, 60_000);
});

describe('rituals, on the demo', () => {
  it("gives a week's agenda in order, with owners and the packs to prepare", async () => {
    // The week of Monday 23 November 2026: the staff meeting, the architecture forum (an even fortnight
    // from 7 January) and the operations review.
    const { status, body } = await getJson('/api/rituals/agenda?week=2026-11-25');
    expect(status).toBe(200);
    expect(body.week).toBe('2026-11-23');
    expect(body.items.map((item: { name: string }) => item.name)).toEqual([
      'leadership-staff',
      'architecture-review',
      'ops-review',
    ]);
    expect(body.items[0].occurrence.start).toBe('2026-11-23T09:00:00.000Z');
    expect(body.items[0].owner.name).toBe(personWithRole('VP Engineering')?.displayName);
    expect(body.packs).toEqual(['weekly-staff', 'ops-review']);
    expect((await getJson('/api/rituals/agenda?week=monday')).status).toBe(400);
  });

  it('shows the monthly executive meeting in the week of the first Tuesday of the month', async () => {
    const { body } = await runCliJson(['rituals', 'agenda', '--week', '2026-12-02', '--json']);
    const monthly = body.items.find((item: { name: string }) => item.name === 'monthly-exec');
    expect(monthly.occurrence.date).toBe('2026-12-01');
    expect(monthly.pack).toBe('monthly-exec');
    expect(monthly.agenda.length).toBeGreaterThan(0);
  }, 60_000);

  it('lists every ritual with its next occurrence', async () => {
    const { body } = await getJson('/api/rituals');
    expect(body.total).toBe(6);
    expect(body.items.map((ritual: { pack: string }) => ritual.pack)).toEqual([
      'weekly-staff',
      'ops-review',
      'none',
      'monthly-exec',
      'quarterly',
      'board',
    ]);
    for (const ritual of body.items) expect(ritual.next?.start > new Date().toISOString()).toBe(true);
  });

  it('exports an iCalendar file a parser reads back into the same occurrences', async () => {
    const response = await api.app.request('/api/rituals.ics');
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const parsed = ical.sync.parseICS(await response.text());
    const events = Object.values(parsed).filter((item): item is VEvent => item?.type === 'VEVENT');
    expect(events.map((event) => event.uid).sort()).toEqual(
      demo.workspace.rituals.map((ritual) => `${ritual.name}@fernwood.sextant`).sort(),
    );
    // Through a spring and an autumn daylight saving change in Berlin.
    const from = new Date('2027-01-01T00:00:00Z');
    const to = new Date('2028-01-01T00:00:00Z');
    for (const ritual of demo.workspace.rituals) {
      const event = events.find((candidate) => candidate.uid === `${ritual.name}@fernwood.sextant`);
      expect(event?.start.tz).toBe('Europe/Berlin');
      const fromFile = event?.rrule?.between(from, to, true).map((date) => date.toISOString());
      const expected = expandOccurrences(ritual, from, to).map((occurrence) =>
        occurrence.start.toISOString(),
      );
      expect(fromFile, ritual.name).toEqual(expected);
    }
  });

  it('writes the calendar to a file with stable identifiers', async () => {
    const file = path.join(demo.dir, 'rituals.ics');
    const result = await runCli(['-w', demo.dir, 'rituals', 'ics', '-o', file]);
    expect(result.code).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=TH;BYSETPOS=-1');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const again = await (await api.app.request('/api/rituals.ics')).text();
    const uids = (ics: string) => ics.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(text.replace(/\r\n/g, '\n')));
  }, 60_000);
});

describe('people-private data', () => {
  it('is refused to viewers, managers and leaders without even being read, and each refusal is audited', async () => {
    const peoplePrivate = vi.fn(demo.workspace.peoplePrivate);
    const context = { workspace: { ...demo.workspace, peoplePrivate }, store: api.store };
    for (const role of ['viewer', 'manager', 'leader'] as const) {
      await expect(readPrivatePeople(context, { role, actor: `test-${role}` })).rejects.toBeInstanceOf(
        NotAllowedError,
      );
    }
    expect(peoplePrivate).not.toHaveBeenCalled();
    const refused = await listAudit(api.store, { limit: 50 });
    expect(
      refused
        .filter((row) => row.actor.startsWith('test-') && row.resource === 'people-private.yaml')
        .map((row) => [row.role, row.outcome]),
    ).toEqual([
      ['leader', 'refused'],
      ['manager', 'refused'],
      ['viewer', 'refused'],
    ]);
  });

  it('is given to a people partner, with names', async () => {
    const context = { workspace: demo.workspace, store: api.store };
    const entries = await readPrivatePeople(context, { role: 'people-partner', actor: 'test-partner' });
    const vp = personWithRole('VP Engineering');
    const entry = entries.find((candidate) => candidate.person === vp?.ref);
    expect(entry?.name).toBe(vp?.displayName);
    expect(entry?.compensation?.currency).toBe('EUR');
    expect(entries.some((candidate) => candidate.flightRisk === 'high')).toBe(true);
  });

  it('never leaves through the people endpoints, and has no endpoint of its own', async () => {
    const entries = await demo.workspace.peoplePrivate();
    const list = await (await api.app.request('/api/people')).text();
    const vp = personWithRole('VP Engineering');
    const one = await (await api.app.request(`/api/people/${vp?.name}`)).text();
    for (const text of [list, one]) {
      for (const field of ['compensation', 'performance', 'potential', 'flightRisk', 'underrepresentedGroup'])
        expect(text).not.toContain(`"${field}"`);
      for (const entry of entries) if (entry.notes) expect(text).not.toContain(entry.notes);
    }
    const today = new Date().toISOString().slice(0, 10);
    const current = demo.workspace.model.people.filter((person) => (person.endDate ?? today) >= today);
    expect(JSON.parse(list).items.length).toBe(current.length);
    expect((await api.app.request('/api/people-private')).status).toBe(404);
  });

  it('is read on the command line by the local operator', async () => {
    const { body } = await runCliJson(['people', 'private', '--json']);
    expect(body.length).toBe((await demo.workspace.peoplePrivate()).length);
  }, 60_000);
});

async function runCliJson(args: string[]) {
  const result = await runCli(['-w', demo.dir, ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { body: JSON.parse(result.stdout) as any };
}
