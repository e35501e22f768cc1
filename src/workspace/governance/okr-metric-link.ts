/**
 * Checking a key result's metric link: the metric exists in the catalog and has one number for a scope and
 * window, the scope names a declared team or service, a per-severity figure names its severity, an SLO figure
 * names an SLO of its service, and the statistic and unit fit the metric.
 */
import type { Issue } from '../../domain/errors.js';
import type { MetricLink, MetricLinkSpec, OkrUnit } from '../../domain/okr.js';
import { PER_SEVERITY_METRICS, PER_SLO_METRICS, UNLINKABLE_METRICS } from '../../domain/okr-metric-rules.js';
import { defaultUnitFor, unitsFor } from '../../domain/okr-units.js';
import { toRefString } from '../../domain/refs.js';
import { findMetricDefinition } from '../../metrics/definitions.js';
import { issueAt } from '../issues.js';
import type { PathSegment, YamlSource } from '../yaml-source.js';
import type { GovernanceReadContext } from './part.js';

const SCOPE_KINDS = { team: 'team', service: 'service', repo: 'repository' } as const;

/** The checked link and the unit the key result is stated in; undefined when an issue was recorded. */
export function checkMetricLink(
  source: YamlSource,
  spec: MetricLinkSpec,
  unit: OkrUnit | undefined,
  at: readonly PathSegment[],
  context: GovernanceReadContext,
  issues: Issue[],
): { link: MetricLink; unit: OkrUnit } | undefined {
  const before = issues.length;
  const add = (field: string, message: string, found: string, expected: string) =>
    issues.push(issueAt(source, [...at, field], { message, found, expected }));
  const found = findMetricDefinition(spec.id);
  if (!found) {
    add('id', `unknown metric "${spec.id}"`, spec.id, 'a metric id listed by `sextant metrics list`');
    return undefined;
  }
  const why = UNLINKABLE_METRICS[spec.id];
  if (why) add('id', `${spec.id} cannot be linked: ${why}`, spec.id, 'a metric with one number per scope');
  const { definition } = found;
  checkScope(source, spec.scope, [...at, 'scope'], context, issues);
  const severities = PER_SEVERITY_METRICS[spec.id];
  if (severities && spec.severity === undefined)
    add('severity', `${spec.id} is given per severity`, 'nothing', `one of ${severities.join(', ')}`);
  else if (severities && !severities.includes(spec.severity ?? ''))
    add('severity', 'unknown severity', String(spec.severity), `one of ${severities.join(', ')}`);
  else if (!severities && spec.severity !== undefined)
    add('severity', `${spec.id} is not given per severity`, spec.severity, 'no severity');
  checkSlo(source, spec, at, context, issues);
  const isDuration = definition.unit === 'seconds';
  if (spec.statistic !== undefined && isDuration === (spec.statistic === 'value'))
    add(
      'statistic',
      `${spec.id} has no ${spec.statistic}`,
      spec.statistic,
      isDuration ? 'median or p90' : 'value',
    );
  const units = unitsFor(definition.unit);
  if (unit !== undefined && !units.includes(unit))
    issues.push(
      issueAt(source, [...at.slice(0, -1), 'unit'], {
        message: `${spec.id} is measured in ${definition.unit}`,
        found: unit,
        expected: `one of ${units.join(', ')}`,
      }),
    );
  if (issues.length > before) return undefined;
  return {
    link: {
      id: spec.id,
      scope: spec.scope,
      statistic: spec.statistic ?? null,
      severity: spec.severity ?? null,
      slo: spec.slo ?? null,
      metricUnit: definition.unit,
      direction: definition.direction,
    },
    unit: unit ?? defaultUnitFor(definition.unit),
  };
}

function checkScope(
  source: YamlSource,
  scope: string,
  at: readonly PathSegment[],
  context: GovernanceReadContext,
  issues: Issue[],
): void {
  if (scope === 'org') return;
  const separator = scope.indexOf(':');
  const kind = SCOPE_KINDS[scope.slice(0, separator) as keyof typeof SCOPE_KINDS];
  const expected = 'org, team:NAME, service:NAME or repo:NAME';
  if (separator < 0 || !kind) {
    issues.push(issueAt(source, at, { message: 'not a scope', found: JSON.stringify(scope), expected }));
    return;
  }
  let ref: string;
  try {
    ref = toRefString(scope.slice(separator + 1), kind);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not a reference';
    issues.push(issueAt(source, at, { message, found: JSON.stringify(scope), expected }));
    return;
  }
  const known =
    kind === 'team' ? context.directory.teams : kind === 'service' ? context.directory.catalog : undefined;
  if (known && !known.has(ref))
    issues.push(
      issueAt(source, at, {
        message: `unknown ${kind} in scope "${scope}"`,
        found: ref,
        expected: `a ${kind} declared in model/${kind === 'team' ? 'teams' : 'services'}.yaml`,
      }),
    );
}

function checkSlo(
  source: YamlSource,
  spec: MetricLinkSpec,
  at: readonly PathSegment[],
  context: GovernanceReadContext,
  issues: Issue[],
): void {
  if (!PER_SLO_METRICS.has(spec.id)) {
    if (spec.slo !== undefined)
      issues.push(
        issueAt(source, [...at, 'slo'], {
          message: `${spec.id} is not an SLO figure`,
          found: spec.slo,
          expected: 'no slo',
        }),
      );
    return;
  }
  const serviceName = spec.scope.startsWith('service:') ? spec.scope.slice('service:'.length) : undefined;
  if (serviceName === undefined) {
    issues.push(
      issueAt(source, [...at, 'scope'], {
        message: `${spec.id} is read for one SLO of one service`,
        found: spec.scope,
        expected: 'service:NAME',
      }),
    );
    return;
  }
  let ref: string;
  try {
    ref = toRefString(serviceName, 'service');
  } catch {
    return; // reported by the scope check
  }
  const service = context.model.services.find((candidate) => candidate.ref === ref);
  if (!service) return; // reported by the scope check
  const names = service.slos.map((slo) => slo.name);
  if (spec.slo === undefined || !names.includes(spec.slo))
    issues.push(
      issueAt(source, spec.slo === undefined ? at : [...at, 'slo'], {
        message: spec.slo === undefined ? `${spec.id} needs the SLO's name` : `unknown SLO "${spec.slo}"`,
        found: spec.slo ?? 'nothing',
        expected:
          names.length > 0
            ? `an SLO of ${serviceName}: ${names.join(', ')}`
            : `${serviceName} declares no SLO`,
      }),
    );
}
