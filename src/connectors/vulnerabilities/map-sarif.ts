/**
 * SARIF 2.1.0 logs, as code scanners (CodeQL, Trivy, Semgrep …) write them: each run's results are
 * findings, its rules describe them.
 *
 * Rules:
 * - A result's rule is found by `rule.toolComponent` + `rule.index` (rules in a tool extension, as CodeQL
 *   packs put them) or `ruleIndex` in the driver's rules, when that rule has the result's id; else by its
 *   id in the driver or any extension.
 * - Severity comes from the `security-severity` score (result, else rule) with GitHub's bands: 9.0 and up
 *   critical, 7.0 high, 4.0 medium, below that low. Without a score, the level decides: error high,
 *   warning (SARIF's default) medium, note and none low.
 * - A result that is suppressed (and not rejected) is dismissed; `baselineState: absent` is fixed; any
 *   other result is open. A scan says when it ran, not when a finding appeared: the run's start time (or
 *   the import time) is its opening time, and the store keeps the earliest one seen.
 * - The key joins the rule, the package or file, and the location's fingerprint (or file and line), so
 *   the same finding in the next scan lands on the same row. Results with the same key are one finding.
 * - The package is what a dependency scanner names in its message (`Package: zlib`, Trivy's convention),
 *   else the rule id.
 */
import { z } from 'zod';
import type { VulnerabilitySeverity, VulnerabilityState } from '../../domain/vulnerability.js';
import {
  describeJson,
  finalizeFinding,
  type MapContext,
  type MapOutcome,
  readGitHubRepository,
  toSourceName,
} from './map-common.js';

const propertiesSchema = z.looseObject({ 'security-severity': z.union([z.string(), z.number()]).optional() });
const ruleSchema = z.looseObject({
  id: z.string().min(1),
  shortDescription: z.looseObject({ text: z.string() }).optional(),
  defaultConfiguration: z.looseObject({ level: z.string().optional() }).optional(),
  properties: propertiesSchema.optional(),
});
type Rule = z.output<typeof ruleSchema>;
const componentSchema = z.looseObject({ name: z.string().optional(), rules: z.array(ruleSchema).optional() });

