/**
 * The MCP people tools under a manager's viewer, through the SDK's client in process on the synced demo:
 * the same scope as the API (their team's people and survey results, nothing of another team), a request
 * past it a `not_allowed` tool error written to the audit log; a leader reads the organization.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR, type Viewer } from '../../src/domain/privacy.js';
import { readAuditLog } from '../../src/services/access.service.js';
import { connectMcp, type McpConnection } from '../support/mcp.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const MANAGER: Viewer = { role: 'manager', actor: 'mcp em checkout', manages: 'team:default/checkout' };
const UNSCOPED: Viewer = { role: 'manager', actor: 'mcp em of nothing' };
const LEADER: Viewer = { role: 'leader', actor: 'mcp scope leader' };
const AS_OF = '2026-11-23';

type Results = { scope: string; groups: { key: string; figure: { kind: string; n?: number } }[] };
type Plans = { plans: { person: { ref: string } }[] };

describe('the MCP people tools for a manager', () => {
  const demo = useSyncedDemo('sextant-mcp-manager-');
  let manager: McpConnection;
  let unscoped: McpConnection;
  let leader: McpConnection;

  beforeAll(async () => {
    manager = await connectMcp(demo.context, MANAGER);
    unscoped = await connectMcp(demo.context, UNSCOPED);
    leader = await connectMcp(demo.context, LEADER);
  }, 600_000);

  afterAll(async () => {
    for (const connection of [manager, unscoped, leader]) await connection?.close();
  });

  const refusals = async (actor: string) =>
    (await readAuditLog(demo.context, LOCAL_OPERATOR, { actor })).filter((row) => row.outcome === 'refused');

  it("gives the manager its team's survey results and new hires", async () => {
    const results = await manager.callJson<Results>('get-survey-results', { survey: 'dx-2026-q3' });
    expect(results.scope).toBe('subtree:team:default/checkout');
    expect(results.groups[0]?.figure).toMatchObject({ kind: 'shown', n: 5 });
    const plans = await manager.callJson<Plans>('list-onboarding-plans', { asOf: AS_OF });
    expect(plans.plans.map((plan) => plan.person.ref)).toEqual(['person:default/felix-berg']);
    const one = await manager.callJson<{ person: { ref: string } }>('get-onboarding-plan', {
      person: 'felix-berg',
      asOf: AS_OF,
    });
    expect(one.person.ref).toBe('person:default/felix-berg');
  });

  it("refuses another team's survey results and person as not_allowed, and audits each refusal", async () => {
    const survey = await manager.call('get-survey-results', { survey: 'dx-2026-q3', team: 'payments' });
    expect(survey.isError).toBe(true);
    expect(survey.texts[0]).toMatch(
      /^not_allowed: .*team:default\/checkout.*team:default\/payments is outside it/,
    );
    const person = await manager.call('get-onboarding-plan', { person: 'kwame-santos', asOf: AS_OF });
    expect(person.isError).toBe(true);
    expect(person.texts[0]).toMatch(/^not_allowed: .*person:default\/kwame-santos is outside it/);
    const refused = await refusals(MANAGER.actor);
    expect(refused.map((row) => [row.capability, row.resource]).sort()).toEqual([
      ['onboarding.plans', 'onboarding plan'],
      ['surveys.results', 'survey dx-2026-q3 results'],
    ]);
    expect(refused.every((row) => row.detail.manages === 'team:default/checkout')).toBe(true);
  });

  it('refuses a manager who manages no team, naming how to give one', async () => {
    const answer = await unscoped.call('list-onboarding-plans', { asOf: AS_OF });
    expect(answer.isError).toBe(true);
    expect(answer.texts[0]).toMatch(/^not_allowed: .*manages no team/);
    expect(await refusals(UNSCOPED.actor)).toHaveLength(1);
  });

  it("leaves a leader's reads organization-wide", async () => {
    const results = await leader.callJson<Results>('get-survey-results', {
      survey: 'dx-2026-q3',
      team: 'payments',
    });
    expect(results.groups).toEqual([
      { key: 'team:default/payments', figure: expect.objectContaining({ n: 6 }) },
    ]);
    const plans = await leader.callJson<Plans>('list-onboarding-plans', { asOf: AS_OF });
    expect(plans.plans).toHaveLength(4);
  });

  it("tells a manager's assistant which teams its people data covers", async () => {
    const prompt = await manager.client.getPrompt({ name: 'vp-engineering-assistant', arguments: {} });
    const text = (prompt.messages[0]?.content as { text?: string } | undefined)?.text ?? '';
    expect(text).toContain('people data covers team:default/checkout and the teams below it only');
  });
});
