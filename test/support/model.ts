/** A small declared organization in its resolved form, arrays sorted as the store returns them. */
import type { OrgModel } from '../../src/domain/model.js';
import { buildPerson, buildTeam } from '../../src/domain/model.test-fixtures.js';

export function buildOrgModel(): OrgModel {
  return {
    teams: [
      {
        ref: 'team:default/checkout',
        name: 'checkout',
        title: 'Checkout',
        type: 'stream-aligned',
        mission: 'Make paying effortless',
        lead: 'person:default/ada',
        services: ['service:default/payments'],
        interactions: [
          { mode: 'x-as-a-service', with: 'team:default/platform', since: '2025-01-01', purpose: 'deploys' },
        ],
        cognitiveLoad: [{ date: '2026-01-01', intrinsic: 5, extraneous: 3 }],
        channels: ['#checkout'],
        api: null,
        since: null,
        until: null,
        members: [
          { person: 'person:default/ada', allocation: 1 },
          { person: 'person:default/grace', allocation: 0.5 },
        ],
      },
      buildTeam('platform', {
        title: 'Platform',
        type: 'platform',
        mission: 'Paved roads',
        members: [{ person: 'person:default/grace', allocation: 0.5 }],
      }),
    ],
    people: [
      {
        ref: 'person:default/ada',
        name: 'ada',
        displayName: 'Ada Lovelace',
        email: 'ada@example.com',
        role: 'engineering manager',
        level: 'M1',
        manager: null,
        dottedLine: [],
        teams: [{ team: 'team:default/checkout', allocation: 1 }],
        identities: { git: ['ada@example.com'], github: ['ada'] },
        startDate: '2024-03-01',
        endDate: null,
        location: 'London',
      },
      buildPerson('grace', {
        displayName: 'Grace Hopper',
        manager: 'person:default/ada',
        teams: [
          { team: 'team:default/checkout', allocation: 0.5 },
          { team: 'team:default/platform', allocation: 0.5 },
        ],
      }),
    ],
    services: [
      {
        ref: 'service:default/payments',
        name: 'payments',
        title: 'Payments',
        description: 'Takes the money',
        owner: 'team:default/checkout',
        system: 'system:default/commerce',
        tier: 1,
        lifecycle: 'production',
        repositories: ['repository:default/payments-api'],
        dependsOn: ['resource:default/payments-db'],
        providesApis: ['api:default/payments-v1'],
        consumesApis: [],
        slos: [{ name: 'availability', indicator: 'availability', target: 0.999, windowDays: 28 }],
        deployments: { from: 'ci-job', job: 'deploy-prod*', environments: { 'prod-eu': 'production' } },
      },
    ],
    systems: [
      {
        ref: 'system:default/commerce',
        name: 'commerce',
        title: 'Commerce',
        description: null,
        owner: 'team:default/checkout',
        domain: 'domain:default/sales',
      },
    ],
    domains: [
      {
        ref: 'domain:default/sales',
        name: 'sales',
        title: 'Sales',
        description: null,
        owner: 'team:default/checkout',
      },
    ],
    repositories: [
      {
        ref: 'repository:default/payments-api',
        name: 'payments-api',
        url: 'https://example.com/payments-api.git',
        path: null,
        defaultBranch: 'main',
      },
    ],
    apis: [
      {
        ref: 'api:default/payments-v1',
        name: 'payments-v1',
        title: 'Payments API v1',
        description: null,
        type: 'openapi',
        lifecycle: 'production',
        owner: 'team:default/checkout',
        system: 'system:default/commerce',
        definition: 'https://example.com/payments-v1.yaml',
      },
    ],
    resources: [
      {
        ref: 'resource:default/payments-db',
        name: 'payments-db',
        title: 'payments-db',
        description: 'Ledger of payments',
        type: 'database',
        owner: 'team:default/checkout',
        system: null,
        dependsOn: [],
      },
    ],
    dependencies: [
      {
        ref: 'dependency:default/ledger-api',
        name: 'ledger-api',
        provider: 'team:default/platform',
        consumer: 'team:default/checkout',
        what: 'A ledger API',
        type: 'blocking',
        status: 'in-progress',
        risk: 'high',
        neededBy: '2026-03-31',
        strategy: 'contract-first',
        services: ['service:default/payments'],
        notes: null,
      },
    ],
  };
}
