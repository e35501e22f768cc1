/**
 * Fernwood's people: a VP, three directors, an office of the VP, engineering managers and their
 * engineers, each with the identities the connectors see (git e-mails, GitHub login, Jira account id,
 * PagerDuty id). The management chain is a tree: engineers → manager (or director for teams led by a
 * staff engineer) → director → VP.
 */
import type { PersonInput } from '../../domain/person.js';
import { FIRST_NAMES, HEADQUARTERS, LAST_NAMES, LOCATIONS, toAscii } from './names.js';
import type { Random } from './random.js';
import { applyStaffChanges } from './staff-changes.js';
import { type DirectorArea, SHARED_MEMBERS, TEAM_STAFFING } from './teams.js';
import { addDays } from './time.js';

export const EMAIL_DOMAIN = 'fernwood.example';

export interface DemoPerson {
  name: string;
  displayName: string;
  role: string;
  level: string;
  manager?: string;
  /** Further managers on a dotted line (a matrix organization). */
  dottedLine?: string[];
  teams: { team: string; allocation: number }[];
  location: string;
  timeZone: string;
  startDate: string;
  /** Last day at Fernwood, for someone who left during the year; no activity after it. */
  endDate?: string;
  email: string;
  /** The work address first; some people also commit with their GitHub no-reply address. */
  gitEmails: string[];
  login: string;
  jiraId: string;
  pagerdutyId: string;
  /** Chance of opening a pull request on a working day. */
  prRate: number;
  /** Indexes of the weeks in the window the person is on holiday. */
  holidayWeeks: number[];
}

export interface Staff {
  people: DemoPerson[];
  /** Team name → the person who leads it. */
  leads: Record<string, string>;
  /** The fulfilment staff engineer who writes nearly all of the WMS adapter (planted condition). */
  wmsKeeper: string;
  matrixMember: DemoPerson;
  leaver: DemoPerson;
}

const LEVEL_LADDER: Record<string, string[]> = {
  default: ['IC5', 'IC4', 'IC4', 'IC3', 'IC3', 'IC2', 'IC3', 'IC4'],
  'ranking-ml': ['IC5', 'IC4', 'IC3', 'IC4'],
  'reliability-enablement': ['IC5', 'IC4'],
};

const PR_RATE: Record<string, number> = { IC2: 0.48, IC3: 0.56, IC4: 0.58, IC5: 0.48, IC6: 0.12, M1: 0.05 };

export function buildStaff(random: Random, asOf: string, weeks: number): Staff {
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  const create = (
    role: string,
    level: string,
    manager: string | undefined,
    yearsAgo: number,
    atHq = false,
  ): DemoPerson => {
    const person = createPerson(random, used, { role, level, manager, asOf, weeks, yearsAgo, atHq });
    people.push(person);
    return person;
  };

  const vp = create('VP Engineering', 'M3', undefined, 3.2, true);
  const office = create('Chief of Staff, Engineering', 'M2', vp.name, 2.1, true);
  create('Principal Engineer', 'IC6', vp.name, 5.5, true);
  create('Technical Program Manager', 'IC5', office.name, 1.8);
  create('Technical Program Manager', 'IC4', office.name, 0.9);
  create('Engineering Operations Analyst', 'IC3', office.name, 1.3);
  const directors: Record<DirectorArea, DemoPerson> = {
    commerce: create('Director of Engineering, Commerce', 'M2', vp.name, 2.7, true),
    operations: create('Director of Engineering, Operations', 'M2', vp.name, 4.4, true),
    platform: create('Director of Engineering, Platform', 'M2', vp.name, 3.9, true),
  };

  const leads: Record<string, string> = {};
  let wmsKeeper = '';
  for (const staffing of TEAM_STAFFING) {
    const director = directors[staffing.area];
    let manager = director.name;
    if (staffing.hasManager) {
      const em = create('Engineering Manager', 'M1', director.name, 1 + random.nextFloat() * 4);
      em.teams = [{ team: staffing.name, allocation: 1 }];
      manager = em.name;
      leads[staffing.name] = em.name;
    }
    const ladder = LEVEL_LADDER[staffing.name] ?? LEVEL_LADDER.default ?? [];
    for (let index = 0; index < staffing.engineers; index += 1) {
      const level = ladder[index % ladder.length] ?? 'IC3';
      const isKeeper = staffing.name === 'fulfilment' && index === 0;
      const engineer = create(
        titleFor(staffing.craft, level),
        level,
        manager,
        isKeeper ? 6.5 : 0.4 + random.nextFloat() * 5,
      );
      engineer.teams = [{ team: staffing.name, allocation: 1 }];
      if (isKeeper) wmsKeeper = engineer.name;
      if (index === 0 && !staffing.hasManager) leads[staffing.name] = engineer.name;
    }
  }

  // Shared specialists: the last engineer listed in the source team splits time with the second team.
  for (const share of SHARED_MEMBERS) {
    const member = people.filter((p) => p.teams[0]?.team === share.from && p.level !== 'M1').at(-1);
    if (!member) continue;
    member.teams = [
      { team: share.from, allocation: 1 - share.allocation },
      { team: share.to, allocation: share.allocation },
    ];
  }

  // Three recent hires: their activity starts on their first day, which onboarding metrics should see.
  const candidates = people
    .filter((p) => p.level === 'IC2' || p.level === 'IC3')
    .filter((p) => p.teams.length === 1);
  for (const [index, hire] of random.shuffle(candidates).slice(0, 3).entries()) {
    hire.startDate = addDays(asOf, -(45 + index * 70 + random.nextInt(0, 20)));
    hire.level = 'IC2';
    hire.role = titleFor(hire.role.replace(/^(Senior|Staff) /, ''), 'IC2');
    hire.prRate = PR_RATE.IC2 ?? 0.4;
  }
  return { people, leads, wmsKeeper, ...applyStaffChanges(people, leads, asOf) };
}

