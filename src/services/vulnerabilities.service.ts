/**
 * Vulnerability findings: importing Dependabot, SARIF and CSV payloads, listing findings with the service
 * and team that own them, and the remediation SLA figures. Imports read and validate everything first: one
 * bad record anywhere is an ImportError listing every problem, and nothing is written; then all findings of
 * the call are upserted in one transaction, so importing the same files again changes nothing.
 */
import path from 'node:path';
import { z } from 'zod';
import { readVulnerabilityFile } from '../connectors/vulnerabilities/client.js';
import { mapVulnerabilityJson, mapVulnerabilityText } from '../connectors/vulnerabilities/map.js';
import { ImportError, InputError, type Issue, NotFoundError } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import {
  VULNERABILITY_FORMATS,
  VULNERABILITY_SEVERITIES,
  type VulnerabilityFormat,
} from '../domain/vulnerability.js';
import type { Scope } from '../metrics/result.js';
import { DAY_MS, findDueAt, isOpenAt } from '../metrics/vulnerabilities/facts.js';
import {
  computeVulnerabilityMetrics,
  createOwnerResolver,
  selectFindings,
  type VulnerabilityFinding,
} from '../metrics/vulnerabilities/index.js';
import { computeOverdue } from '../metrics/vulnerabilities/overdue.js';
import type { StoreSession } from '../store/store.js';
import { listVulnerabilities, upsertVulnerabilities } from '../store/vulnerabilities.repo.js';
import type { AppContext } from './context.js';
import { MAX_LISTED_ISSUES } from './import.service.js';
import { parseScope, resolveWindow, scopeWindowShape } from './metrics/query.js';
import { toReportWindow } from './metrics/report-window.js';

export interface VulnerabilityImportFile {
  path: string;
  format?: VulnerabilityFormat | undefined;
  repository?: string | undefined;
  source?: string | undefined;
}

export interface VulnerabilityImportSummary {
  files: { path: string; format: VulnerabilityFormat | null; findings: number }[];
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export const formatSchema = z.enum(VULNERABILITY_FORMATS);

export async function importVulnerabilityFiles(
  store: StoreSession,
  files: readonly VulnerabilityImportFile[],
  now: Date,
): Promise<VulnerabilityImportSummary> {
  const observedAt = now.toISOString();
  const read = await Promise.all(
    files.map(async (file) => ({
      path: file.path,
      ...(await readVulnerabilityFile(file.path, { ...file, observedAt })),
    })),
  );
  assertNoIssues(
    read.flatMap((file) => file.issues),
    files.length,
  );
  const findings = read.flatMap((file) => file.findings);
  const counts = await upsertVulnerabilities(store, findings);
  return {
    files: read.map((file) => ({ path: file.path, format: file.format, findings: file.findings.length })),
    read: findings.length,
    ...counts,
  };
}

/** The findings files `vulnerabilities.files` in sextant.yaml lists, for `sextant sync`; null when none. */
export async function syncVulnerabilityFiles(
  context: AppContext,
  now: Date,
): Promise<VulnerabilityImportSummary | null> {
  const { files } = context.workspace.config.vulnerabilities;
  if (files.length === 0) return null;
  const resolved = files.map((file) => ({ ...file, path: path.resolve(context.workspace.dir, file.path) }));
  return importVulnerabilityFiles(context.store, resolved, now);
}

/** A payload sent to the API: parsed JSON (Dependabot or SARIF) or CSV text. */
export async function importVulnerabilityPayload(
  context: AppContext,
  payload: { json: unknown } | { text: string },
  options: { format?: string | undefined; repository?: string | undefined; source?: string | undefined },
  now: Date,
): Promise<VulnerabilityImportSummary> {
  const format = options.format === undefined ? undefined : parseFormat(options.format);
  const mapContext = {
    file: 'request body',
    repository: options.repository,
    source: options.source,
    observedAt: now.toISOString(),
  };
  const mapped =
    'json' in payload
      ? mapVulnerabilityJson(payload.json, mapContext, format)
      : mapVulnerabilityText(payload.text, mapContext, format ?? 'csv');
  assertNoIssues(mapped.issues, 1);
  const counts = await upsertVulnerabilities(context.store, mapped.findings);
  return {
    files: [{ path: 'request body', format: mapped.format, findings: mapped.findings.length }],
    read: mapped.findings.length,
    ...counts,
  };
}

export function parseFormat(text: string): VulnerabilityFormat {
  const result = formatSchema.safeParse(text);
  if (result.success) return result.data;
  throw new InputError('Invalid format', [
    {
      path: 'format',
      message: 'is not a vulnerability format',
      found: JSON.stringify(text),
      expected: VULNERABILITY_FORMATS.join(', '),
    },
  ]);
}

function assertNoIssues(issues: Issue[], fileCount: number): void {
  if (issues.length === 0) return;
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  if (issues.length > listed.length)
    listed.push({ message: `… and ${issues.length - listed.length} more issues` });
  const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const where = fileCount === 1 ? 'the file' : `the ${fileCount} files`;
  throw new ImportError(`Nothing was imported: ${problems} in ${where}`, listed);
}

/** Every stored finding with its owners resolved from the workspace. */
async function loadFindings(context: AppContext): Promise<(VulnerabilityFinding & ListedExtras)[]> {
  const resolve = createOwnerResolver(context.workspace.model);
  const rows = await listVulnerabilities(context.store);
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    key: row.key,
    severity: row.severity as VulnerabilityFinding['severity'],
    state: row.state as VulnerabilityFinding['state'],
    openedAt: row.openedAt.toISOString(),
    fixedAt: row.fixedAt?.toISOString() ?? null,
    dismissedAt: row.dismissedAt?.toISOString() ?? null,
    package: row.package,
    ecosystem: row.ecosystem,
    advisory: row.advisory,
    title: row.title,
    url: row.url,
    ...resolve({ repository: row.repository, service: row.service }),
  }));
}

