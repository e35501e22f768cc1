/**
 * The `team` filter of the register lists and of the SLO list, on the demo organization: a register keeps
 * the entries that name the team and those that name none; the SLO list keeps the SLOs of the services the
 * team owns; an unknown team is a 400 naming the field.
 */
import { describe, expect, it } from 'vitest';
import { useSyncedDemo } from '../support/synced-demo.js';

interface Listed {
  items: Record<string, unknown>[];
  total: number;
}

const REGISTERS: { path: string; teamsOf: (item: Record<string, unknown>) => string[] }[] = [
  { path: '/api/risks', teamsOf: (item) => item.teams as string[] },
  { path: '/api/debt', teamsOf: (item) => item.teams as string[] },
  { path: '/api/vendors', teamsOf: (item) => item.teams as string[] },
  { path: '/api/decisions', teamsOf: (item) => item.teams as string[] },
  { path: '/api/controls', teamsOf: (item) => item.teams as string[] },
  { path: '/api/architecture-reviews', teamsOf: (item) => (item.team ? [item.team as string] : []) },
];

describe('the team filter of the registers and SLOs', () => {
  const demo = useSyncedDemo('sextant-register-team-');

  async function list(path: string): Promise<Listed> {
    const response = await demo.app.request(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as Listed;
  }

  for (const register of REGISTERS) {
    it(`keeps the ${register.path} entries that name the team or no team`, async () => {
      const all = await list(`${register.path}?limit=1000`);
      const named = all.items.flatMap(register.teamsOf);
      // The team named most often, so the filter has entries to keep and (in the demo) others to leave out.
      const counts = new Map<string, number>();
      for (const team of named) counts.set(team, (counts.get(team) ?? 0) + 1);
      const [team] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      expect(team, `${register.path} names some team`).toBeDefined();
      const expected = all.items.filter((item) => {
        const teams = register.teamsOf(item);
        return teams.length === 0 || teams.includes(team as string);
      });
      const byRef = await list(`${register.path}?limit=1000&team=${encodeURIComponent(team as string)}`);
      expect(byRef.items).toEqual(expected);
      expect(byRef.total).toBe(expected.length);
      const shortName = (team as string).replace(/^team:default\//, '');
      expect((await list(`${register.path}?limit=1000&team=${shortName}`)).items).toEqual(expected);
    });
  }

  it('leaves out entries that name only other teams', async () => {
    const all = await list('/api/risks?limit=1000');
    const teams = [...new Set(all.items.flatMap((item) => item.teams as string[]))];
    expect(teams.length).toBeGreaterThan(1);
    const sizes = await Promise.all(
      teams.map(async (team) => (await list(`/api/risks?limit=1000&team=${team}`)).total),
    );
    expect(Math.min(...sizes)).toBeLessThan(all.total);
  });

  it('keeps the SLOs of the services the team owns', async () => {
    const model = demo.context.workspace.model;
    const owner = new Map(model.services.map((service) => [service.ref, service.owner]));
    const all = await list('/api/slos?limit=1000');
    const team = owner.get(all.items[0]?.serviceRef as string) as string;
    const filtered = await list(`/api/slos?limit=1000&team=${encodeURIComponent(team)}`);
    expect(filtered.items).toEqual(all.items.filter((slo) => owner.get(slo.serviceRef as string) === team));
    expect(filtered.total).toBeLessThan(all.total);
  });

  it('refuses a team the model does not declare, naming the field', async () => {
    for (const path of ['/api/risks', '/api/slos', '/api/controls']) {
      const response = await demo.app.request(`${path}?team=no-such-team`);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: { issues: { path: string }[] } };
      expect(body.error.issues.map((issue) => issue.path)).toContain('team');
    }
  });
});

describe('the team filter of the postmortem action items', () => {
  const demo = useSyncedDemo('sextant-action-team-');

  it('keeps the action items of incidents on the services the team owns', async () => {
    const owner = new Map(
      demo.context.workspace.model.services.map((service) => [service.ref, service.owner]),
    );
    const get = async (path: string) => (await (await demo.app.request(path)).json()) as Listed;
    const incidents = await get('/api/incidents?limit=1000');
    const serviceOf = new Map(incidents.items.map((incident) => [incident.id, incident.service]));
    const all = await get('/api/postmortems/actions?limit=1000');
    const teamOf = (item: Record<string, unknown>) => owner.get(serviceOf.get(item.incident) as string);
    const team = teamOf(all.items[0] as Record<string, unknown>) as string;
    const filtered = await get(`/api/postmortems/actions?limit=1000&team=${encodeURIComponent(team)}`);
    expect(filtered.items).toEqual(all.items.filter((item) => teamOf(item) === team));
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
  });
});
