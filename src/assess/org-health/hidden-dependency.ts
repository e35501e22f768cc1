/**
 * Hidden dependencies as org health findings: service calls crossing team lines with no dependency
 * declared between the teams (found by `assess/hidden-dependencies.ts`). Reported on the consumer, the
 * team that would be caught out. When a dependency is declared the other way round, the declaration may
 * just have its direction wrong, so the finding is low.
 */
import { findHiddenDependencies } from '../hidden-dependencies.js';
import { EVIDENCE_RECORD_LIMIT, type OrgHealthFinding, type OrgHealthInput } from './types.js';

const RULE = 'hidden-dependency';

export function detectHiddenDependencies(input: OrgHealthInput): OrgHealthFinding[] {
  return findHiddenDependencies(input.model.services, input.model.dependencies).map((hidden) => {
    const calls = hidden.services.map((edge) => `${edge.from} → ${edge.to}`);
    return {
      id: `${RULE}:${hidden.consumer}:on:${hidden.provider}`,
      rule: RULE,
      check: 'undeclared-cross-team-calls',
      severity: hidden.reverseDeclared.length > 0 ? 'low' : 'medium',
      subject: hidden.consumer,
      title: `${hidden.consumer} depends on ${hidden.provider} with no dependency declared`,
      detail:
        `${hidden.services.length} service call(s) cross from ${hidden.consumer} to ${hidden.provider}: ` +
        `${calls.slice(0, 5).join(', ')}${calls.length > 5 ? ', …' : ''}` +
        (hidden.reverseDeclared.length > 0
          ? `; a dependency is declared the other way round (${hidden.reverseDeclared.join(', ')}).`
          : '.'),
      evidence: {
        metrics: { serviceCalls: hidden.services.length, reverseDeclared: hidden.reverseDeclared.length },
        records: [
          hidden.consumer,
          hidden.provider,
          ...hidden.reverseDeclared,
          ...[...new Set(hidden.services.flatMap((edge) => [edge.from, edge.to]))].slice(
            0,
            EVIDENCE_RECORD_LIMIT,
          ),
        ],
      },
      recommendation:
        'Declare the dependency (what the consumer relies on, its type and status) so planning sees it, or ' +
        'remove the call if it should not exist.',
    };
  });
}
