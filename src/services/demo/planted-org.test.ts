/**
 * The conditions planted in the declared model (matrix management, a hidden dependency, a stale
 * collaboration) and the reorganization inside the data's year, checked on the files the demo writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type DemoOutput, generateDemo } from './generate-demo.js';
import { readDemoFile, readJsonLines, readYamlList } from './read-demo.js';

const AS_OF = '2026-03-31';
const DAY = 86_400_000;

interface PersonRow {
  name: string;
  role: string;
  manager?: string;
  dottedLine?: string[];
  teams: (string | { team: string; allocation: number })[];
  startDate: string;
  endDate?: string;
  identities: { git: string[]; github: string };
}
interface TeamRow {
  name: string;
  since?: string;
  interactions: { mode: string; with: string; since: string; until?: string }[];
  cognitiveLoad: { date: string }[];
  api?: {
    offers: { what: string; how?: string }[];
    contact?: string;
    requests?: string;
    responseTime?: string;
  };
}

let demo: DemoOutput;
let people: PersonRow[];
let teams: TeamRow[];

const teamsOf = (person: PersonRow) => person.teams.map((m) => (typeof m === 'string' ? m : m.team));
const nameOf = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);
const daysBefore = (date: string) =>
  (Date.parse(`${AS_OF}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY;

function subjectOf(id: string): string {
  const condition = demo.planted.find((candidate) => candidate.id === id);
  if (!condition) throw new Error(`condition ${id} is not planted`);
  return condition.subject;
}

beforeAll(() => {
  demo = generateDemo({ seed: 1, asOf: AS_OF });
  people = readYamlList<PersonRow>(demo, 'model/people.yaml', 'people');
  teams = readYamlList<TeamRow>(demo, 'model/teams.yaml', 'teams');
});

describe('conditions planted in the declared model', () => {
  it('matrix-management: one person has a dotted-line manager besides their own and is split across three teams', () => {
    const subject = subjectOf('matrix-management');
    expect(subject).toMatch(/^person:default\//);
    const matrixed = people.filter((person) => (person.dottedLine ?? []).length > 0);
    expect(matrixed.map((person) => person.name)).toEqual([nameOf(subject)]);
    const [person] = matrixed;
    expect(person?.manager).toBeDefined();
    expect(person?.dottedLine).not.toContain(person?.manager);
    expect(new Set(teamsOf(person as PersonRow)).size).toBe(3);
    expect(people.filter((other) => other.teams.length > 2).map((other) => other.name)).toEqual([
      person?.name,
    ]);
  });

  it('hidden-dependency: the consumer’s services call the provider’s, with no dependency declared between the two teams', () => {
    const services = readYamlList<{ name: string; owner: string; dependsOn: string[] }>(
      demo,
      'model/services.yaml',
      'services',
    );
    const dependencies = readYamlList<{ provider: string; consumer: string; status: string }>(
      demo,
      'model/dependencies.yaml',
      'dependencies',
    );
    const consumer = nameOf(subjectOf('hidden-dependency'));
    const ownerOf = new Map(services.map((service) => [service.name, service.owner]));
    const calls = services
      .filter((service) => service.owner === consumer)
      .flatMap((service) => service.dependsOn.map((called) => ({ from: service.name, to: called })))
      .filter((call) => ownerOf.get(call.to) === 'fulfilment');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const declared = dependencies.filter(
      (d) => d.provider === 'fulfilment' && d.consumer === consumer && d.status !== 'cancelled',
    );
    expect(declared).toEqual([]);
  });

  it('stale-collaboration: a collaboration running more than six months with no end date, and only one', () => {
    const subject = nameOf(subjectOf('stale-collaboration'));
    const open = teams.flatMap((team) =>
      team.interactions
        .filter((i) => i.mode === 'collaboration' && i.until === undefined && daysBefore(i.since) > 182)
        .map((i) => `${team.name}→${i.with}`),
    );
    expect(open).toEqual([`${subject}→payments`]);
  });
});

describe('team APIs and the reorganization in the data’s year', () => {
  it('gives every team an API: offers with how to use them, a contact channel, how to ask and how fast it answers', () => {
    for (const team of teams) {
      expect(team.api?.offers.length, team.name).toBeGreaterThan(0);
      expect(
        team.api?.offers.every((offer) => (offer.how ?? '').length > 0),
        team.name,
      ).toBe(true);
      expect(team.api?.contact, team.name).toBe(`#team-${team.name}`);
      expect(team.api?.requests, team.name).toBeTruthy();
      expect(team.api?.responseTime, team.name).toBeTruthy();
    }
  });

  it('dates every team’s formation; one team was formed inside the year and has no assessment before it', () => {
    expect(teams.every((team) => team.since !== undefined && team.since <= AS_OF)).toBe(true);
    const formedInYear = teams.filter((team) => daysBefore(team.since ?? AS_OF) < 365);
    expect(formedInYear.map((team) => team.name)).toEqual(['customer-care']);
    const [formed] = formedInYear;
    expect(formed?.cognitiveLoad.every((load) => load.date >= (formed.since ?? ''))).toBe(true);
    expect(formed?.interactions.every((interaction) => interaction.since >= (formed.since ?? ''))).toBe(true);
  });

  it('keeps the team member who left with their end date, and nothing of theirs appears after it', () => {
    const leavers = people.filter((person) => person.endDate !== undefined && teamsOf(person).length > 0);
    expect(leavers).toHaveLength(1);
    const [leaver] = leavers as [PersonRow];
    expect(daysBefore(leaver.endDate ?? AS_OF)).toBeGreaterThan(30);
    expect(daysBefore(leaver.endDate ?? AS_OF)).toBeLessThan(365);
    const end = Date.parse(`${leaver.endDate}T00:00:00Z`) + 2 * DAY;
    const emails = new Set(leaver.identities.git);
    const commits = readJsonLines(demo, 'commit').filter((c) => emails.has(c.authorEmail as string));
    expect(commits.length).toBeGreaterThan(20);
    expect(commits.filter((c) => Date.parse(c.authoredAt as string) > end)).toEqual([]);
    const reviews = readJsonLines(demo, 'review').filter((r) => r.reviewer === leaver.identities.github);
    expect(reviews.filter((r) => Date.parse(r.submittedAt as string) > end + 30 * DAY)).toEqual([]);
  });

  it('declares former staff who left during the year with their manager, on no team', () => {
    const former = people.filter((person) => person.endDate !== undefined && teamsOf(person).length === 0);
    expect(former.length).toBeGreaterThanOrEqual(5);
    for (const person of former) {
      expect(person.manager).toBeDefined();
      expect(daysBefore(person.endDate ?? AS_OF)).toBeLessThan(365);
      expect((person.startDate ?? '') < (person.endDate ?? '')).toBe(true);
    }
  });

  it('has someone who joined in the last three months', () => {
    expect(people.some((person) => daysBefore(person.startDate) < 90)).toBe(true);
  });

  it('describes the changes of the year in the README', () => {
    const readme = readDemoFile(demo, 'README.md');
    const leaver = people.find((person) => person.endDate !== undefined && teamsOf(person).length > 0);
    expect(readme).toContain('## Changes during the year');
    expect(readme).toContain(`left on ${leaver?.endDate}`);
    const former = people.filter((person) => person.endDate !== undefined && teamsOf(person).length === 0);
    expect(readme).toContain(`${former.length} more people left during the year`);
    expect(readme).toContain(`formed on ${teams.find((team) => team.name === 'customer-care')?.since}`);
    expect(parse(readDemoFile(demo, 'sextant.yaml'))).toBeTruthy();
  });
});
