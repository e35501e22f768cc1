import { describe, expect, it } from 'vitest';
import { toOpsgenieEscalation } from '../../../src/connectors/opsgenie/map-escalation.js';
import { assessEscalation } from '../../../src/metrics/oncall/escalation.js';
import { RECORDED_USER, SCHEDULES } from './account.js';
import {
  BILLING_SERVICE_ID,
  ESCALATIONS,
  NEW_TEAM,
  PLATFORM_ESCALATION_ID,
  RECORDED_SERVICE_ID,
  SERVICES,
} from './escalations.js';

describe('Opsgenie services and escalations', () => {
  it('groups the rules sharing a delay into one level, ordered by delay, each waiting until the next', () => {
    const { policies } = toOpsgenieEscalation([], ESCALATIONS);
    const platform = policies.find((policy) => policy.sourceId === PLATFORM_ESCALATION_ID);
    expect(platform?.levels).toEqual([
      { delayMinutes: 15, targets: [{ type: 'user', id: RECORDED_USER.id, name: RECORDED_USER.name }] },
      {
        delayMinutes: null,
        targets: [
          { type: 'schedule', id: SCHEDULES[0]?.id, name: 'Platform on call' },
          { type: 'other', id: NEW_TEAM.id, name: 'new_team' },
        ],
      },
    ]);
  });

  it('counts a delay in hours or days in minutes', () => {
    const { policies } = toOpsgenieEscalation(
      [],
      [
        {
          id: 'e1',
          name: 'Slow',
          rules: [
            { delay: { timeAmount: 1, timeUnit: 'days' }, recipient: { type: 'user', id: 'u2' } },
            { delay: { timeAmount: 2, timeUnit: 'hours' }, recipient: { type: 'user', id: 'u1' } },
          ],
        },
      ],
    );
    expect(policies[0]?.levels.map((level) => [level.targets[0]?.id, level.delayMinutes])).toEqual([
      ['u1', 1_320],
      ['u2', null],
    ]);
  });

  it("gives a service its team's escalation, the first by name when the team owns several, and none when the team owns none", () => {
    const { services, warnings } = toOpsgenieEscalation(SERVICES, ESCALATIONS, {
      [RECORDED_SERVICE_ID]: 'checkout-api',
    });
    expect(services.map((service) => [service.id, service.service, service.escalationPolicyId])).toEqual([
      [
        `opsgenie:${RECORDED_SERVICE_ID}`,
        'service:default/checkout-api',
        `opsgenie:${PLATFORM_ESCALATION_ID}`,
      ],
      [`opsgenie:${BILLING_SERVICE_ID}`, null, null],
    ]);
    expect(warnings).toEqual([]);
  });

  it('flags a level resting on one user and a service whose team owns no escalation', () => {
    const { services, policies } = toOpsgenieEscalation(SERVICES, ESCALATIONS);
    const risks = assessEscalation(services, policies).map((service) => [service.name, service.risks]);
    expect(risks).toEqual([
      ['Billing', [{ kind: 'no-policy' }]],
      ['Checkout', [{ kind: 'single-responder', level: 1, responder: RECORDED_USER.name }]],
    ]);
  });

  it('leaves out and reports a malformed escalation or service, and a mapping naming no valid service', () => {
    const { services, policies, warnings } = toOpsgenieEscalation(
      [...SERVICES, { id: 'svc-broken' }],
      [
        ...ESCALATIONS,
        { id: 'esc-broken', name: 'Broken', rules: [{ delay: {}, recipient: { type: 'user' } }] },
      ],
      { [BILLING_SERVICE_ID]: 'Not A Name' },
    );
    expect(services).toHaveLength(2);
    expect(policies).toHaveLength(2);
    expect(warnings.map((warning) => warning.record)).toEqual([
      'opsgenie:esc-broken',
      'opsgenie:svc-broken',
      `opsgenie:${BILLING_SERVICE_ID}`,
    ]);
    expect(warnings[2]).toMatchObject({ path: 'services', found: '"Not A Name"' });
  });
});
