import { describe, expect, it } from 'vitest';
import type { Dependency } from '../domain/dependency.js';
import {
  buildService as buildBaseService,
  buildDependency,
  serviceRef as service,
  teamRef as team,
} from '../domain/model.test-fixtures.js';
import { findHiddenDependencies } from './hidden-dependencies.js';

function buildService(name: string, owner: string, dependsOn: string[] = []) {
  return buildBaseService(name, owner, { dependsOn: dependsOn.map(service) });
}

function declared(
  provider: string,
  consumer: string,
  status: Dependency['status'] = 'in-progress',
): Dependency {
  return buildDependency(`${consumer}-on-${provider}`, provider, consumer, { status });
}

describe('findHiddenDependencies', () => {
  const services = [
    buildService('checkout-api', 'checkout', ['payment-gateway', 'cart', 'queue']),
    buildService('checkout-web', 'checkout', ['payment-gateway']),
    buildService('cart', 'checkout'),
    buildService('payment-gateway', 'payments', ['queue']),
    buildService('queue', 'platform'),
  ];

  it('finds calls into another team with no declared dependency, with every service call behind it', () => {
    const hidden = findHiddenDependencies(services, [declared('platform', 'payments')]);
    expect(hidden).toEqual([
      {
        provider: team('payments'),
        consumer: team('checkout'),
        services: [
          { from: service('checkout-api'), to: service('payment-gateway') },
          { from: service('checkout-web'), to: service('payment-gateway') },
        ],
        reverseDeclared: [],
      },
      {
        provider: team('platform'),
        consumer: team('checkout'),
        services: [{ from: service('checkout-api'), to: service('queue') }],
        reverseDeclared: [],
      },
    ]);
  });

  it('treats a declared dependency as covering the pair whatever its state, except cancelled', () => {
    const covered = findHiddenDependencies(services, [
      declared('platform', 'payments', 'done'),
      declared('payments', 'checkout', 'not-started'),
      declared('platform', 'checkout', 'cancelled'),
    ]);
    expect(covered.map((entry) => [entry.provider, entry.consumer])).toEqual([
      [team('platform'), team('checkout')],
    ]);
  });

  it('does not count a dependency declared the other way round, and points it out', () => {
    const hidden = findHiddenDependencies(services, [
      declared('platform', 'payments'),
      declared('platform', 'checkout'),
      declared('checkout', 'payments'),
    ]);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({
      provider: team('payments'),
      consumer: team('checkout'),
      reverseDeclared: ['dependency:default/payments-on-checkout'],
    });
  });

  it('ignores calls inside a team and calls to services it does not know', () => {
    const hidden = findHiddenDependencies(
      [buildService('a', 'one', ['b', 'ghost']), buildService('b', 'one')],
      [],
    );
    expect(hidden).toEqual([]);
  });
});
