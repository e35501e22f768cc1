import { describe, expect, it } from 'vitest';
import type { OrgModel } from '../../domain/model.js';
import { buildOrgModel, buildService, buildTeam } from '../../domain/model.test-fixtures.js';
import { exportCatalog, renderDescriptors, toBackstageRef } from './export.js';
import { mapCatalog } from './map.js';
import { parseDescriptors } from './parse.js';

const MODEL: OrgModel = buildOrgModel({
  teams: [
    buildTeam('payments', { ref: 'team:emea/payments', title: 'Payments', mission: 'Take the money.' }),
  ],
  services: [
    buildService('checkout', 'payments', {
      owner: 'team:emea/payments',
      tier: 2,
      repositories: ['repository:default/checkout'],
      dependsOn: ['resource:default/orders-db', 'service:default/ledger'],
      providesApis: ['api:default/checkout-v1'],
    }),
  ],
  apis: [
    {
      ref: 'api:default/checkout-v1',
      name: 'checkout-v1',
      title: 'checkout-v1',
      description: null,
      type: 'openapi',
      lifecycle: 'production',
      owner: 'team:emea/payments',
      system: null,
      definition: './openapi/checkout.yaml',
    },
  ],
});

describe('exporting Backstage descriptors', () => {
  it('writes Backstage kinds and fully qualified references, with what Backstage lacks as annotations', () => {
    const [group, component, api] = exportCatalog(MODEL);
    expect(group).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'payments',
        namespace: 'emea',
        description: 'Take the money.',
        annotations: { 'sextant.io/team-type': 'stream-aligned' },
      },
      spec: { type: 'team', profile: { displayName: 'Payments' }, children: [] },
    });
    expect(component?.spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:emea/payments',
      providesApis: ['api:default/checkout-v1'],
      dependsOn: ['resource:default/orders-db', 'component:default/ledger'],
    });
    expect(component?.metadata.annotations).toEqual({ 'sextant.io/tier': '2' });
    // A path or URL is written as the placeholder Backstage resolves, not as the definition's text.
    expect(api?.spec.definition).toEqual({ $text: './openapi/checkout.yaml' });
  });

  it('maps Sextant references to Backstage ones kind by kind', () => {
    expect(toBackstageRef('person:default/ada')).toBe('user:default/ada');
    expect(toBackstageRef('service:emea/ledger')).toBe('component:emea/ledger');
  });

  it('reads its own output back to the same entries', () => {
    const text = renderDescriptors(exportCatalog(MODEL));
    const { descriptors } = parseDescriptors('export.yaml', text);
    const mapping = mapCatalog(descriptors);
    expect(mapping.issues).toEqual([]);
    expect(mapping.teams[0]?.spec).toEqual({
      name: 'payments',
      namespace: 'emea',
      title: 'Payments',
      type: 'stream-aligned',
      mission: 'Take the money.',
    });
    expect(mapping.services[0]?.spec).toEqual({
      name: 'checkout',
      owner: 'emea/payments',
      tier: 2,
      lifecycle: 'production',
      dependsOn: ['resource:orders-db', 'ledger'],
      providesApis: ['checkout-v1'],
    });
    expect(mapping.apis[0]?.spec).toMatchObject({ definition: './openapi/checkout.yaml' });
  });
});
