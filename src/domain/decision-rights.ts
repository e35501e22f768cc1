/**
 * Decision rights and escalation paths (model/decision-rights.yaml): for each decision area, who decides
 * alone, whom they consult, which approvals it needs above which thresholds, and the chain a problem
 * climbs when it is not resolved in time.
 *
 * A party is written `role:VP Engineering`, `person:ana-lopez` or `team:payments`; a bare text is a role.
 * Roles are matched against the `role` people carry in people.yaml; a role nobody in the model holds (a
 * CFO, the board) must be listed under `roles:` so that a typo is caught rather than silently kept.
 */
import { z } from 'zod';
import { nameSchema } from './primitives.js';

export type PartyKind = 'role' | 'person' | 'team';

/** A party as written: its kind and the text after the prefix (a role name or a short/full reference). */
export interface PartySpec {
  kind: PartyKind;
  value: string;
}

const PARTY_PATTERN = /^(?:(role|person|team):)?\s*(.+?)\s*$/s;

export const partySchema = z
  .string()
  .min(1)
  .transform((text, context): PartySpec => {
    const match = PARTY_PATTERN.exec(text);
    const value = match?.[2] ?? '';
    if (!match || value === '') {
      context.addIssue({ code: 'custom', message: 'a role name, person:NAME or team:NAME' });
      return z.NEVER;
    }
    return { kind: (match[1] as PartyKind | undefined) ?? 'role', value };
  });

/** `30m`, `4h`, `2d`, `1w`, or several (`1h30m`): a time to escalate, read as minutes. */
export const durationSchema = z
  .string()
  .regex(/^(?:\d+[wdhm])+$/, 'a duration such as 30m, 4h, 2d or 1w')
  .transform((text) => parseDurationMinutes(text));

const UNIT_MINUTES: Record<string, number> = { w: 7 * 24 * 60, d: 24 * 60, h: 60, m: 1 };

export function parseDurationMinutes(text: string): number {
  let minutes = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([wdhm])/g))
    minutes += Number(amount) * (UNIT_MINUTES[unit ?? 'm'] ?? 1);
  return minutes;
}

/** `4h`, `1d 2h`: minutes written back the way a person would. */
export function formatDuration(minutes: number): string {
  const parts: string[] = [];
  let rest = minutes;
  for (const unit of ['w', 'd', 'h', 'm'] as const) {
    const size = UNIT_MINUTES[unit] ?? 1;
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join(' ') || '0m';
}

export const thresholdSchema = z.strictObject({
  /** What is measured, e.g. "annual contract value" or "headcount change". */
  measure: z.string().min(1),
  above: z.number().nonnegative(),
  /** EUR, people, days … */
  unit: z.string().min(1).optional(),
});
export type Threshold = z.infer<typeof thresholdSchema>;

export const approvalSchema = z.strictObject({
  by: partySchema,
  /** When the approval is needed, in words; with `threshold`, only above it. */
  when: z.string().min(1).optional(),
  threshold: thresholdSchema.optional(),
});

export const escalationLevelSchema = z.strictObject({
  who: partySchema,
  /** How long the previous level has before this one is brought in (the first level: before it is paged). */
  after: durationSchema.optional(),
  note: z.string().min(1).optional(),
});

export const escalationPathSchema = z.strictObject({
  id: nameSchema,
  title: z.string().min(1),
  levels: z.array(escalationLevelSchema).min(1),
});
export type EscalationPathSpec = z.output<typeof escalationPathSchema>;

export const decisionAreaSchema = z.strictObject({
  id: nameSchema,
  title: z.string().min(1),
  /** Other words people use for this decision; `who-decides` searches them with the id and title. */
  keywords: z.array(z.string().min(1)).default([]),
  decides: partySchema,
  consults: z.array(partySchema).default([]),
  approval: z.array(approvalSchema).default([]),
  /** The id of an escalation path in the same file. */
  escalation: nameSchema.optional(),
  notes: z.string().min(1).optional(),
});
export type DecisionAreaSpec = z.output<typeof decisionAreaSchema>;

export const decisionRightsFileSchema = z.strictObject({
  /** Roles held by no one in people.yaml that the file may still name (CFO, CEO, board …). */
  roles: z.array(z.string().min(1)).nullish(),
  decisions: z.array(z.unknown()).nullish(),
  escalations: z.array(z.unknown()).nullish(),
});

/** A party with its people: the person itself, everyone holding the role, or nobody for a team. */
export interface Party {
  kind: PartyKind;
  /** The role name, or the full `person:`/`team:` reference. */
  ref: string;
  /** Full references of the people the party stands for (role holders, or the person). */
  people: string[];
}

export interface Approval {
  by: Party;
  when: string | null;
  threshold: Threshold | null;
}

export interface EscalationLevel {
  level: number;
  who: Party;
  /** Minutes the previous level has before this one is brought in; null when not set. */
  afterMinutes: number | null;
  note: string | null;
}

export interface EscalationPath {
  id: string;
  title: string;
  levels: EscalationLevel[];
}

export interface DecisionArea {
  id: string;
  title: string;
  keywords: string[];
  decides: Party;
  consults: Party[];
  approval: Approval[];
  escalation: EscalationPath | null;
  notes: string | null;
}

export interface DecisionRights {
  /** Roles declared in the file for parties outside people.yaml. */
  roles: string[];
  decisions: DecisionArea[];
  escalations: EscalationPath[];
}

export const EMPTY_DECISION_RIGHTS: DecisionRights = { roles: [], decisions: [], escalations: [] };

/** The outcome of looking a topic up: one area, several candidates, or none (with every topic). */
export type TopicMatch =
  | { kind: 'found'; area: DecisionArea }
  | { kind: 'ambiguous'; candidates: DecisionArea[] }
  | { kind: 'none'; topics: DecisionArea[] };

/**
 * Finds a decision area by what someone types: the id or title exactly (any case) wins; otherwise every
 * area whose id, title or keywords contain the query, or share all of its words, is a candidate.
 */
export function findDecisionArea(rights: DecisionRights, query: string): TopicMatch {
  const wanted = normalize(query);
  if (wanted === '') return { kind: 'none', topics: rights.decisions };
  const exact = rights.decisions.filter(
    (area) =>
      normalize(area.id) === wanted ||
      normalize(area.title) === wanted ||
      area.keywords.some((keyword) => normalize(keyword) === wanted),
  );
  if (exact.length === 1 && exact[0]) return { kind: 'found', area: exact[0] };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const words = wanted.split(' ');
  const candidates = rights.decisions.filter((area) => {
    const texts = [area.id, area.title, ...area.keywords].map(normalize);
    if (texts.some((text) => text.includes(wanted))) return true;
    const vocabulary = new Set(texts.flatMap((text) => text.split(' ')));
    return words.every((word) => [...vocabulary].some((known) => known.startsWith(word)));
  });
  if (candidates.length === 1 && candidates[0]) return { kind: 'found', area: candidates[0] };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'none', topics: rights.decisions };
}

/** Lower case, every run of punctuation or dashes as one space. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
