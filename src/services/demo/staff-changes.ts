/**
 * Two changes to Fernwood's staff that the declared model records with dates and names rather than by
 * rewriting history: an engineer matrixed across three teams with a second manager, and a senior
 * engineer who left checkout during the year (kept in people.yaml with an end date, so as-of views
 * before that day still show them on the team).
 */
import type { DemoPerson } from './people.js';
import { addDays } from './time.js';

/**
 * The reliability engineer who is not the team's lead spends most of their time embedded with the two
 * teams reliability enablement facilitates, and answers to fulfilment's engineering manager on a dotted
 * line besides their line manager (planted condition `matrix-management`).
 */
export const MATRIX_MEMBER = {
  home: 'reliability-enablement',
  teams: [
    { team: 'reliability-enablement', allocation: 0.4 },
    { team: 'fulfilment', allocation: 0.3 },
    { team: 'customer-care', allocation: 0.3 },
  ],
  dottedLineTo: 'fulfilment',
} as const;

/** Checkout's staff engineer left this many days before asOf. */
export const LEAVER = { team: 'checkout', days: 90 } as const;

export interface StaffChanges {
  matrixMember: DemoPerson;
  leaver: DemoPerson;
}

export function applyStaffChanges(
  people: DemoPerson[],
  leads: Record<string, string>,
  asOf: string,
): StaffChanges {
  const onlyIn = (team: string) =>
    people.filter(
      (person) => person.level !== 'M1' && person.teams.length === 1 && person.teams[0]?.team === team,
    );
  const matrixMember = onlyIn(MATRIX_MEMBER.home).find((person) => person.name !== leads[MATRIX_MEMBER.home]);
  const secondManager = leads[MATRIX_MEMBER.dottedLineTo];
  if (!matrixMember || !secondManager) throw new Error('the demo staff has no one to matrix');
  matrixMember.teams = MATRIX_MEMBER.teams.map((membership) => ({ ...membership }));
  matrixMember.dottedLine = [secondManager];

  const leaver = onlyIn(LEAVER.team).find((person) => person.level === 'IC5');
  if (!leaver) throw new Error(`the demo staff has no staff engineer on ${LEAVER.team}`);
  leaver.endDate = addDays(asOf, -LEAVER.days);
  return { matrixMember, leaver };
}
