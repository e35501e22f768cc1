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

interface Parties {
  teams: string[];
  services: string[];
}

const REGISTERS: { path: string; partiesOf: (item: Record<string, unknown>) => Parties }[] = [
  { path: '/api/risks', partiesOf: (item) => item as unknown as Parties },
  { path: '/api/debt', partiesOf: (item) => item as unknown as Parties },
  { path: '/api/vendors', partiesOf: (item) => item as unknown as Parties },
  { path: '/api/decisions', partiesOf: (item) => item as unknown as Parties },
  { path: '/api/controls', partiesOf: (item) => item as unknown as Parties },
  {
    path: '/api/architecture-reviews',
    partiesOf: (item) => ({
      teams: item.team ? [item.team as string] : [],
      services: item.services as string[],
    }),
  },
];

describe('the team filter of the registers and SLOs', () => {
  const demo = useSyncedDemo('sextant-register-team-');

  async function list(path: string): Promise<Listed> {
    const response = await demo.app.request(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as Listed;
  }

  for (const register of REGISTERS) {
    it(`keeps the ${register.path} entries that name the team or its services, or no one`, async () => {
      const { model } = demo.context.workspace;
      const owner = new Map(model.services.map((service) => [service.ref, service.owner]));
      const concerns = (item: Record<string, unknown>, team: string) => {
        const { teams, services } = register.partiesOf(item);
        if (teams.length === 0 && services.length === 0) return true;
        return teams.includes(team) || services.some((service) => owner.get(service) === team);
      };
      const all = await list(`${register.path}?limit=1000`);
      // The team whose filter leaves out the most entries, so a filter that keeps everything fails.
      const [team] = model.teams
        .map(
          (candidate) =>
            [candidate.ref, all.items.filter((item) => !concerns(item, candidate.ref)).length] as const,
        )
        .sort((a, b) => b[1] - a[1])[0] as readonly [string, number];
      const expected = all.items.filter((item) => concerns(item, team));
      expect(expected.length, `some ${register.path} entry concerns another team only`).toBeLessThan(
        all.total,
      );
      const byRef = await list(`${register.path}?limit=1000&team=${encodeURIComponent(team)}`);
      expect(byRef.items).toEqual(expected);
      expect(byRef.total).toBe(expected.length);
      expect((byRef as Listed & { registerTotal: number }).registerTotal).toBe(all.total);
      const shortName = team.replace(/^team:default\//, '');
      expect((await list(`${register.path}?limit=1000&team=${shortName}`)).items).toEqual(expected);
    });
  }

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
