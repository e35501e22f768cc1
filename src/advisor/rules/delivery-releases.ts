/**
 * Releases that reach users and are then undone: rollbacks (the playbook's under 5%) and hotfixes (under
 * one a month).
 */
import type { FindingDraft } from '../types.js';
import type { DeliveryRule } from './delivery-change.js';
import { formatPercent, judged, nameOf, ownerOf, toEvidence, uniqueRecords } from './delivery-support.js';

const ROLLBACK_TARGET = 0.05;
const MIN_RELEASES = 20;
const HOTFIX_TARGET = 1;
const MIN_HOTFIXES = 3;

export const releaseRollbackRule: DeliveryRule = {
  id: 'delivery.releases-rolled-back',
  title: 'Releases rolled back or hotfixed too often',
  concern: 'tech.product-quality',
  severity: 'medium',
  description: `Raised for a scope whose releases over the last 12 weeks were rolled back more than ${formatPercent(ROLLBACK_TARGET)} of the time (at least ${MIN_RELEASES} releases), or that needed more than ${HOTFIX_TARGET} hotfix a month (at least ${MIN_HOTFIXES} hotfixes).`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const scope of delivery.scopes) {
      const rollbacks = judged(scope.rollbackRate, MIN_RELEASES);
      const hotfixes = judged(scope.hotfixesPerMonth, MIN_HOTFIXES);
      const rollbackBreach = rollbacks && rollbacks.value > ROLLBACK_TARGET ? rollbacks : null;
      const hotfixBreach = hotfixes && hotfixes.value > HOTFIX_TARGET ? hotfixes : null;
      if (!rollbackBreach && !hotfixBreach) continue;
      const parts = [
        rollbackBreach &&
          `${formatPercent(rollbackBreach.value)} of ${rollbackBreach.n} releases rolled back`,
        hotfixBreach && `${hotfixBreach.value.toFixed(1)} hotfixes a month`,
      ].filter(Boolean);
      drafts.push({
        rule: releaseRollbackRule.id,
        subject: scope.subject,
        severity: rollbackBreach && rollbackBreach.value > 2 * ROLLBACK_TARGET ? 'medium' : 'low',
        title: `Releases of ${nameOf(scope.subject)}: ${parts.join(', ')}`,
        summary: `From ${delivery.window.from} to ${delivery.window.to}, ${parts.join(' and ')}; the targets are under ${formatPercent(ROLLBACK_TARGET)} rolled back and under ${HOTFIX_TARGET} hotfix a month.`,
        why: 'Rollbacks and emergency fixes are change failures that reached users; frequent ones mean the release checks are not catching what they should.',
        actions: [
          'Walk the release checklist against the rolled-back and hotfixed releases and close the gaps it shows.',
          'Use staged rollouts and feature flags so a bad change is switched off rather than rolled back.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            ...(rollbackBreach
              ? [
                  toEvidence('releases.rollback-rate', 'Releases rolled back', rollbackBreach, 'fraction', {
                    threshold: ROLLBACK_TARGET,
                    scope: scope.subject,
                    window: delivery.window,
                  }),
                ]
              : []),
            ...(hotfixBreach
              ? [
                  toEvidence('releases.hotfix-frequency', 'Hotfixes per 30 days', hotfixBreach, 'count', {
                    threshold: HOTFIX_TARGET,
                    scope: scope.subject,
                    window: delivery.window,
                  }),
                ]
              : []),
          ],
          records: uniqueRecords(rollbackBreach?.recordIds ?? [], hotfixBreach?.recordIds ?? []),
        },
        concern: releaseRollbackRule.concern,
      });
    }
    return drafts;
  },
};
