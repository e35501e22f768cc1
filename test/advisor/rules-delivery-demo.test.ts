import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_RULES } from '../../src/advisor/rules/delivery.js';
import type { DeliveryPart } from '../../src/advisor/snapshot-delivery.js';
import type { FindingDraft } from '../../src/advisor/types.js';
import { buildDeliveryPart } from '../../src/services/advisor/snapshot-delivery.js';
import { withReadCache } from '../../src/services/context.js';
import { useSyncedDemo } from '../support/synced-demo.js';

/** The demo's last day, and the end of it in the workspace's time zone (Europe/Berlin, UTC+1 in November). */
const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-23T23:00:00Z');

describe('the delivery rules on the synced demo', () => {
  const demo = useSyncedDemo('sextant-rules-delivery-');
  let part: DeliveryPart;
  let drafts: FindingDraft[];

  beforeAll(async () => {
    const started = performance.now();
    part = await buildDeliveryPart(withReadCache(demo.context), AS_OF, NOW);
    // Reported, not asserted: timings belong in bench/, this only shows the cost in the test log.
    console.info(`buildDeliveryPart on the demo: ${Math.round(performance.now() - started)} ms`);
    drafts = DELIVERY_RULES.flatMap((rule) => rule.evaluate({ delivery: part } as never));
  }, 300_000);

  it('finds the planted Friday change failures in the commerce domain', () => {
    const found = drafts.find((draft) => draft.rule === 'delivery.change-failures-by-weekday');
    expect(found?.subject).toBe('domain:default/commerce');
    expect(found?.title).toContain('Friday');
    expect(drafts.filter((draft) => draft.rule === 'delivery.change-failures-by-weekday')).toHaveLength(1);
  });

  it("finds checkout's slowing review turnaround and no other team's", () => {
    const found = drafts.filter((draft) => draft.rule === 'delivery.review-turnaround-slowing');
    expect(found.map((draft) => draft.subject)).toEqual(['team:default/checkout']);
    const figures = found[0]?.evidence.figures ?? [];
    expect(figures).toHaveLength(3);
    expect(figures.at(-1)?.value).toBeGreaterThan(2 * (figures[0]?.value ?? Number.POSITIVE_INFINITY));
  });

  it('gives every finding evidence: figures with their sample, at most 20 records, a known subject', () => {
    const model = demo.context.workspace.model;
    const known = new Set([
      'org',
      ...model.teams.map((team) => team.ref),
      ...model.services.map((service) => service.ref),
      ...model.domains.map((domain) => domain.ref),
    ]);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(known.has(draft.subject)).toBe(true);
      expect(draft.evidence.figures.length).toBeGreaterThan(0);
      expect(draft.evidence.records.length).toBeLessThanOrEqual(20);
      for (const evidence of draft.evidence.figures) {
        expect(Number.isFinite(evidence.value)).toBe(true);
        expect(evidence.n ?? 0).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('raises nothing from a scope with too little data', () => {
    // Reliability enablement ships no service of its own: its delivery figures are missing, not zero.
    const enablement = part.scopes.find((scope) => scope.subject === 'team:default/reliability-enablement');
    expect(enablement?.changeFailureRate.current).toBeNull();
    expect(enablement?.buildSuccessRate).toBeNull();
    expect(drafts.filter((draft) => draft.subject === 'team:default/reliability-enablement')).toEqual([]);
  });

  it('reads the figures the services show for the same windows', () => {
    const org = part.scopes[0];
    expect(org?.subject).toBe('org');
    expect(part.window).toEqual({ from: '2026-09-01', to: AS_OF });
    expect(org?.changeFailureRate.current?.n).toBe(org?.deployments.current?.value);
    const commerce = part.domainWeekdays.find((domain) => domain.subject === 'domain:default/commerce');
    const friday = commerce?.weekdays[4];
    expect(friday?.failed).toBeGreaterThan(0.2 * (friday?.deployments ?? 0));
  });
});
