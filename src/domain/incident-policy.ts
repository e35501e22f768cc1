/**
 * How the organization responds to an incident of each severity: how fast someone must acknowledge it,
 * whether it needs an incident commander and a status page entry, when executives hear of it, how often
 * each audience gets an update, and when the postmortem is due. Declared under `incidents:` in
 * `sextant.yaml`; a severity left out keeps its default, which follows the playbook's severity table.
 * Durations are minutes; `null` means "no such obligation".
 */
import { z } from 'zod';
import { SEVERITIES, type Severity } from './records/incident.js';

export const STATUS_PAGE_RULES = ['required', 'optional', 'none'] as const;
export type StatusPageRule = (typeof STATUS_PAGE_RULES)[number];

const minutesSchema = z.number().int().positive();

export const severityPolicySchema = z.strictObject({
  /** What the severity means, in one line. */
  definition: z.string().min(1),
  /** Minutes from declaration to acknowledgement; `next-business-day` for the lowest severities. */
  responseMinutes: z.union([minutesSchema, z.literal('next-business-day')]),
  commanderRequired: z.boolean(),
  statusPage: z.enum(STATUS_PAGE_RULES),
  /** Minutes after declaration by which executives are told (0: at once); null: they are not. */
  executiveNotifyMinutes: z.number().int().min(0).nullable(),
  /** How often each audience hears from the incident while it is open; null: no regular update. */
  updateMinutes: z.strictObject({
    internal: minutesSchema.nullable(),
    /** For severities whose external updates depend on customer impact, set only when customers see it. */
    external: minutesSchema.nullable(),
    executive: minutesSchema.nullable(),
  }),
  /** Whether a postmortem is expected, and the days after resolution it is due. */
  postmortem: z.strictObject({
    required: z.boolean(),
    dueDays: z.number().int().positive().nullable(),
  }),
});
export type SeverityPolicy = z.output<typeof severityPolicySchema>;

export const DEFAULT_SEVERITY_POLICIES: Readonly<Record<Severity, SeverityPolicy>> = {
  'SEV-1': {
    definition: 'Full outage',
    responseMinutes: 5,
    commanderRequired: true,
    statusPage: 'required',
    executiveNotifyMinutes: 0,
    updateMinutes: { internal: 15, external: 30, executive: 30 },
    postmortem: { required: true, dueDays: 5 },
  },
  'SEV-2': {
    definition: 'Major degradation',
    responseMinutes: 15,
    commanderRequired: true,
    statusPage: 'required',
    executiveNotifyMinutes: 60,
    updateMinutes: { internal: 30, external: 60, executive: 120 },
    postmortem: { required: true, dueDays: 5 },
  },
  'SEV-3': {
    definition: 'Minor impact',
    responseMinutes: 60,
    commanderRequired: false,
    statusPage: 'optional',
    executiveNotifyMinutes: null,
    updateMinutes: { internal: 120, external: null, executive: null },
    postmortem: { required: false, dueDays: null },
  },
  'SEV-4': {
    definition: 'No user impact',
    responseMinutes: 'next-business-day',
    commanderRequired: false,
    statusPage: 'none',
    executiveNotifyMinutes: null,
    updateMinutes: { internal: null, external: null, executive: null },
    postmortem: { required: false, dueDays: null },
  },
};

/** `incidents:` in `sextant.yaml`: per-severity overrides, each replacing the whole entry it names. */
export const incidentPolicySchema = z
  .strictObject({
    severities: z.partialRecord(z.enum(SEVERITIES), severityPolicySchema).default({}),
  })
  .default({ severities: {} })
  .transform(({ severities }) => ({
    severities: { ...DEFAULT_SEVERITY_POLICIES, ...severities } as Record<Severity, SeverityPolicy>,
  }));
export type IncidentPolicy = z.output<typeof incidentPolicySchema>;
