import { describe, expect, it } from 'vitest';
import {
  toPagerDutyEscalationPolicies,
  toPagerDutyServices,
} from '../../../src/connectors/pagerduty/map-escalation.js';
import {
  escalationPolicyPayloadSchema,
  servicePayloadSchema,
} from '../../../src/connectors/pagerduty/payload.js';
import { assessEscalation } from '../../../src/metrics/oncall/escalation.js';
import { PAGERDUTY_ESCALATION_POLICIES, PAGERDUTY_SERVICES } from './account.js';

const services = PAGERDUTY_SERVICES.map((service) => servicePayloadSchema.parse(service));
const policies = PAGERDUTY_ESCALATION_POLICIES.map((policy) => escalationPolicyPayloadSchema.parse(policy));

describe('PagerDuty services and escalation policies', () => {
  it('maps a service to the workspace service named by id or by name, and leaves the rest unmapped', () => {
    const byName = toPagerDutyServices(services, { DevService: 'checkout' });
    expect(
      byName.services.map((service) => [service.id, service.service, service.escalationPolicyId]),
    ).toEqual([
      ['pagerduty:PIKL83L', 'service:default/checkout', 'pagerduty:PNJQLBU'],
      ['pagerduty:PPAY001', null, 'pagerduty:PESC002'],
    ]);
    const byId = toPagerDutyServices(services, { PPAY001: 'payments', DevService: 'Not A Name' });
    expect(byId.services.map((service) => service.service)).toEqual([null, 'service:default/payments']);
    expect(byId.warnings).toHaveLength(1);
    expect(byId.warnings[0]).toMatchObject({ record: 'pagerduty:PIKL83L', found: '"Not A Name"' });
  });

  it('keeps each level’s delay and its targets as users or schedules', () => {
    const [, payments] = toPagerDutyEscalationPolicies(policies);
    expect(payments?.levels).toEqual([
      { delayMinutes: 15, targets: [{ type: 'schedule', id: 'PSCHED1', name: 'Payments primary' }] },
      {
        delayMinutes: 30,
        targets: [
          { type: 'user', id: 'PQYACO3', name: 'Keon Amini' },
          { type: 'user', id: 'P25K520', name: 'Kian Amini' },
        ],
      },
    ]);
  });

  it('flags a one-level policy resting on one person, and not a schedule backed by two people', () => {
    const assessed = assessEscalation(
      toPagerDutyServices(services).services,
      toPagerDutyEscalationPolicies(policies),
    );
    expect(assessed.map((entry) => [entry.name, entry.policy?.levels, entry.risks])).toEqual([
      [
        'DevService',
        1,
        [{ kind: 'single-level' }, { kind: 'single-responder', level: 1, responder: 'Keon Amini' }],
      ],
      ['Payments API', 2, []],
    ]);
  });

  it('flags a service whose policy is unknown', () => {
    const [dev] = toPagerDutyServices(services).services;
    if (!dev) throw new Error('no service');
    const [entry] = assessEscalation([{ ...dev, escalationPolicyId: null }], []);
    expect(entry?.risks).toEqual([{ kind: 'no-policy' }]);
    expect(entry?.policy).toBeNull();
  });
});
