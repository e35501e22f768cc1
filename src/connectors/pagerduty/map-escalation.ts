/**
 * Pure mapping of PagerDuty services and escalation policies to the store's on-call services and
 * policies. A service maps to a workspace service through the source's `services` setting, by id first,
 * then by name; a service whose setting names no valid service reference stays unmapped and is reported.
 * An escalation rule's targets keep their kind: a user (`user` / `user_reference`), a schedule
 * (`schedule` / `schedule_reference`), anything else as other.
 */
import type { Issue } from '../../domain/errors.js';
import { toRefString } from '../../domain/refs.js';
import type {
  EscalationPolicy,
  EscalationTargetType,
  OncallService,
} from '../../metrics/oncall/escalation.js';
import { PAGERDUTY_SOURCE } from './map.js';
import type { PagerDutyEscalationPolicy, PagerDutyService } from './payload.js';

const storeId = (id: string) => `${PAGERDUTY_SOURCE}:${id}`;

export function toPagerDutyServices(
  services: readonly PagerDutyService[],
  mapping: Readonly<Record<string, string>> = {},
): { services: OncallService[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const mapped = services.map((service): OncallService => {
    const named = mapping[service.id] ?? mapping[service.name];
    let workspaceService: string | null = null;
    if (named) {
      try {
        workspaceService = toRefString(named, 'service');
      } catch (error) {
        warnings.push({
          record: storeId(service.id),
          path: 'services',
          message: (error as Error).message,
          found: JSON.stringify(named),
          expected: 'a workspace service name or reference',
        });
      }
    }
    return {
      id: storeId(service.id),
      source: PAGERDUTY_SOURCE,
      sourceId: service.id,
      name: service.name,
      status: service.status ?? null,
      service: workspaceService,
      escalationPolicyId: service.escalation_policy ? storeId(service.escalation_policy.id) : null,
    };
  });
  return { services: mapped, warnings };
}

export function toPagerDutyEscalationPolicies(
  policies: readonly PagerDutyEscalationPolicy[],
): EscalationPolicy[] {
  return policies.map((policy) => ({
    id: storeId(policy.id),
    source: PAGERDUTY_SOURCE,
    sourceId: policy.id,
    name: policy.name,
    levels: policy.escalation_rules.map((rule) => ({
      delayMinutes: rule.escalation_delay_in_minutes ?? null,
      targets: rule.targets.map((target) => ({
        type: targetType(target.type),
        id: target.id,
        name: target.summary ?? null,
      })),
    })),
  }));
}

function targetType(type: string | undefined): EscalationTargetType {
  if (type === 'user' || type === 'user_reference') return 'user';
  if (type === 'schedule' || type === 'schedule_reference') return 'schedule';
  return 'other';
}
