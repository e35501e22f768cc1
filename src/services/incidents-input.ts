/**
 * What the incident commands accept, one declaration for the CLI and the API: zod schemas for opening,
 * updating and resolving an incident and for filtering the list. A failed parse becomes an InputError
 * whose issues name the field, what was found and what was expected.
 */
import { z } from 'zod';
import { InputError } from '../domain/errors.js';
import { INCIDENT_ROLES, UPDATE_AUDIENCES } from '../domain/incident-lifecycle.js';
import { dateSchema, instantSchema } from '../domain/primitives.js';
import { INCIDENT_STATES, SEVERITIES } from '../domain/records/incident.js';
import { scopeWindowShape } from './metrics/query.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `expected one of ${values.join(', ')}` });

const text = z.string().trim().min(1, 'expected some text');
const at = instantSchema.optional();

export const openIncidentSchema = z.strictObject({
  severity: oneOf(SEVERITIES),
  title: text.max(300),
  service: text.optional(),
  commander: text.optional(),
  /** When it was declared; the current time when absent. */
  at,
});
export type OpenIncidentInput = z.output<typeof openIncidentSchema>;

export const updateIncidentSchema = z
  .strictObject({
    status: oneOf(INCIDENT_STATES).optional(),
    /** A note for the timeline, or the text of the update when `audience` is given. */
    note: text.optional(),
    /** Makes `note` an update sent to this audience. */
    audience: oneOf(UPDATE_AUDIENCES).optional(),
    /** Role → person; each hands the role over at `at`. */
    roles: z.partialRecord(oneOf(INCIDENT_ROLES), text).optional(),
    severity: oneOf(SEVERITIES).optional(),
    acknowledge: z.boolean().optional(),
    at,
  })
  .superRefine((input, ctx) => {
    if (input.audience && !input.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `an ${input.audience} update needs its text` });
    }
    const changes = [input.status, input.note, input.severity, input.acknowledge || undefined];
    if (changes.every((change) => change === undefined) && Object.keys(input.roles ?? {}).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          'nothing to record: give a status, a note, an update, a role, a severity or an acknowledgement',
      });
    }
  });
export type UpdateIncidentInput = z.output<typeof updateIncidentSchema>;

export const resolveIncidentSchema = z.strictObject({
  at,
  rootCause: text.optional(),
  note: text.optional(),
});
export type ResolveIncidentInput = z.output<typeof resolveIncidentSchema>;

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((value) => value === true || value === 'true' || value === '1');

export const incidentListSchema = z
  .strictObject({
    open: flag.optional(),
    severity: oneOf(SEVERITIES).optional(),
    service: text.optional(),
    /** The services this team owns in services.yaml. */
    team: text.optional(),
    status: oneOf(INCIDENT_STATES).optional(),
    source: text.optional(),
    /** First local day (workspace time zone) an incident may have started on. */
    since: dateSchema.optional(),
    /** Last local day an incident may have started on, inclusive. */
    until: dateSchema.optional(),
    /** The metrics' names for the same: a scope's services, and the days incidents started on. */
    ...scopeWindowShape,
    /** At most this many, the newest. */
    limit: z.coerce.number().int('expected a whole number').min(1, 'expected at least 1').optional(),
    /** Skip this many of the newest first (paging). */
    offset: z.coerce.number().int('expected a whole number').min(0, 'expected 0 or more').optional(),
  })
  .superRefine((query, ctx) => {
    const either = (one: keyof typeof query, other: keyof typeof query) => {
      if (query[one] !== undefined && query[other] !== undefined)
        ctx.addIssue({ code: 'custom', path: [other], message: `give either ${one} or ${other}, not both` });
    };
    either('since', 'from');
    either('until', 'to');
    either('team', 'scope');
    either('service', 'scope');
    const first = query.from ?? query.since;
    const last = query.to ?? query.until;
    if (first && last && first > last) {
      const path = query.to ? 'to' : 'until';
      ctx.addIssue({ code: 'custom', path: [path], message: `expected a day on or after ${first}` });
    }
  });
export type IncidentListQuery = z.output<typeof incidentListSchema>;

/** Parses `input` or throws an InputError naming each bad field. */
export function parseIncidentInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const record = (input ?? {}) as Record<string, unknown>;
  throw new InputError(
    `Invalid ${what}`,
    result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const found = issue.path.length > 0 ? lookup(record, issue.path) : undefined;
      const message =
        issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message;
      return {
        ...(field ? { path: field } : {}),
        message,
        ...(found !== undefined ? { found: JSON.stringify(found) } : {}),
      };
    }),
  );
}

function lookup(value: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
