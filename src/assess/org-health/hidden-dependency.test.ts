import { describe, expect, it } from 'vitest';
import { detectHiddenDependencies } from './hidden-dependency.js';
import {
  buildDependency,
  buildInput,
  buildService,
  serviceRef,
  teamRef,
} from './org-health.test-fixtures.js';

const services = [
  buildService('shop', 'front', { dependsOn: [serviceRef('pay')] }),
  buildService('pay', 'money'),
  buildService('cart', 'front', { dependsOn: [serviceRef('shop')] }),
];

describe('hidden dependency', () => {
  it('flags a service call across teams with no declared dependency, on the consumer', () => {
    const findings = detectHiddenDependencies(buildInput({ services }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'hidden-dependency:team:default/front:on:team:default/money',
      subject: teamRef('front'),
      severity: 'medium',
    });
    expect(findings[0]?.evidence.records).toEqual([
      teamRef('front'),
      teamRef('money'),
      serviceRef('shop'),
      serviceRef('pay'),
    ]);
  });

  it('is low when a dependency is declared the other way round', () => {
    const findings = detectHiddenDependencies(
      buildInput({ services, dependencies: [buildDependency('reverse', 'front', 'money')] }),
    );
    expect(findings.map((finding) => finding.severity)).toEqual(['low']);
    expect(findings[0]?.evidence.records).toContain('dependency:default/reverse');
  });

  it('stays quiet once the dependency is declared', () => {
    const findings = detectHiddenDependencies(
      buildInput({ services, dependencies: [buildDependency('declared', 'money', 'front')] }),
    );
    expect(findings).toEqual([]);
  });
});
