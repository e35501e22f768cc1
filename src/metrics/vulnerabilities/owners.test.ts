import { describe, expect, it } from 'vitest';
import { buildFinding } from './findings.test-fixtures.js';
import { createOwnerResolver, selectFindings } from './owners.js';

const org = {
  services: [
    {
      ref: 'service:default/checkout-api',
      owner: 'team:default/checkout',
      repositories: ['repository:default/checkout-api'],
    },
    {
      ref: 'service:default/web',
      owner: 'team:default/storefront',
      repositories: ['repository:default/monorepo'],
    },
    {
      ref: 'service:default/search',
      owner: 'team:default/storefront',
      repositories: ['repository:default/monorepo'],
    },
  ],
  repositories: [
    {
      ref: 'repository:default/checkout-api',
      name: 'checkout-api',
      url: 'https://github.com/Fernwood/checkout-api',
    },
    { ref: 'repository:default/monorepo', name: 'monorepo', url: null },
  ],
};

describe('finding owners', () => {
  const resolve = createOwnerResolver(org);

  it('maps a GitHub owner/name through the declared repository URL to its service and team', () => {
    expect(resolve({ repository: 'fernwood/checkout-api', service: null })).toEqual({
      repository: 'repository:default/checkout-api',
      service: 'service:default/checkout-api',
      team: 'team:default/checkout',
    });
  });

  it('gives a shared repository no service but the team that owns all its services', () => {
    expect(resolve({ repository: 'monorepo', service: null })).toEqual({
      repository: 'repository:default/monorepo',
      service: null,
      team: 'team:default/storefront',
    });
  });

  it('keeps a service the finding names, and attributes nothing it cannot match', () => {
    expect(resolve({ repository: null, service: 'search' }).team).toBe('team:default/storefront');
    expect(resolve({ repository: 'octocat/hello-world', service: null })).toEqual({
      repository: 'repository:default/hello-world',
      service: null,
      team: null,
    });
  });

  it('selects a team scope by the resolved team', () => {
    const findings = [buildFinding('a'), buildFinding('b', { team: 'team:default/payments' })];
    expect(selectFindings(findings, { kind: 'team', ref: 'payments' }).map((f) => f.id)).toEqual(['csv:b']);
  });
});
