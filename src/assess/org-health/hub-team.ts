/**
 * Shared-services bottleneck, or hub team: one team sits on the providing side of many open blocking
 * dependencies, so every other team waits on its backlog. Open means not started or in progress
 * (available, done and cancelled no longer hold anyone up). A team is a hub when it holds up at least
 * `minConsumers` distinct teams, or provides at least `share` of all open blocking dependencies (and at
 * least `minDependencies` of them, so one dependency in a tiny organization is not a hub).
 */
import type { Dependency } from '../../domain/dependency.js';
import { percent, pushTo, unique } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import type { OrgHealthFinding, OrgHealthInput } from './types.js';

const RULE = 'hub-team';
const OPEN: ReadonlySet<Dependency['status']> = new Set(['not-started', 'in-progress']);

export function detectHubTeams(input: OrgHealthInput): OrgHealthFinding[] {
  const { minConsumers, share: minShare, minDependencies } = ORG_HEALTH_THRESHOLDS.hubTeam;
  const open = input.model.dependencies.filter(
    (dependency) => dependency.type === 'blocking' && OPEN.has(dependency.status),
  );
  const byProvider = new Map<string, Dependency[]>();
  for (const dependency of open) pushTo(byProvider, dependency.provider, dependency);
  const findings: OrgHealthFinding[] = [];
  for (const [provider, dependencies] of byProvider) {
    const consumers = unique(dependencies.map((dependency) => dependency.consumer)).sort();
    const share = dependencies.length / open.length;
    const byConsumers = consumers.length >= minConsumers;
    const byShare = dependencies.length >= minDependencies && share >= minShare;
    if (!byConsumers && !byShare) continue;
    const overdue = dependencies.filter(
      (dependency) => dependency.neededBy !== null && dependency.neededBy < input.asOf,
    );
    findings.push({
      id: `${RULE}:${provider}`,
      rule: RULE,
      check: 'open-blocking-dependencies',
      severity: consumers.length >= 2 * minConsumers || overdue.length > 0 ? 'high' : 'medium',
      subject: provider,
      title: `${provider} holds up ${consumers.length} team(s) with open blocking dependencies`,
      detail:
        `${provider} provides ${dependencies.length} of the ${open.length} open blocking dependencies ` +
        `(${percent(share)}), for ${consumers.join(', ')}` +
        (overdue.length > 0 ? `; ${overdue.length} of them already past their needed-by date.` : '.'),
      evidence: {
        metrics: {
          openBlocking: dependencies.length,
          consumers: consumers.length,
          shareOfOpenBlocking: share,
          overdue: overdue.length,
        },
        records: [provider, ...dependencies.map((dependency) => dependency.ref), ...consumers],
      },
      recommendation:
        'Turn what consumers keep waiting for into self-service (a platform offer or a published contract), ' +
        'spread ownership of it, or reprioritize the blocking work to the top of the provider’s backlog.',
    });
  }
  return findings;
}
