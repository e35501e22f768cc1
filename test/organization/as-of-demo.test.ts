/**
 * As-of views of the demo organization (data ending 23 November 2026): `sextant demo` leaves a git
 * repository whose first commit holds the organization before Customer Care was formed (17 May 2026),
 * and the staff engineer who left checkout on 25 August 2026 is kept with an end date.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadModelAsOf } from '../../src/services/as-of.service.js';
import { useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-as-of-demo-');

function commits(): string[] {
  return execFileSync('git', ['-C', demo.dir, 'log', '--format=%H'], { encoding: 'utf8' }).trim().split('\n');
}

const teamNames = (model: { teams: { name: string }[] }) => model.teams.map((team) => team.name);

describe('as-of views of the demo organization', () => {
  it('reads the organization before the reorganization from the first commit', async () => {
    const view = await loadModelAsOf(demo.workspace, '2026-05-01');
    expect(view.basis).toBe('git-history');
    expect(view.commit).toBe(commits().at(-1));
    expect(teamNames(view.model)).not.toContain('customer-care');
    expect(teamNames(view.model)).toContain('fulfilment');
    const supportConsole = view.model.services.find((service) => service.name === 'support-console');
    expect(supportConsole?.owner).toBe('team:default/fulfilment');
    const fulfilment = view.model.teams.find((team) => team.name === 'fulfilment');
    const today = demo.workspace.model.teams.find((team) => team.name === 'fulfilment');
    expect(fulfilment?.members.length).toBeGreaterThan(today?.members.length ?? Number.POSITIVE_INFINITY);
  });

  it('shows Customer Care from the day it was formed, and the engineer who left until their last day', async () => {
    const leaver = demo.workspace.model.people.find(
      (person) => person.endDate !== null && person.teams.length > 0,
    );
    expect(leaver?.endDate).toBe('2026-08-25');
    const formed = await loadModelAsOf(demo.workspace, '2026-06-15');
    expect(formed.basis).toBe('git-history');
    expect(teamNames(formed.model)).toContain('customer-care');
    expect(formed.model.people.map((person) => person.ref)).toContain(leaver?.ref);

    const after = await loadModelAsOf(demo.workspace, '2026-09-01');
    expect(after.model.people.map((person) => person.ref)).not.toContain(leaver?.ref);
    const checkout = after.model.teams.find((team) => team.name === 'checkout');
    expect(checkout?.members.map((member) => member.person)).not.toContain(leaver?.ref);
    expect(after.notes).toContain(`${leaver?.ref} is left out: left on 2026-08-25, before 2026-09-01.`);
  });

  it('falls back to effective dates before the first commit', async () => {
    const view = await loadModelAsOf(demo.workspace, '2026-01-15');
    expect(view.basis).toBe('effective-dates');
    expect(teamNames(view.model)).not.toContain('customer-care');
  });
});
