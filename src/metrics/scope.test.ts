import { describe, expect, it } from 'vitest';
import type { Commit } from '../domain/records/commit.js';
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { Incident } from '../domain/records/incident.js';
import type { PullRequest } from '../domain/records/pull-request.js';
import type { Review } from '../domain/records/review.js';
import { normalizeRef, type ScopeOrg, selectByRepository, selectScope, selectWorkItems } from './scope.js';

const ORG: ScopeOrg = {
  services: [
    {
      ref: 'service:default/payments',
      owner: 'team:default/checkout',
      repositories: ['repository:default/payments-api'],
    },
    {
      ref: 'service:default/cart',
      owner: 'team:default/checkout',
      repositories: ['repository:default/shop'],
    },
    {
      ref: 'service:default/search',
      owner: 'team:default/discovery',
      repositories: ['repository:default/shop'],
    },
  ],
};

const deployment = (key: string, service: string, repository?: string) =>
  ({ source: 'ci', key, service, ...(repository ? { repository } : {}) }) as Deployment;
const incident = (key: string, service?: string, causedBy?: string) =>
  ({ source: 'pd', key, ...(service ? { service } : {}), ...(causedBy ? { causedBy } : {}) }) as Incident;
const commit = (key: string, repository: string) => ({ source: 'git', key, repository }) as Commit;
const pullRequest = (key: string, repository: string) =>
  ({ source: 'github', key, repository }) as PullRequest;
const review = (key: string, pr: string) => ({ source: 'github', key, pullRequest: pr }) as Review;

const FACTS = {
  deployments: [
    deployment('pay', 'payments'),
    deployment('cart', 'service:default/cart'),
    deployment('search', 'search'),
    deployment('search-in-shop', 'search', 'shop'),
  ],
  incidents: [
    incident('pay', 'payments'),
    incident('search', 'search'),
    incident('orphan'),
    incident('linked', undefined, 'ci:cart'),
  ],
  commits: [commit('p1', 'payments-api'), commit('s1', 'shop'), commit('o1', 'other')],
  pullRequests: [pullRequest('pr-pay', 'payments-api'), pullRequest('pr-shop', 'shop')],
  reviews: [review('r1', 'github:pr-pay'), review('r2', 'github:pr-shop')],
};

const ids = (records: { source: string; key: string }[]) => records.map(recordId);

describe('selectScope', () => {
  it('keeps everything for the org, incidents without a service included', () => {
    const facts = selectScope({ kind: 'org' }, ORG, FACTS);
    expect(facts.deployments).toHaveLength(4);
    expect(ids(facts.incidents)).toContain('pd:orphan');
  });

  it("selects a team's owned services, their repositories' commits and pull requests, and their reviews", () => {
    const facts = selectScope({ kind: 'team', ref: 'checkout' }, ORG, FACTS);
    expect(ids(facts.deployments)).toEqual(['ci:pay', 'ci:cart']);
    expect(ids(facts.incidents)).toEqual(['pd:pay', 'pd:linked']);
    expect(ids(facts.commits)).toEqual(['git:p1', 'git:s1']);
    expect(ids(facts.pullRequests)).toEqual(['github:pr-pay', 'github:pr-shop']);
    expect(ids(facts.reviews)).toEqual(['github:r1', 'github:r2']);
  });

  it('selects one service by short or full reference', () => {
    const facts = selectScope({ kind: 'service', ref: 'service:default/search' }, ORG, FACTS);
    expect(ids(facts.deployments)).toEqual(['ci:search', 'ci:search-in-shop']);
    expect(ids(facts.incidents)).toEqual(['pd:search']);
    expect(ids(facts.commits)).toEqual(['git:s1']);
  });

  it('selects a repository: deployments naming it, or of services living in it, and its commits', () => {
    const facts = selectScope({ kind: 'repository', ref: 'shop' }, ORG, FACTS);
    expect(ids(facts.deployments)).toEqual(['ci:cart', 'ci:search', 'ci:search-in-shop']);
    expect(ids(facts.commits)).toEqual(['git:s1']);
    expect(ids(facts.pullRequests)).toEqual(['github:pr-shop']);
    expect(ids(facts.incidents)).toEqual(['pd:search', 'pd:linked']);
  });
});

describe('normalizeRef', () => {
  it('expands a short name and keeps text that is not a reference as written', () => {
    expect(normalizeRef('payments', 'service')).toBe('service:default/payments');
    expect(normalizeRef('Not A Ref', 'service')).toBe('Not A Ref');
  });
});

describe('selectWorkItems and selectByRepository', () => {
  const org = {
    services: [
      {
        ref: 'service:default/payments',
        owner: 'team:default/checkout',
        repositories: ['repository:default/pay'],
      },
      {
        ref: 'service:default/search',
        owner: 'team:default/discovery',
        repositories: ['repository:default/search'],
      },
    ],
  };
  const items = [
    { key: 'a', team: 'checkout' },
    { key: 'b', service: 'payments' },
    { key: 'c', team: 'discovery', service: 'search' },
    { key: 'd' },
  ];

  it("gives a team its own items and its services' items", () => {
    expect(selectWorkItems({ kind: 'team', ref: 'checkout' }, org, items).map((item) => item.key)).toEqual([
      'a',
      'b',
    ]);
  });

  it('gives a service the items naming it, a repository none and the org all', () => {
    expect(selectWorkItems({ kind: 'service', ref: 'search' }, org, items).map((item) => item.key)).toEqual([
      'c',
    ]);
    expect(selectWorkItems({ kind: 'repository', ref: 'pay' }, org, items)).toEqual([]);
    expect(selectWorkItems({ kind: 'org' }, org, items)).toHaveLength(4);
  });

  it("gives a team the CI runs of its services' repositories", () => {
    const runs = [{ repository: 'pay' }, { repository: 'search' }, { repository: 'repository:default/pay' }];
    expect(selectByRepository({ kind: 'team', ref: 'checkout' }, org, runs)).toEqual([runs[0], runs[2]]);
  });
});
