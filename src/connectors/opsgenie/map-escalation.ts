/**
 * Pure mapping of Opsgenie services and escalations to the store's on-call services and escalation
 * policies, the shape PagerDuty's feed (ids `opsgenie:<id>`).
 *
 * An Opsgenie escalation is a list of rules, each notifying one recipient a delay after the alert was
 * created. Rules sharing a delay are notified together, so they form one level; levels follow in order
 * of delay. A level's `delayMinutes` is, as for PagerDuty, the wait before the next level is tried: the
 * gap to the next delay, and unknown (null) for the last level, after which Opsgenie only repeats.
 * Recipients keep their kind: a user, a schedule, or a team as other (a team notifies whoever it routes
 * to, which the escalation does not say).
 *
 * Opsgenie services name no escalation: a service belongs to a team (`teamId`), and the team's
 * escalation is the one its alerts follow. A service maps to a workspace service through the source's
 * `services` setting, by Opsgenie service id, as incidents do. A payload that does not meet its contract
 * is left out and reported against its id.
 */
import type { Issue } from '../../domain/errors.js';
import { toRefString } from '../../domain/refs.js';
import type {
  EscalationLevel,
  EscalationPolicy,
  EscalationTargetType,
  OncallService,
} from '../../metrics/oncall/escalation.js';
import { OPSGENIE_SOURCE } from './map.js';
import {
  escalationPayloadSchema,
  type OpsgenieEscalation,
  type OpsgenieEscalationRule,
  servicePayloadSchema,
} from './payload.js';

const storeId = (id: string) => `${OPSGENIE_SOURCE}:${id}`;

const MINUTES: Record<OpsgenieEscalationRule['delay']['timeUnit'], number> = {
  minutes: 1,
  hours: 60,
  days: 1_440,
};

export interface OpsgenieEscalationData {
  services: OncallService[];
  policies: EscalationPolicy[];
  warnings: Issue[];
}

export function toOpsgenieEscalation(
  servicePayloads: readonly unknown[],
  escalationPayloads: readonly unknown[],
  mapping: Readonly<Record<string, string>> = {},
): OpsgenieEscalationData {
  const warnings: Issue[] = [];
  const escalations = parseAll(
    escalationPayloads,
    escalationPayloadSchema,
    'an Opsgenie escalation',
    warnings,
  );
  const services = parseAll(servicePayloads, servicePayloadSchema, 'an Opsgenie service', warnings);
  const byTeam = teamEscalations(escalations);
  return {
    policies: escalations.map(toPolicy),
    services: services.map((service): OncallService => {
      const escalation = service.teamId ? byTeam.get(service.teamId) : undefined;
      return {
        id: storeId(service.id),
        source: OPSGENIE_SOURCE,
        sourceId: service.id,
        name: service.name,
        status: null,
        service: workspaceService(service.id, mapping, warnings),
        escalationPolicyId: escalation ? storeId(escalation.id) : null,
      };
    }),
    warnings,
  };
}

/**
 * The escalation each owning team's services follow. A team may own several (one per hour of the day,
 * say, chosen by its routing rules, which Sextant does not read); the first by name stands for the team,
 * so the choice is stable from one sync to the next.
 */
function teamEscalations(escalations: readonly OpsgenieEscalation[]): Map<string, OpsgenieEscalation> {
  const byTeam = new Map<string, OpsgenieEscalation>();
  const byName = [...escalations].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  for (const escalation of byName) {
    const team = escalation.ownerTeam?.id;
    if (team && !byTeam.has(team)) byTeam.set(team, escalation);
  }
  return byTeam;
}

function toPolicy(escalation: OpsgenieEscalation): EscalationPolicy {
  const byDelay = new Map<number, OpsgenieEscalationRule[]>();
  for (const rule of escalation.rules) {
    const delay = rule.delay.timeAmount * MINUTES[rule.delay.timeUnit];
    byDelay.set(delay, [...(byDelay.get(delay) ?? []), rule]);
  }
  const delays = [...byDelay.keys()].sort((a, b) => a - b);
  const levels = delays.map((delay, index): EscalationLevel => {
    const next = delays[index + 1];
    const targets = new Map(
      (byDelay.get(delay) ?? []).map(({ recipient }) => [
        `${recipient.type}:${recipient.id}`,
        {
          type: targetType(recipient.type),
          id: recipient.id,
          name: recipient.name ?? recipient.username ?? null,
        },
      ]),
    );
    return { delayMinutes: next === undefined ? null : next - delay, targets: [...targets.values()] };
  });
  return {
    id: storeId(escalation.id),
    source: OPSGENIE_SOURCE,
    sourceId: escalation.id,
    name: escalation.name,
    levels,
  };
}

function targetType(type: string): EscalationTargetType {
  if (type === 'user') return 'user';
  if (type === 'schedule') return 'schedule';
  return 'other';
}

function workspaceService(
  id: string,
  mapping: Readonly<Record<string, string>>,
  warnings: Issue[],
): string | null {
  const named = mapping[id];
  if (!named) return null;
  try {
    return toRefString(named, 'service');
  } catch (error) {
    warnings.push({
      record: storeId(id),
      path: 'services',
      message: (error as Error).message,
      found: JSON.stringify(named),
      expected: 'a workspace service name or reference',
    });
    return null;
  }
}

function parseAll<T>(
  payloads: readonly unknown[],
  schema: {
    safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Problem[] } };
  },
  expected: string,
  warnings: Issue[],
): T[] {
  return payloads.flatMap((payload) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) return [parsed.data];
    const [problem] = parsed.error.issues;
    const id = typeof payload === 'object' && payload !== null ? (payload as { id?: unknown }).id : undefined;
    warnings.push({
      record: typeof id === 'string' && id !== '' ? storeId(id) : undefined,
      path: problem?.path.join('.') || undefined,
      message: `${expected} left out: ${problem?.message ?? 'unreadable'}`,
      expected,
    });
    return [];
  });
}

interface Problem {
  path: PropertyKey[];
  message: string;
}
