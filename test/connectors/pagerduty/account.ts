/**
 * PagerDuty services and escalation policies for the account DevLake recorded. The recording holds only
 * incidents, so these are built by hand in the shape PagerDuty's REST API v2 documents for `GET /services`
 * and `GET /escalation_policies`, reusing the recorded ids: service PIKL83L "DevService", policy PNJQLBU
 * "Default", users PQYACO3 (Keon Amini) and P25K520 (Kian Amini). "Default" has one level with Keon alone,
 * as a new PagerDuty account starts; "Payments escalation" (made up) has a schedule first and two people
 * behind it.
 */
const user = (id: string, summary: string) => ({
  id,
  type: 'user_reference',
  summary,
  self: `https://api.pagerduty.com/users/${id}`,
});

export const PAGERDUTY_SERVICES = [
  {
    id: 'PIKL83L',
    type: 'service',
    name: 'DevService',
    summary: 'DevService',
    status: 'active',
    escalation_policy: { id: 'PNJQLBU', type: 'escalation_policy_reference', summary: 'Default' },
  },
  {
    id: 'PPAY001',
    type: 'service',
    name: 'Payments API',
    summary: 'Payments API',
    status: 'active',
    escalation_policy: { id: 'PESC002', type: 'escalation_policy_reference', summary: 'Payments escalation' },
  },
];

export const PAGERDUTY_ESCALATION_POLICIES = [
  {
    id: 'PNJQLBU',
    type: 'escalation_policy',
    name: 'Default',
    num_loops: 0,
    escalation_rules: [
      { id: 'PR00001', escalation_delay_in_minutes: 30, targets: [user('PQYACO3', 'Keon Amini')] },
    ],
  },
  {
    id: 'PESC002',
    type: 'escalation_policy',
    name: 'Payments escalation',
    num_loops: 1,
    escalation_rules: [
      {
        id: 'PR00002',
        escalation_delay_in_minutes: 15,
        targets: [{ id: 'PSCHED1', type: 'schedule_reference', summary: 'Payments primary' }],
      },
      {
        id: 'PR00003',
        escalation_delay_in_minutes: 30,
        targets: [user('PQYACO3', 'Keon Amini'), user('P25K520', 'Kian Amini')],
      },
    ],
  },
];
