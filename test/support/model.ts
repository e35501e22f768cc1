/** A small declared organization in its resolved form, arrays sorted as the store returns them. */
import type { OrgModel } from '../../src/domain/model.js';

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
        members: [
          { person: 'person:default/ada', allocation: 1 },
          { person: 'person:default/grace', allocation: 0.5 },
        ],
      },
      {
        ref: 'team:default/platform',
        name: 'platform',
        title: 'Platform',
        type: 'platform',
        mission: 'Paved roads',
        lead: null,
        services: [],
        interactions: [],
        cognitiveLoad: [],
        channels: [],
        members: [{ person: 'person:default/grace', allocation: 0.5 }],
      },
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
        teams: [{ team: 'team:default/checkout', allocation: 1 }],
        identities: { git: ['ada@example.com'], github: ['ada'] },
        startDate: '2024-03-01',
        location: 'London',
      },
      {
        ref: 'person:default/grace',
        name: 'grace',
        displayName: 'Grace Hopper',
        email: null,
        role: 'engineer',
        level: null,
        manager: 'person:default/ada',
        teams: [
          { team: 'team:default/checkout', allocation: 0.5 },
          { team: 'team:default/platform', allocation: 0.5 },
        ],
        identities: {},
        startDate: null,
        location: null,
      },
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
        dependsOn: [],
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
