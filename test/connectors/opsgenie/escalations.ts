/**
 * Opsgenie services and escalations for the account DevLake recorded. The recording has neither, so they
 * are built by hand in the shapes Opsgenie documents: `GET /v1/services` (`id`, `name`, `teamId`, …) and
 * `GET /v2/escalations` (`id`, `name`, `ownerTeam`, `rules[]` of `condition`, `notifyType`,
 * `delay {timeAmount, timeUnit}` and `recipient {type, id, name | username}`). They reuse the recorded
 * service 695bce3d-… (the one the recorded incidents impact), the recorded teams new_team (d2d47ba1-…)
 * and old_team (6a95a94a-…), the recorded user pikekad209@ipnuc.com and the schedule of `account.ts`;
 * the Billing service and the escalation ids are made up.
 */
import { RECORDED_USER, SCHEDULES } from './account.js';

export const NEW_TEAM = { id: 'd2d47ba1-a034-488f-b1f4-be2cd3c693ad', name: 'new_team' };
export const OLD_TEAM = { id: '6a95a94a-2db4-4ec0-9f0f-694c40e017fe', name: 'old_team' };
export const RECORDED_SERVICE_ID = '695bce3d-4621-4630-8ae1-24eb89c22d6e';
export const BILLING_SERVICE_ID = '5b1c9e2a-7d40-4f3e-9a61-2c8d0e4f7a10';
export const PLATFORM_ESCALATION_ID = 'f3a1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

export const SERVICES = [
  {
    id: RECORDED_SERVICE_ID,
    name: 'Checkout',
    description: 'Checkout and payment pages',
    teamId: NEW_TEAM.id,
    tags: ['production'],
    links: { web: `https://app.opsgenie.com/service/${RECORDED_SERVICE_ID}`, api: '' },
  },
  {
    id: BILLING_SERVICE_ID,
    name: 'Billing',
    description: '',
    teamId: OLD_TEAM.id,
    tags: [],
    links: { web: `https://app.opsgenie.com/service/${BILLING_SERVICE_ID}`, api: '' },
  },
];

const rule = (
  timeAmount: number,
  timeUnit: 'minutes' | 'hours',
  recipient: { type: string; id: string; name?: string; username?: string },
) => ({ condition: 'if-not-acked', notifyType: 'default', delay: { timeAmount, timeUnit }, recipient });

/**
 * new_team owns two escalations, listed here (as Opsgenie may) with the one that sorts last by name
 * first. Platform escalation notifies the recorded user alone at once, then after 15 minutes the
 * schedule and the whole team together.
 */
export const ESCALATIONS = [
  {
    id: 'a9e8d7c6-b5a4-4392-8170-6f5e4d3c2b1a',
    name: 'Platform weekend',
    description: '',
    ownerTeam: NEW_TEAM,
    rules: [rule(1, 'hours', { type: 'user', id: RECORDED_USER.id, username: RECORDED_USER.name })],
    repeat: { waitInterval: 0, count: 0, resetRecipientStates: false, closeAlertAfterAll: false },
  },
  {
    id: PLATFORM_ESCALATION_ID,
    name: 'Platform escalation',
    description: 'Primary, then the rota and the team',
    ownerTeam: NEW_TEAM,
    rules: [
      rule(15, 'minutes', { type: 'schedule', id: SCHEDULES[0]?.id ?? '', name: 'Platform on call' }),
      rule(0, 'minutes', { type: 'user', id: RECORDED_USER.id, username: RECORDED_USER.name }),
      rule(15, 'minutes', { type: 'team', id: NEW_TEAM.id, name: NEW_TEAM.name }),
    ],
    repeat: { waitInterval: 10, count: 1, resetRecipientStates: false, closeAlertAfterAll: false },
  },
];