export function toPersonInput(person: DemoPerson): PersonInput {
  return {
    name: person.name,
    displayName: person.displayName,
    email: person.email,
    role: person.role,
    level: person.level,
    ...(person.manager ? { manager: person.manager } : {}),
    ...(person.dottedLine ? { dottedLine: person.dottedLine } : {}),
    teams: person.teams.map(({ team, allocation }) => (allocation === 1 ? team : { team, allocation })),
    identities: {
      git: person.gitEmails,
      github: person.login,
      jira: person.jiraId,
      pagerduty: person.pagerdutyId,
    },
    startDate: person.startDate,
    ...(person.endDate ? { endDate: person.endDate } : {}),
    location: person.location,
  };
}

function titleFor(craft: string, level: string): string {
  if (level === 'IC5') return `Staff ${craft}`;
  if (level === 'IC4') return `Senior ${craft}`;
  return craft;
}

interface PersonOptions {
  role: string;
  level: string;
  manager: string | undefined;
  asOf: string;
  weeks: number;
  yearsAgo: number;
  atHq: boolean;
}

function createPerson(random: Random, used: Set<string>, options: PersonOptions): DemoPerson {
  let first = '';
  let last = '';
  let name = '';
  do {
    first = random.pick(FIRST_NAMES);
    last = random.pick(LAST_NAMES);
    name = `${toAscii(first)}-${toAscii(last)}`;
  } while (used.has(name));
  used.add(name);
  const place = options.atHq ? HEADQUARTERS : random.pickWeighted(LOCATIONS);
  const [firstAscii, lastAscii] = [toAscii(first), toAscii(last)];
  // GitHub logins follow no rule in real orgs; the plain concatenation is unique because names are.
  let login = random.pick([
    `${firstAscii}${lastAscii}`,
    `${firstAscii}-${lastAscii.slice(0, 1)}`,
    `${firstAscii.slice(0, 1)}${lastAscii}-fw`,
  ]);
  if (used.has(`github:${login}`)) login = `${firstAscii}${lastAscii}`;
  used.add(`github:${login}`);
  const email = `${firstAscii}.${lastAscii}@${EMAIL_DOMAIN}`;
  const gitEmails = random.flip(0.25)
    ? [email, `${random.nextInt(1_000_000, 9_999_999)}+${login}@users.noreply.github.com`]
    : [email];
  const holidayWeeks = random.shuffle(Array.from({ length: options.weeks }, (_, week) => week)).slice(0, 5);
  return {
    name,
    displayName: `${first} ${last}`,
    role: options.role,
    level: options.level,
    ...(options.manager ? { manager: options.manager } : {}),
    teams: [],
    location: place.location,
    timeZone: place.timeZone,
    startDate: addDays(options.asOf, -Math.round(options.yearsAgo * 365)),
    email,
    gitEmails,
    login,
    jiraId: random.makeHex(24),
    pagerdutyId: `P${random.makeHex(6).toUpperCase()}`,
    prRate: PR_RATE[options.level] ?? 0,
    holidayWeeks,
  };
}