const resultSchema = z.looseObject({
  ruleId: z.string().min(1).optional(),
  ruleIndex: z.number().int().min(0).optional(),
  rule: z
    .looseObject({
      id: z.string().optional(),
      index: z.number().int().min(0).optional(),
      toolComponent: z.looseObject({ index: z.number().int().min(0).optional() }).optional(),
    })
    .optional(),
  level: z.enum(['none', 'note', 'warning', 'error']).optional(),
  message: z.looseObject({ text: z.string().optional() }).optional(),
  locations: z
    .array(
      z.looseObject({
        physicalLocation: z
          .looseObject({
            artifactLocation: z.looseObject({ uri: z.string().optional() }).optional(),
            region: z.looseObject({ startLine: z.number().int().optional() }).optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
  suppressions: z.array(z.looseObject({ status: z.string().optional() })).optional(),
  baselineState: z.string().optional(),
  properties: propertiesSchema.optional(),
});
type Result = z.output<typeof resultSchema>;

const runSchema = z.looseObject({
  tool: z.looseObject({
    driver: componentSchema.extend({ name: z.string().min(1) }),
    extensions: z.array(componentSchema).optional(),
  }),
  results: z.array(z.unknown()).optional(),
  invocations: z
    .array(z.looseObject({ startTimeUtc: z.iso.datetime({ offset: true }).optional() }))
    .optional(),
  versionControlProvenance: z.array(z.looseObject({ repositoryUri: z.string().optional() })).optional(),
});
type Run = z.output<typeof runSchema>;

const logSchema = z.looseObject({ version: z.literal('2.1.0'), runs: z.array(z.unknown()) });

export function mapSarifLog(payload: unknown, context: MapContext): MapOutcome {
  const outcome: MapOutcome = { findings: [], issues: [] };
  const log = logSchema.safeParse(payload);
  if (!log.success) {
    const version = (payload as { version?: unknown } | null)?.version;
    outcome.issues.push({
      file: context.file,
      path: version === '2.1.0' ? 'runs' : 'version',
      message: 'is not a SARIF 2.1.0 log',
      found: describeJson(version === '2.1.0' ? (payload as { runs?: unknown }).runs : version),
      expected: 'an object with "version": "2.1.0" and a "runs" array',
    });
    return outcome;
  }
  log.data.runs.forEach((raw, runIndex) => {
    const run = runSchema.safeParse(raw);
    if (!run.success) {
      for (const issue of run.error.issues) {
        outcome.issues.push({
          file: context.file,
          record: `runs[${runIndex}]`,
          path: issue.path.join('.'),
          message: issue.message,
        });
      }
      return;
    }
    mapRun(run.data, runIndex, context, outcome);
  });
  return outcome;
}

function mapRun(run: Run, runIndex: number, context: MapContext, outcome: MapOutcome): void {
  const source = context.source ?? toSourceName(run.tool.driver.name);
  const repository =
    context.repository ?? readGitHubRepository(run.versionControlProvenance?.[0]?.repositoryUri) ?? null;
  const openedAt = run.invocations?.[0]?.startTimeUtc ?? context.observedAt;
  (run.results ?? []).forEach((raw, resultIndex) => {
    const record = `runs[${runIndex}].results[${resultIndex}]`;
    const parsed = resultSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        outcome.issues.push({
          file: context.file,
          record,
          path: issue.path.join('.'),
          message: issue.message,
        });
      }
      return;
    }
    const result = parsed.data;
    const rule = findRule(run, result);
    const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id;
    if (!ruleId) {
      outcome.issues.push({
        file: context.file,
        record,
        path: 'ruleId',
        message: 'names no rule',
        expected: 'a ruleId, or a rule.id or ruleIndex that points at a rule',
      });
      return;
    }
    const severity = readSeverity(result, rule);
    if (typeof severity !== 'string') {
      outcome.issues.push({ file: context.file, record, ...severity });
      return;
    }
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? null;
    const line = location?.region?.startLine;
    const pkg = /^Package: (\S+)$/m.exec(result.message?.text ?? '')?.[1] ?? null;
    const fingerprint =
      result.partialFingerprints?.primaryLocationLineHash ??
      Object.values(result.fingerprints ?? {})[0] ??
      `${uri ?? '-'}:${line ?? 0}`;
    const state = readState(result);
    const key = [repository ?? '-', ruleId, pkg ?? '-', fingerprint].join(':');
    finalizeFinding(
      {
        source,
        key,
        repository,
        service: null,
        package: pkg ?? ruleId,
        ecosystem: null,
        advisory: ruleId,
        title: rule?.shortDescription?.text ?? result.message?.text?.split('\n')[0] ?? null,
        severity,
        state,
        openedAt,
        fixedAt: state === 'fixed' ? context.observedAt : null,
        dismissedAt: state === 'dismissed' ? context.observedAt : null,
        url: uri,
      },
      { file: context.file, record: `${record} (${ruleId})` },
      outcome,
    );
  });
}

function findRule(run: Run, result: Result): Rule | undefined {
  const { driver, extensions = [] } = run.tool;
  const id = result.ruleId ?? result.rule?.id;
  const component = result.rule?.toolComponent?.index;
  const index = result.rule?.index ?? result.ruleIndex;
  const byIndex =
    index === undefined
      ? undefined
      : component === undefined
        ? driver.rules?.[index]
        : extensions[component]?.rules?.[index];
  // An index that points at another rule than the result names is a scanner bug (Trivy numbers rules per
  // scanned target); the id is what the result means.
  if (byIndex && (id === undefined || byIndex.id === id)) return byIndex;
  if (id === undefined) return undefined;
  for (const candidate of [driver, ...extensions]) {
    const rule = candidate.rules?.find((each) => each.id === id);
    if (rule) return rule;
  }
  return undefined;
}

type SeverityProblem = { path: string; message: string; found: string; expected: string };

function readSeverity(result: Result, rule: Rule | undefined): VulnerabilitySeverity | SeverityProblem {
  const score = result.properties?.['security-severity'] ?? rule?.properties?.['security-severity'];
  if (score !== undefined) {
    const value = Number(score);
    if (!Number.isFinite(value) || value < 0 || value > 10 || String(score).trim() === '') {
      return {
        path: 'properties.security-severity',
        message: 'is not a severity score',
        found: JSON.stringify(score),
        expected: 'a number from 0.0 to 10.0',
      };
    }
    if (value >= 9) return 'critical';
    if (value >= 7) return 'high';
    if (value >= 4) return 'medium';
    return 'low';
  }
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  if (level === 'error') return 'high';
  if (level === 'warning') return 'medium';
  return 'low';
}

function readState(result: Result): VulnerabilityState {
  if ((result.suppressions ?? []).some((suppression) => suppression.status !== 'rejected'))
    return 'dismissed';
  return result.baselineState === 'absent' ? 'fixed' : 'open';
}
