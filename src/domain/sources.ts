/**
 * The sources a workspace declares in `sextant.yaml`: what to read, and how often `sextant serve` syncs
 * it. Every source has a unique name, which is how its status shows in `/api/health` and how a one-off
 * `sextant sync --source NAME` picks it.
 */
import { z } from 'zod';
import { nameSchema, refTextSchema } from './primitives.js';
import { SEVERITIES } from './records/incident.js';

/** `30s`, `15m`, `6h`, `1d`: how often a source syncs while the server runs. */
export const intervalSchema = z
  .string()
  .regex(/^\d+(s|m|h|d)$/, 'an interval such as "15m", "1h" or "1d"')
  .transform((text) => {
    const amount = Number(text.slice(0, -1));
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[text.at(-1) as 's' | 'm' | 'h' | 'd'];
    return amount * unit;
  })
  .refine((ms) => ms >= 60_000, 'at least one minute between syncs');

const sourceBase = {
  name: nameSchema,
  /** Sync interval while `sextant serve` runs; absent means only on demand. */
  every: intervalSchema.optional(),
};

export const gitSourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('git'),
  /** A local clone, relative to the workspace or absolute. */
  path: z.string().min(1),
  repository: refTextSchema.optional(),
  service: refTextSchema.optional(),
  deployTags: z.string().min(1).optional(),
  deployBranch: z.string().min(1).optional(),
});

export const githubSourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('github'),
  /** `owner/name` on GitHub or GitHub Enterprise. */
  repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'owner/name'),
  /** The workspace repository and service its records belong to; found from repository URLs when absent. */
  workspaceRepository: refTextSchema.optional(),
  service: refTextSchema.optional(),
  incidentLabels: z.array(z.string().min(1)).default(['incident']),
});

export const gitlabSourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('gitlab'),
  /** Project path (`group/project`) or numeric id. */
  project: z.string().min(1),
  workspaceRepository: refTextSchema.optional(),
  service: refTextSchema.optional(),
});

export const jiraSourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('jira'),
  jql: z.string().min(1),
  /** Board whose sprints are read. */
  board: z.number().int().positive().optional(),
});

/** Severity by the incident source's own name for it (a priority such as `P2`, an urgency such as `high`). */
const severityOverridesSchema = z.record(z.string().min(1), z.enum(SEVERITIES)).default({});

/** How far back each run reads incidents; a re-read of known incidents writes only what changed. */
const lookbackSchema = z
  .string()
  .regex(/^\d+d$/, 'a number of days such as "30d"')
  .default('30d')
  .transform((text) => Number(text.slice(0, -1)));

export const pagerdutySourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('pagerduty'),
  /** PagerDuty service ids to read; every service when absent. */
  serviceIds: z.array(z.string().min(1)).optional(),
  /** Workspace service per PagerDuty service id or name. */
  services: z.record(z.string().min(1), refTextSchema).default({}),
  severities: severityOverridesSchema,
  lookback: lookbackSchema,
});

export const opsgenieSourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('opsgenie'),
  /** An Opsgenie incident search query narrowing what is read, e.g. `tag: production`. */
  query: z.string().min(1).optional(),
  /** Workspace service per Opsgenie service id. */
  services: z.record(z.string().min(1), refTextSchema).default({}),
  severities: severityOverridesSchema,
  lookback: lookbackSchema,
});

/** A feature flag export kept as a file (CSV, JSON or JSON Lines; see docs/releases.md). */
export const flagsSourceSchema = z.strictObject({
  ...sourceBase,
  type: z.literal('flags'),
  /** The export, relative to the workspace or absolute; its name's ending says its format. */
  path: z.string().min(1),
});

export const sourceSchema = z.discriminatedUnion('type', [
  gitSourceSchema,
  githubSourceSchema,
  gitlabSourceSchema,
  jiraSourceSchema,
  pagerdutySourceSchema,
  opsgenieSourceSchema,
  flagsSourceSchema,
]);
export type SourceConfig = z.output<typeof sourceSchema>;
export type SourceType = SourceConfig['type'];
