/** `sextant.yaml`: what the organization is and how Sextant reads it. */
import { z } from 'zod';
import { incidentPolicySchema } from './incident-policy.js';
import { nameSchema } from './primitives.js';
import { reportScheduleSchema } from './report-schedule.js';
import { sliFileSchema } from './slo.js';
import { sourceSchema } from './sources.js';
import { vulnerabilityPolicySchema } from './vulnerability-policy.js';

export const workspaceConfigSchema = z.strictObject({
  /** Format version of the workspace files. */
  version: z.literal(1).default(1),
  org: z.strictObject({
    name: z.string().min(1),
    slug: nameSchema.optional(),
  }),
  /** IANA time zone used for calendar buckets (days, weeks starting Monday, months, quarters). */
  timezone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone such as "Europe/Berlin" or "UTC"')
    .default('UTC'),
  /** First month of the fiscal year, 1-12. */
  fiscalYearStart: z.number().int().min(1).max(12).default(1),
  /** Environment names that count as production. */
  productionEnvironments: z.array(z.string().min(1)).default(['production', 'prod']),
  /** Observed-data files loaded by `sextant sync` and `sextant start`, relative to the workspace. */
  imports: z
    .array(
      z.strictObject({
        path: z.string().min(1),
        type: z.string().min(1).optional(),
        source: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** Per-minute SLI files (good and valid events of one SLO each) loaded by `sextant sync`; see docs/slos.md. */
  slis: z.array(sliFileSchema).default([]),
  /** Systems to read observed data from, each with a unique name (see sources.ts). */
  sources: z
    .array(sourceSchema)
    .default([])
    .superRefine((sources, context) => {
      const seen = new Set<string>();
      sources.forEach((source, index) => {
        if (seen.has(source.name)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `another source is already named "${source.name}"`,
          });
        }
        seen.add(source.name);
      });
    }),
  /** Severity policy: response times, commander, status page, update cadence, postmortem due days. */
  incidents: incidentPolicySchema,
  /** Remediation SLA in days per vulnerability severity (see vulnerability-policy.ts). */
  vulnerabilities: vulnerabilityPolicySchema,
  /** KPI target overrides by KPI id. */
  kpiTargets: z.record(z.string(), z.number()).default({}),
  /** KPI owners by KPI id (a person, team or role), instead of the role the KPI catalog names. */
  kpiOwners: z.record(z.string(), z.string()).default({}),
  /** Reports and digests sent on a schedule while `sextant serve` runs (docs/reports/delivery.md). */
  reports: reportScheduleSchema.default({ schedules: [] }),
});
export type WorkspaceConfig = z.output<typeof workspaceConfigSchema>;
