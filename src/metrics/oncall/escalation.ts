/**
 * Escalation as the incident sources declare it: a source service pages through an escalation policy,
 * whose levels are tried in order, each after its delay, until someone acknowledges. Two shapes put a
 * service's pages on one person with nobody behind them, and are flagged:
 *
 * - a single level: when its responder does not answer, nobody else is ever called;
 * - a level whose only target is one named person (not a schedule): that level rests on one responder
 *   every hour of every week, whatever the rotation elsewhere says.
 *
 * A schedule target is not flagged, since who a schedule rotates through is the schedule's business;
 * a service without a policy is flagged as such. Pure: the policies and services are arguments.
 */

export type EscalationTargetType = 'user' | 'schedule' | 'other';

export interface EscalationTarget {
  type: EscalationTargetType;
  /** The source's id of the user or schedule. */
  id: string;
  name: string | null;
}

export interface EscalationLevel {
  /** Minutes before the next level is tried; null when the source does not say. */
  delayMinutes: number | null;
  targets: EscalationTarget[];
}

export interface EscalationPolicy {
  /** `<source>:<policy id>`. */
  id: string;
  source: string;
  sourceId: string;
  name: string;
  levels: EscalationLevel[];
}

/** A service as the incident source knows it, and the workspace service it maps to, if any. */
export interface OncallService {
  /** `<source>:<service id>`. */
  id: string;
  source: string;
  sourceId: string;
  name: string;
  status: string | null;
  /** The workspace service reference the source maps this service to; null when unmapped. */
  service: string | null;
  /** `<source>:<policy id>`, or null when the service has none. */
  escalationPolicyId: string | null;
}

export type EscalationRisk =
  | { kind: 'no-policy' }
  | { kind: 'single-level' }
  | { kind: 'single-responder'; level: number; responder: string };

export interface ServiceEscalation {
  id: string;
  source: string;
  name: string;
  service: string | null;
  policy: { id: string; name: string; levels: number } | null;
  risks: EscalationRisk[];
}

export function assessEscalation(
  services: readonly OncallService[],
  policies: readonly EscalationPolicy[],
): ServiceEscalation[] {
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  return services
    .map((service): ServiceEscalation => {
      const policy = service.escalationPolicyId ? byId.get(service.escalationPolicyId) : undefined;
      return {
        id: service.id,
        source: service.source,
        name: service.name,
        service: service.service,
        policy: policy ? { id: policy.id, name: policy.name, levels: policy.levels.length } : null,
        risks: policy ? policyRisks(policy) : [{ kind: 'no-policy' }],
      };
    })
    .sort((a, b) => b.risks.length - a.risks.length || a.name.localeCompare(b.name));
}

function policyRisks(policy: EscalationPolicy): EscalationRisk[] {
  const risks: EscalationRisk[] = policy.levels.length <= 1 ? [{ kind: 'single-level' }] : [];
  policy.levels.forEach((level, index) => {
    const [only] = level.targets;
    if (level.targets.length === 1 && only?.type === 'user')
      risks.push({ kind: 'single-responder', level: index + 1, responder: only.name ?? only.id });
  });
  return risks;
}