interface ListedExtras {
  source: string;
  key: string;
  ecosystem: string | null;
  url: string | null;
}

export type ListedFinding = VulnerabilityFinding &
  ListedExtras & { dueAt: string; daysOverdue: number | null };

const booleanText = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .transform((value) => value === true || value === 'true' || value === '1' || value === '');

export const vulnerabilityListQuerySchema = z.strictObject({
  team: z.string().min(1).optional(),
  service: z.string().min(1).optional(),
  severity: z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim().toLowerCase()))
    .pipe(z.array(z.enum(VULNERABILITY_SEVERITIES)))
    .optional(),
  open: booleanText.optional(),
});

/** Findings, filtered by owning team or service, severity and whether they are open now; oldest first. */
export async function listVulnerabilityFindings(
  context: AppContext,
  input: unknown,
  now: Date,
): Promise<ListedFinding[]> {
  const query = parseQuery(vulnerabilityListQuerySchema, input, 'Invalid vulnerability query');
  const { sla } = context.workspace.config.vulnerabilities;
  let findings = await loadFindings(context);
  if (query.team)
    findings = selectFindings(findings, toScope('team', query.team, context)) as typeof findings;
  if (query.service)
    findings = selectFindings(findings, toScope('service', query.service, context)) as typeof findings;
  if (query.severity) findings = findings.filter((finding) => query.severity?.includes(finding.severity));
  if (query.open) findings = findings.filter((finding) => isOpenAt(finding, now.getTime()));
  return findings.map((finding) => {
    const dueAt = findDueAt(finding, sla);
    const overdue = finding.state === 'open' && dueAt < now.getTime();
    return {
      ...finding,
      dueAt: new Date(dueAt).toISOString(),
      daysOverdue: overdue ? Math.floor((now.getTime() - dueAt) / DAY_MS) : null,
    };
  });
}

export const vulnerabilitySlaQuerySchema = z.strictObject(scopeWindowShape);

/** SLA attainment, time to remediate and open findings by age for a scope and window (default 12 weeks). */
export async function computeVulnerabilitySla(context: AppContext, input: unknown, now: Date) {
  const query = parseQuery(vulnerabilitySlaQuerySchema, input, 'Invalid vulnerability SLA query');
  const scope = parseScope(query.scope);
  const timeZone = context.workspace.config.timezone;
  const window = resolveWindow(query, now, timeZone);
  const slaDays = context.workspace.config.vulnerabilities.sla;
  const findings = selectFindings(await loadFindings(context), scope);
  const { remediationWithinSla, timeToRemediate, openByAge } = computeVulnerabilityMetrics({
    findings,
    slaDays,
    window,
    scope,
    now,
  });
  return {
    scope,
    window: toReportWindow(window, timeZone),
    timeZone,
    slaDays,
    results: { remediationWithinSla, timeToRemediate, openByAge },
  };
}
export type VulnerabilitySlaReport = Awaited<ReturnType<typeof computeVulnerabilitySla>>;

export const vulnerabilityOverdueQuerySchema = z.strictObject({ team: z.string().min(1).optional() });

/** Findings open past their SLA now, per team. */
export async function listOverdueVulnerabilities(context: AppContext, input: unknown, now: Date) {
  const query = parseQuery(vulnerabilityOverdueQuerySchema, input, 'Invalid overdue query');
  const scope: Scope = query.team ? toScope('team', query.team, context) : { kind: 'org' };
  const findings = selectFindings(await loadFindings(context), scope);
  const window = { from: new Date(0), to: now };
  const slaDays = context.workspace.config.vulnerabilities.sla;
  return { slaDays, result: computeOverdue({ findings, slaDays, window, scope, now }) };
}
export type OverdueReport = Awaited<ReturnType<typeof listOverdueVulnerabilities>>;

function toScope(kind: 'team' | 'service', text: string, context?: AppContext): Scope {
  let ref: string;
  try {
    ref = toRefString(text, kind);
  } catch (error) {
    throw new InputError(`Invalid ${kind}`, [
      {
        path: kind,
        message: (error as Error).message,
        found: JSON.stringify(text),
        expected: `a ${kind} name`,
      },
    ]);
  }
  const declared = kind === 'team' ? context?.workspace.model.teams : context?.workspace.model.services;
  if (declared && !declared.some((entity) => entity.ref === ref)) {
    throw new NotFoundError(`No ${kind} ${ref} in the workspace`);
  }
  return { kind, ref };
}

function parseQuery<T extends z.ZodType>(schema: T, input: unknown, message: string): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new InputError(
    message,
    result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
      found: JSON.stringify((input as Record<string, unknown> | undefined)?.[String(issue.path[0])]),
    })),
  );
}
