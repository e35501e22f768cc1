/**
 * Opsgenie incident logs, schedules and a schedule timeline for the account DevLake recorded. The
 * recording has none of these, so they are built by hand in the shapes Opsgenie documents: log lines
 * (`GET /v1/incidents/{id}/logs`: `log`, `type`, `owner`, `createdAt`, `offset`), schedules
 * (`GET /v2/schedules`) and a final timeline (`GET /v2/schedules/{id}/timeline`: `_parent`,
 * `finalTimeline.rotations[].periods[]` with a `recipient`). They reuse the recorded incident
 * 3f84e009-… and the recorded user pikekad209@ipnuc.com (2bf71ba0-…); the second person and the schedule
 * are made up.
 */
export const RECORDED_USER = { id: '2bf71ba0-cb10-4c6d-95d3-07ff54dcc91a', name: 'pikekad209@ipnuc.com' };
export const SECOND_USER = { id: '7c1e4d52-0f55-4d8e-9a6b-3f0f5a1b2c3d', name: 'oncall.two@example.com' };

/** The log of the recorded, resolved incident #2: created, notified, acknowledged, resolved. */
export const RESOLVED_INCIDENT_LOGS = [
  {
    log: 'Incident created via API',
    type: 'system',
    owner: 'System',
    createdAt: '2023-09-05T18:20:28.100Z',
    offset: '1693938028100_1693938028100000000',
  },
  {
    log: 'Notified pikekad209@ipnuc.com via email',
    type: 'system',
    owner: 'System',
    createdAt: '2023-09-05T18:20:29.000Z',
    offset: '1693938029000_1693938029000000000',
  },
  {
    log: 'Incident acknowledged via web',
    type: 'user',
    owner: RECORDED_USER.name,
    createdAt: '2023-09-05T18:20:51.250Z',
    offset: '1693938051250_1693938051250000000',
  },
  {
    log: 'Incident resolved via web',
    type: 'user',
    owner: RECORDED_USER.name,
    createdAt: '2023-09-05T18:21:21.490Z',
    offset: '1693938081490_1693938081490000000',
  },
];

export const SCHEDULES = [
  {
    id: 'd875alp4-9b4e-4219-a803-0c26936d18de',
    name: 'Platform on call',
    description: '',
    timezone: 'Europe/Berlin',
    enabled: true,
    ownerTeam: { id: 'd2d47ba1-a034-488f-b1f4-be2cd3c693ad', name: 'new_team' },
    rotations: [],
  },
  {
    id: 'e0b6c7d8-1111-4a2b-9c3d-000000000000',
    name: 'Retired rota',
    enabled: false,
    rotations: [],
  },
];

/** One week of the first schedule: a weekly primary handing over on Monday, and a team-wide secondary. */
export const PLATFORM_TIMELINE = {
  _parent: { id: SCHEDULES[0]?.id, name: 'Platform on call', enabled: true },
  startDate: '2023-09-01T00:00:00Z',
  endDate: '2023-09-15T00:00:00Z',
  finalTimeline: {
    rotations: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        name: 'Primary',
        order: 1,
        periods: [
          {
            startDate: '2023-09-01T00:00:00Z',
            endDate: '2023-09-04T08:00:00Z',
            type: 'historical',
            recipient: { id: RECORDED_USER.id, type: 'user', name: RECORDED_USER.name },
          },
          {
            startDate: '2023-09-04T08:00:00Z',
            endDate: '2023-09-11T08:00:00Z',
            type: 'historical',
            recipient: { id: SECOND_USER.id, type: 'user', name: SECOND_USER.name },
          },
        ],
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000002',
        name: 'Secondary',
        order: 2,
        periods: [
          {
            startDate: '2023-09-01T00:00:00Z',
            endDate: '2023-09-15T00:00:00Z',
            type: 'default',
            recipient: { id: 'c0259fb8-2068-48c5-ae09-1b116e3579b1', type: 'team', name: 'new_team' },
          },
        ],
      },
    ],
  },
};
