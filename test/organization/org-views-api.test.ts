import { describe, expect, it } from 'vitest';
import { OVERLOADED_TEAM } from '../../src/services/demo/planted.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-org-views-');
const api = useDemoApi('pglite', demo);

async function getJson(url: string) {
  const response = await api.app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('organization views over the HTTP API', () => {
  it('measures every team against its type and shows the planted overloaded team over range and overloaded', async () => {
    const { status, body } = await getJson('/api/teams');
    expect(status).toBe(200);
    expect(body.basis).toBe('workspace');
    expect(body.total).toBe(demo.workspace.model.teams.length);
    const overloaded = body.items.find((team: { name: string }) => team.name === OVERLOADED_TEAM);
    const declared = demo.workspace.model.teams.find((team) => team.name === OVERLOADED_TEAM);
    expect(overloaded.profile.size.headcount).toBe(declared?.members.length);
    expect(overloaded.profile.size.status).toBe('over');
    expect(overloaded.profile.latestLoad.status).toBe('overloaded');
    expect(overloaded.profile.loadTrend).toBeGreaterThan(0);
  });

  it('shows one team with its members by name, services, interactions and the dependencies it is part of', async () => {
    const { body } = await getJson(`/api/teams/${OVERLOADED_TEAM}`);
    const declared = demo.workspace.model.teams.find((team) => team.name === OVERLOADED_TEAM);
    expect(body.members.map((member: { person: string }) => member.person)).toEqual(
      declared?.members.map((member) => member.person),
    );
    const names = new Map(demo.workspace.model.people.map((person) => [person.ref, person.displayName]));
    for (const member of body.members) expect(member.displayName).toBe(names.get(member.person));
    expect(body.services).toEqual(declared?.services);
    const consumed = demo.workspace.model.dependencies.filter(
      (dependency) => dependency.consumer === declared?.ref,
    );
    expect(body.consumes.map((dependency: { ref: string }) => dependency.ref)).toEqual(
      consumed.map((d) => d.ref),
    );
  });

  it('draws the org chart with everyone still in the organization once, spans equal to their declared direct reports', async () => {
    const { body } = await getJson('/api/people/chart');
    const today = new Date().toISOString().slice(0, 10);
    const current = demo.workspace.model.people.filter((person) => (person.endDate ?? today) >= today);
    const seen: string[] = [];
    const walk = (node: { person: string; span: number; reports: unknown[] }) => {
      seen.push(node.person);
      const declared = current.filter((person) => person.manager === node.person);
      expect(node.span).toBe(declared.length);
      for (const report of node.reports) walk(report as typeof node);
    };
    for (const root of body.roots) walk(root);
    expect(current.length).toBeLessThan(demo.workspace.model.people.length);
    expect(seen.sort()).toEqual(current.map((person) => person.ref).sort());
    expect(body.people).toBe(current.length);
  });

  it('gives a person their management chain up to the top and their direct reports', async () => {
    const person = demo.workspace.model.people.find(
      (candidate) =>
        candidate.manager !== null &&
        demo.workspace.model.people.find((other) => other.ref === candidate.manager)?.manager !== null,
    );
    if (!person) throw new Error('the demo has no one two levels down');
    const { body } = await getJson(`/api/people/${person.name}`);
    expect(body.managementChain[0]).toBe(person.manager);
    expect(body.managementChain.length).toBeGreaterThanOrEqual(2);
    const top = demo.workspace.model.people.find((other) => other.ref === body.managementChain.at(-1));
    expect(top?.manager).toBeNull();
    expect(body).not.toHaveProperty('compensation');
  });

  it('lists what depends on a service, from the services that declare it', async () => {
    const depended = demo.workspace.model.services.find((service) =>
      demo.workspace.model.services.some((other) => other.dependsOn.includes(service.ref)),
    );
    if (!depended) throw new Error('no service in the demo is depended on');
    const { body } = await getJson(`/api/services/${depended.name}`);
    const expected = demo.workspace.model.services
      .filter((other) => other.dependsOn.includes(depended.ref))
      .map((other) => other.ref);
    expect(body.dependents).toEqual(expected);
    expect(body.owner).toBe(depended.owner);
  });

  it('refuses a date that is not YYYY-MM-DD and names the parameter', async () => {
    const { status, body } = await getJson('/api/teams?asOf=last-week');
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe('asOf');
  });

  it('answers 404 for an unknown team and person', async () => {
    expect((await getJson('/api/teams/nobody')).status).toBe(404);
    expect((await getJson('/api/people/nobody')).status).toBe(404);
  });
});
