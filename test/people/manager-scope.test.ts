/**
 * A manager reads people data of the team they manage and the teams below it, over the HTTP API on the
 * synced demo: their survey results and new hires, nothing of another team, no figure spanning the
 * organization, every refusal a 403 `not_allowed` in the audit log; a manager given no team reads no people
 * data; leaders and administrators read the organization as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { createApiToken, readAuditLog, resolveManagedTeam } from '../../src/services/access.service.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const CHECKOUT = 'team:default/checkout';
const RESULTS = '/api/surveys/dx-2026-q3/results';
const AS_OF = '2026-11-23';

describe('a manager over the API', () => {
  const demo = useSyncedDemo('sextant-manager-scope-');
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const managers = [
      ['em-checkout', 'checkout'],
      ['em-ranking', 'ranking-ml'],
      ['em-nothing', undefined],
    ] as const;
    for (const [name, team] of managers) {
      const manages = team === undefined ? undefined : resolveManagedTeam(demo.context.workspace, team);
      tokens[name] = (await createApiToken(demo.context, { name, role: 'manager', manages })).token;
    }
    for (const role of ['leader', 'admin'] as const)
      tokens[role] = (await createApiToken(demo.context, { name: `scope-${role}`, role })).token;
  }, 600_000);

  // biome-ignore lint/suspicious/noExplicitAny: the tests walk whatever JSON came back
  async function get(url: string, token: string): Promise<{ status: number; body: any }> {
    const response = await demo.app.request(url, { headers: { authorization: `Bearer ${tokens[token]}` } });
    return { status: response.status, body: await response.json() };
  }

  const refusals = async (actor: string) =>
    (await readAuditLog(demo.context, LOCAL_OPERATOR, { actor })).filter((row) => row.outcome === 'refused');

  it('says who the token acts as, with the team it manages', async () => {
    expect((await get('/api/access/me', 'em-checkout')).body).toEqual({
      role: 'manager',
      actor: 'em-checkout',
      manages: CHECKOUT,
    });
  });

  it("answers the survey results of the manager's team: whole, filtered and broken down alike", async () => {
    const whole = await get(RESULTS, 'em-checkout');
    expect(whole.status).toBe(200);
    expect(whole.body.scope).toBe(`subtree:${CHECKOUT}`);
    expect(whole.body.groups.map((group: { key: string }) => group.key)).toEqual([`subtree:${CHECKOUT}`]);
    expect(whole.body.groups[0].figure).toMatchObject({ kind: 'shown', n: 5 });
    const filtered = await get(`${RESULTS}?team=checkout`, 'em-checkout');
    expect(filtered.body.groups).toEqual([{ key: CHECKOUT, figure: whole.body.groups[0].figure }]);
    const broken = await get(`${RESULTS}?by=team`, 'em-checkout');
    expect(broken.body.groups.map((group: { key: string }) => group.key)).toEqual([CHECKOUT]);
  });

  it('lists the onboarding plans of the new hires of its team only', async () => {
    const { status, body } = await get(`/api/onboarding?asOf=${AS_OF}`, 'em-checkout');
    expect(status).toBe(200);
    expect(body.items.map((plan: { person: { ref: string } }) => plan.person.ref)).toEqual([
      'person:default/felix-berg',
    ]);
  });

  it("refuses another team's survey results and people with 403 not_allowed, each refusal audited", async () => {
    const survey = await get(`${RESULTS}?team=payments`, 'em-checkout');
    expect(survey.status).toBe(403);
    expect(survey.body.error.code).toBe('not_allowed');
    expect(survey.body.error.message).toContain('team:default/payments is outside it');
    const person = await get(`/api/onboarding/kwame-santos?asOf=${AS_OF}`, 'em-checkout');
    expect(person.status).toBe(403);
    expect(person.body.error.message).toContain('person:default/kwame-santos is outside it');
    const funnel = await get(`/api/hiring/funnel?asOf=${AS_OF}&position=POS-06`, 'em-checkout');
    expect(funnel.status).toBe(403);
    // Naming its own team beside the other team's position does not let the position through.
    const both = await get(`/api/hiring/funnel?asOf=${AS_OF}&team=checkout&position=POS-06`, 'em-checkout');
    expect(both.status).toBe(403);
    const refused = await refusals('em-checkout');
    expect(refused.map((row) => [row.capability, row.resource]).sort()).toEqual([
      ['hiring.pipeline', 'hiring funnel'],
      ['hiring.pipeline', 'hiring funnel'],
      ['onboarding.plans', 'onboarding plan'],
      ['surveys.results', 'survey dx-2026-q3 results'],
    ]);
    expect(refused.every((row) => row.role === 'manager' && row.detail.manages === CHECKOUT)).toBe(true);
  });

  it('refuses a figure that spans the organization: the tenure breakdown, the sources, the cohort', async () => {
    for (const url of [
      `${RESULTS}?by=tenure`,
      `/api/hiring/sources?asOf=${AS_OF}`,
      `/api/onboarding/cohort?asOf=${AS_OF}`,
    ]) {
      const { status, body } = await get(url, 'em-ranking');
      expect(status, url).toBe(403);
      expect(body.error.message, url).toContain('covers the whole organization');
    }
  });

  it('still withholds a group of fewer than five inside the team the manager manages', async () => {
    const { status, body } = await get(RESULTS, 'em-ranking');
    expect(status).toBe(200);
    expect(body.groups).toEqual([
      {
        key: 'subtree:team:default/ranking-ml',
        figure: { kind: 'suppressed', reason: 'small-group', minimum: 5 },
      },
    ]);
  });

  it('refuses every people read to a manager given no team, saying how to give one', async () => {
    for (const url of [RESULTS, `/api/onboarding?asOf=${AS_OF}`, `/api/hiring/plan?asOf=${AS_OF}`]) {
      const { status, body } = await get(url, 'em-nothing');
      expect(status, url).toBe(403);
      expect(body.error.message, url).toMatch(/manages no team.*--manages team:<name>/);
    }
    expect(await refusals('em-nothing')).toHaveLength(3);
  });

  it('leaves the reads of a leader and an administrator organization-wide', async () => {
    for (const role of ['leader', 'admin']) {
      const whole = await get(RESULTS, role);
      expect(whole.body.scope, role).toBe('org');
      expect(whole.body.groups[0].figure.n, role).toBe(39);
      const payments = await get(`${RESULTS}?team=payments`, role);
      expect(payments.body.groups[0].figure, role).toMatchObject({ kind: 'shown', n: 6 });
      const plans = await get(`/api/onboarding?asOf=${AS_OF}`, role);
      expect(plans.body.items, role).toHaveLength(4);
    }
  });

  const post = async (body: unknown) => {
    const response = await demo.app.request('/api/access/tokens', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
    return { status: response.status, body: (await response.json()) as any };
  };

  it('issues a manager token for a declared team, in full, and refuses an unknown team or one for another role', async () => {
    const made = await post({ name: 'em-api', role: 'manager', manages: 'checkout' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'em-api', role: 'manager', manages: CHECKOUT });
    const unknown = await post({ name: 'em-nowhere', role: 'manager', manages: 'nowhere' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('no team team:default/nowhere');
    const leader = await post({ name: 'lead-with-team', role: 'leader', manages: 'checkout' });
    expect(leader.status).toBe(400);
    expect(JSON.stringify(leader.body)).toContain('A managed team is for the manager role');
  });
});
