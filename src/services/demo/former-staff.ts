/**
 * Former staff: engineers who left Fernwood during the demo's year, so attrition has enough leavers to
 * mean something. They are declared in people.yaml with their last day and their manager (the lead of
 * the team they were on; taken off the team roster, which lists the team as it is), and in
 * people-private.yaml with why they left, but they are not part of the organization the activity generators draw from: adding
 * them there would change every random draw of the demo. Their work before leaving is simply not in the
 * observed data. Built from the org without randomness, so the same org gives the same former staff.
 *
 * Planted: checkout loses two people it wanted to keep (with its staff engineer, see staff-changes.ts),
 * well above every other team's regrettable attrition.
 */
import { FIRST_NAMES, HEADQUARTERS, LAST_NAMES, toAscii } from './names.js';
import { type DemoPerson, EMAIL_DOMAIN } from './people.js';
import { addDays } from './time.js';

export interface FormerStaffDeparture {
  regrettable: boolean;
  kind: 'voluntary' | 'involuntary';
  reason: string;
}

interface Plan {
  team: string;
  role: string;
  level: string;
  /** Days before asOf of the last day. */
  leftDaysAgo: number;
  /** Days before asOf of the first day. */
  startedDaysAgo: number;
  departure: FormerStaffDeparture;
}

export const FORMER_STAFF: readonly Plan[] = [
  {
    team: 'checkout',
    role: 'Senior Software Engineer',
    level: 'IC4',
    leftDaysAgo: 200,
    startedDaysAgo: 1_150,
    departure: { regrettable: true, kind: 'voluntary', reason: 'Saw no path to a staff role on the team' },
  },
  {
    team: 'checkout',
    role: 'Software Engineer',
    level: 'IC3',
    leftDaysAgo: 300,
    startedDaysAgo: 590,
    departure: { regrettable: false, kind: 'voluntary', reason: 'Moved abroad with their partner' },
  },
  {
    team: 'fulfilment',
    role: 'Senior Software Engineer',
    level: 'IC4',
    leftDaysAgo: 150,
    startedDaysAgo: 2_250,
    departure: { regrettable: true, kind: 'voluntary', reason: 'Offered a markedly higher salary elsewhere' },
  },
  {
    team: 'storefront',
    role: 'Software Engineer',
    level: 'IC3',
    leftDaysAgo: 240,
    startedDaysAgo: 900,
    departure: {
      regrettable: false,
      kind: 'involuntary',
      reason: 'Performance stayed below expectations after an improvement plan',
    },
  },
  {
    team: 'payments',
    role: 'Software Engineer',
    level: 'IC3',
    leftDaysAgo: 45,
    startedDaysAgo: 660,
    departure: { regrettable: false, kind: 'voluntary', reason: 'Moved into a product management role' },
  },
];

export interface FormerStaffMember {
  person: DemoPerson;
  departure: FormerStaffDeparture;
}

/** The former staff of an org, named so that no name, login or e-mail clashes with the current staff. */
export function buildFormerStaff(
  org: { people: readonly { name: string }[]; teams: readonly { name: string; lead?: string }[] },
  asOf: string,
): FormerStaffMember[] {
  const used = new Set(org.people.map((person) => person.name));
  let cursor = 0;
  const nextName = () => {
    for (;;) {
      // Walks the name lists in a fixed order with steps prime to their lengths, skipping names in use.
      const first = FIRST_NAMES[(cursor * 7 + 3) % FIRST_NAMES.length] as string;
      const last = LAST_NAMES[(cursor * 11 + 5) % LAST_NAMES.length] as string;
      cursor += 1;
      const name = `${toAscii(first)}-${toAscii(last)}`;
      if (!used.has(name)) {
        used.add(name);
        return { first, last, name };
      }
    }
  };
  return FORMER_STAFF.flatMap((plan) => {
    const team = org.teams.find((candidate) => candidate.name === plan.team);
    if (!team) return [];
    const { first, last, name } = nextName();
    const login = `${toAscii(first)}${toAscii(last)}`;
    const email = `${toAscii(first)}.${toAscii(last)}@${EMAIL_DOMAIN}`;
    const person: DemoPerson = {
      name,
      displayName: `${first} ${last}`,
      role: plan.role,
      level: plan.level,
      ...(team.lead ? { manager: team.lead } : {}),
      // Off the team roster (team sizes in teams views are today's); their manager places them.
      teams: [],
      location: HEADQUARTERS.location,
      timeZone: HEADQUARTERS.timeZone,
      startDate: addDays(asOf, -plan.startedDaysAgo),
      endDate: addDays(asOf, -plan.leftDaysAgo),
      email,
      gitEmails: [email],
      login,
      jiraId: `former-${name}`,
      pagerdutyId: `PF${String(cursor).padStart(5, '0')}`,
      prRate: 0,
      holidayWeeks: [],
    };
    return [{ person, departure: plan.departure }];
  });
}
