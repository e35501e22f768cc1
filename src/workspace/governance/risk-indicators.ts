/**
 * Checking a key risk indicator: its metric is in the catalog and has one number per scope and window, its
 * scope is the org or a declared team or service, a per-severity figure names a severity and an SLO figure
 * an SLO of its service, and its threshold is written in the metric's unit.
 */
import type { Issue } from '../../domain/errors.js';
import type { OrgModel } from '../../domain/model.js';
import { PER_SEVERITY_METRICS, PER_SLO_METRICS, UNLINKABLE_METRICS } from '../../domain/okr-metric-rules.js';
import { toRefString } from '../../domain/refs.js';
import type { IndicatorScope, IndicatorSpec, KeyRiskIndicator } from '../../domain/risk.js';
import { toThreshold } from '../../governance/risk-indicator.js';
import { findMetricDefinition } from '../../metrics/definitions.js';
import { issueAt } from '../issues.js';
import { checkDeclaredRef } from '../side-file.js';
import type { PathSegment, YamlSource } from '../yaml-source.js';
import { checkServiceRef } from './links.js';
import type { GovernanceDirectory } from './part.js';

/** An indicator whose every part checks out; undefined (with issues recorded) otherwise. */
export function checkIndicator(
  source: YamlSource,
  spec: IndicatorSpec,
  at: readonly PathSegment[],
  context: { directory: GovernanceDirectory; model: OrgModel },
  issues: Issue[],
): KeyRiskIndicator | undefined {
  const before = issues.length;
  const add = (field: string, message: string, found: string, expected: string) =>
    issues.push(issueAt(source, [...at, field], { message, found, expected }));
  const found = findMetricDefinition(spec.metric);
  const scope = checkScope(source, spec.scope, [...at, 'scope'], context.directory, issues);
  if (!found) {
    add(
      'metric',
      `unknown metric "${spec.metric}"`,
      JSON.stringify(spec.metric),
      'a metric id listed by `sextant metrics list`, e.g. dora.change-failure-rate',
    );
    return undefined;
  }
  const { unit } = found.definition;
  const unlinkable = UNLINKABLE_METRICS[spec.metric];
  if (unlinkable)
    add(
      'metric',
      `${spec.metric} cannot be an indicator: ${unlinkable}`,
      spec.metric,
      'a metric with one number per scope',
    );
  const threshold = toThreshold(spec.threshold, unit);
  if (threshold.kind === 'mismatch')
    add(
      'threshold',
      `the threshold does not fit ${spec.metric}, measured in ${unit}`,
      JSON.stringify(spec.threshold),
      threshold.expected,
    );
  if (spec.statistic !== undefined && unit !== 'seconds')
    add(
      'statistic',
      `${spec.metric} is not a duration: it has no median or p90`,
      spec.statistic,
      'no statistic',
    );
  const severities = PER_SEVERITY_METRICS[spec.metric];
  if (severities && !severities.includes(spec.severity ?? ''))
    add(
      'severity',
      `${spec.metric} is given per severity`,
      spec.severity ?? 'nothing',
      `one of ${severities.join(', ')}`,
    );
  else if (!severities && spec.severity !== undefined)
    add('severity', `${spec.metric} is not given per severity`, spec.severity, 'no severity');
  checkSlo(spec, scope, context.model, add);
  if (issues.length > before || !scope || threshold.kind !== 'ok') return undefined;
  return {
    metric: spec.metric,
    scope,
    windowDays: spec.window,
    threshold: threshold.value,
    bad: spec.bad,
    statistic: spec.statistic ?? null,
    severity: spec.severity ?? null,
    slo: spec.slo ?? null,
  };
}

function checkSlo(
  spec: IndicatorSpec,
  scope: IndicatorScope | undefined,
  model: OrgModel,
  add: (field: string, message: string, found: string, expected: string) => void,
): void {
  if (!PER_SLO_METRICS.has(spec.metric)) {
    if (spec.slo !== undefined) add('slo', `${spec.metric} is not an SLO figure`, spec.slo, 'no slo');
    return;
  }
  if (scope?.kind !== 'service') {
    add('scope', `${spec.metric} is read for one SLO of one service`, spec.scope, 'service:NAME');
    return;
  }
  const service = model.services.find((candidate) => candidate.ref === scope.ref);
  const names = service?.slos.map((slo) => slo.name) ?? [];
  if (service && !names.includes(spec.slo ?? ''))
    add(
      'slo',
      `no such SLO on ${service.name}`,
      spec.slo ?? 'nothing',
      names.length > 0 ? `one of ${names.join(', ')}` : 'a service with SLOs',
    );
}

function checkScope(
  source: YamlSource,
  text: string,
  at: readonly PathSegment[],
  directory: GovernanceDirectory,
  issues: Issue[],
): IndicatorScope | undefined {
  if (text === 'org') return { kind: 'org' };
  const separator = text.indexOf(':');
  const kind = text.slice(0, separator);
  const name = text.slice(separator + 1);
  if (separator < 0 || (kind !== 'team' && kind !== 'service') || name === '') {
    issues.push(
      issueAt(source, at, {
        message: 'not an indicator scope',
        found: JSON.stringify(text),
        expected: 'org, team:NAME or service:NAME',
      }),
    );
    return undefined;
  }
  const before = issues.length;
  const ref =
    kind === 'team'
      ? checkDeclaredRef(source, 'team', name, at, directory.teams, issues).ref
      : checkServiceRef(source, name, at, directory, issues);
  return issues.length > before ? undefined : { kind, ref: toRefString(ref, kind) };
}
