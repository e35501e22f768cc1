import { describe, expect, it } from 'vitest';
import { buildPerson, buildTeam, personRef, teamRef } from './model.test-fixtures.js';
import { teamSubtree } from './team-subtree.js';

const member = (name: string) => ({ person: personRef(name), allocation: 1 });

/**
 * A director (dee) leads commerce and manages the checkout lead (eve), whose engineer (ian) leads payments;
 * search's lead (sam) reports to someone else (vp).
 */
function buildOrg() {
  const people = [
    buildPerson('vp'),
    buildPerson('dee', { manager: personRef('vp') }),
    buildPerson('eve', { manager: personRef('dee') }),
    buildPerson('ian', { manager: personRef('eve') }),
    buildPerson('ola', { manager: personRef('ian') }),
    buildPerson('sam', { manager: personRef('vp') }),
    buildPerson('tom', { manager: personRef('sam') }),
  ];
  const teams = [
    buildTeam('commerce', { lead: personRef('dee'), members: [member('dee')] }),
    buildTeam('checkout', { lead: personRef('eve'), members: [member('eve'), member('ian')] }),
    buildTeam('payments', { lead: personRef('ian'), members: [member('ola'), member('ian')] }),
    buildTeam('search', { lead: personRef('sam'), members: [member('sam'), member('tom')] }),
  ];
  return { people, teams };
}

describe('teamSubtree', () => {
  it('holds the team and every team led further down its lead’s reporting line', () => {
    const subtree = teamSubtree(buildOrg(), teamRef('commerce'));
    expect(subtree.teams).toEqual([teamRef('commerce'), teamRef('checkout'), teamRef('payments')]);
    expect(subtree.people).toEqual(['dee', 'eve', 'ian', 'ola'].map(personRef));
  });

  it('leaves out teams whose lead reports elsewhere, and the teams above', () => {
    const subtree = teamSubtree(buildOrg(), teamRef('checkout'));
    expect(subtree.teams).toEqual([teamRef('checkout'), teamRef('payments')]);
    expect(subtree.people).not.toContain(personRef('dee'));
    expect(subtree.people).not.toContain(personRef('tom'));
  });

  it('is the team alone when the team has no lead', () => {
    const org = buildOrg();
    org.teams.push(buildTeam('docs', { members: [member('tom')] }));
    expect(teamSubtree(org, teamRef('docs'))).toEqual({
      root: teamRef('docs'),
      teams: [teamRef('docs')],
      people: [personRef('tom')],
    });
  });

  it('ends on a cycle in the reporting lines', () => {
    const org = buildOrg();
    const dee = org.people.find((person) => person.name === 'dee');
    if (dee) dee.manager = personRef('ola');
    expect(teamSubtree(org, teamRef('checkout')).teams).toEqual([
      teamRef('checkout'),
      teamRef('commerce'),
      teamRef('payments'),
    ]);
  });
});
