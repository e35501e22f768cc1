/**
 * Rules over engineering health: build success (the blueprint's over 95%), flaky builds, pipeline
 * duration (the playbook's p50 under 5 minutes) and vulnerabilities open past their remediation SLA
 * (critical 7 days, high 30 days by default; the workspace may set others).
 */
import type { FindingDraft } from '../types.js';
import type { DeliveryRule } from './delivery-change.js';
import {
  formatDuration,
  formatPercent,
  judged,
  nameOf,
  ownerOf,
  selectBreaches,
  toEvidence,
  uniqueRecords,
  VP_ENGINEERING,
} from './delivery-support.js';

const BUILD_TARGET = 0.95;
const BUILD_HIGH = 0.8;
const MIN_RUNS = 50;
const FLAKY_LIMIT = 0.05;
const MIN_COMMITS = 50;
const PIPELINE_TARGET = 300;

export const buildSuccessRule: DeliveryRule = {
  id: 'quality.build-success-low',
  title: 'Build success rate below target',
  concern: 'tech.product-quality',
  severity: 'high',
  description: `Raised for the organization or a team whose CI success rate over the last 12 weeks is under ${formatPercent(BUILD_TARGET)}, on at least ${MIN_RUNS} runs (a team only when the organization is on target or the team is 5 points worse); high under ${formatPercent(BUILD_HIGH)}.`,
  evaluate({ delivery }) {
    return selectBreaches(
      delivery.scopes,
      (scope) => judged(scope.buildSuccessRate, MIN_RUNS),
      (value) => value < BUILD_TARGET,
      (team, org) => team <= org - 0.05,
    ).map(
      ({ scope, figure }): FindingDraft => ({
        rule: buildSuccessRule.id,
        subject: scope.subject,
        severity: figure.value < BUILD_HIGH ? 'high' : 'medium',
        title: `Builds succeed ${formatPercent(figure.value)} of the time for ${nameOf(scope.subject)}, under the ${formatPercent(BUILD_TARGET)} target`,
        summary: `${Math.round((1 - figure.value) * figure.n)} of ${figure.n} CI runs from ${delivery.window.from} to ${delivery.window.to} failed.`,
        why: 'Red builds stall every change behind them, teach people to re-run instead of fix, and hide the failures that matter.',
        actions: [
          'Group the failed runs by cause (tests, infrastructure, dependencies) and fix the largest group first.',
          'Treat a broken main branch as a stop-the-line event with a named owner.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('builds.success-rate', 'Build success rate', figure, 'fraction', {
              threshold: BUILD_TARGET,
              scope: scope.subject,
              window: delivery.window,
            }),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: buildSuccessRule.concern,
      }),
    );
  },
};

export const flakyBuildsRule: DeliveryRule = {
  id: 'quality.flaky-builds',
  title: 'Flaky builds',
  concern: 'tech.product-quality',
  severity: 'medium',
  description: `Raised for a scope where more than ${formatPercent(FLAKY_LIMIT)} of commits built over the last 12 weeks both failed and passed CI without a change (at least ${MIN_COMMITS} commits); medium above twice that.`,
  evaluate({ delivery }) {
    return selectBreaches(
      delivery.scopes,
      (scope) => judged(scope.flakyBuilds, MIN_COMMITS),
      (value) => value > FLAKY_LIMIT,
      (team, org) => team >= org + 0.05,
    ).map(
      ({ scope, figure }): FindingDraft => ({
        rule: flakyBuildsRule.id,
        subject: scope.subject,
        severity: figure.value > 2 * FLAKY_LIMIT ? 'medium' : 'low',
        title: `${formatPercent(figure.value)} of ${nameOf(scope.subject)}'s builds are flaky`,
        summary: `Of ${figure.n} commits built from ${delivery.window.from} to ${delivery.window.to}, ${formatPercent(figure.value)} failed and then passed with no change.`,
        why: 'Flaky tests waste runs, erode trust in CI and let real failures slip through as "probably flaky".',
        actions: [
          'Quarantine the flakiest tests with an owner and a date to fix them.',
          'Track flakiness per test so the worst offenders are visible.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('builds.flaky', 'Flaky builds', figure, 'fraction', {
              threshold: FLAKY_LIMIT,
              scope: scope.subject,
              window: delivery.window,
            }),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: flakyBuildsRule.concern,
      }),
    );
  },
};

export const pipelineSlowRule: DeliveryRule = {
  id: 'quality.pipeline-slow',
  title: 'CI pipeline slow',
  concern: 'tech.scalability',
  severity: 'medium',
  description: `Raised for the organization or a team whose median CI run over the last 12 weeks takes more than ${formatDuration(PIPELINE_TARGET)}, on at least ${MIN_RUNS} runs (a team only when clearly slower than the organization); medium above three times that.`,
  evaluate({ delivery }) {
    return selectBreaches(
      delivery.scopes,
      (scope) => judged(scope.buildDuration, MIN_RUNS),
      (value) => value > PIPELINE_TARGET,
      (team, org) => team >= 1.5 * org,
    ).map(
      ({ scope, figure }): FindingDraft => ({
        rule: pipelineSlowRule.id,
        subject: scope.subject,
        severity: figure.value > 3 * PIPELINE_TARGET ? 'medium' : 'low',
        title: `Median CI run takes ${formatDuration(figure.value)} for ${nameOf(scope.subject)}, above ${formatDuration(PIPELINE_TARGET)}`,
        summary: `Half of the ${figure.n} CI runs from ${delivery.window.from} to ${delivery.window.to} took longer than ${formatDuration(figure.value)}.`,
        why: 'Every minute of pipeline time is spent by every change, often more than once; slow feedback pushes people to batch changes and skip runs.',
        actions: [
          'Profile the pipeline and cache or parallelize its slowest stages.',
          'Run the fast checks first and the slow suites only where the change needs them.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('builds.duration', 'Median pipeline duration', figure, 'seconds', {
              threshold: PIPELINE_TARGET,
              scope: scope.subject,
              window: delivery.window,
            }),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: pipelineSlowRule.concern,
      }),
    );
  },
};

export const vulnerabilitiesOverdueRule: DeliveryRule = {
  id: 'security.vulnerabilities-past-sla',
  title: 'Vulnerabilities open past their remediation SLA',
  concern: 'tech.security',
  severity: 'high',
  description:
    'Raised for each owning team with critical or high vulnerabilities open past the remediation SLA (critical 7 days, high 30 days unless the workspace sets others); high for any critical one, medium for high ones only.',
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const team of delivery.vulnerabilities) {
      const serious = team.bySeverity.filter(
        (entry) => (entry.severity === 'critical' || entry.severity === 'high') && entry.count > 0,
      );
      if (serious.length === 0) continue;
      const critical = serious.some((entry) => entry.severity === 'critical');
      const said = serious.map((entry) => `${entry.count} ${entry.severity}`).join(' and ');
      drafts.push({
        rule: vulnerabilitiesOverdueRule.id,
        subject: team.subject,
        severity: critical ? 'high' : 'medium',
        title: `${said} vulnerabilit${serious.reduce((sum, entry) => sum + entry.count, 0) === 1 ? 'y' : 'ies'} past the remediation SLA for ${nameOf(team.subject)}`,
        summary: serious
          .map(
            (entry) =>
              `${entry.count} ${entry.severity} finding${entry.count === 1 ? '' : 's'} open past the ${entry.slaDays ?? '?'}-day SLA, the oldest by ${entry.maxDaysOverdue} days.`,
          )
          .join(' '),
        why: 'Known, serious vulnerabilities left open are the easiest way in for an attacker and a finding in any audit.',
        actions: [
          'Patch or mitigate the overdue findings now, critical first, and record any accepted risk with an owner and an end date.',
          'Automate dependency updates so fixes arrive as small, routine pull requests.',
          'Review remediation time by severity with security every week until the backlog is clear.',
        ],
        owner: team.owner ?? VP_ENGINEERING,
        evidence: {
          figures: serious.map((entry) => ({
            metric: 'vulnerabilities.overdue',
            label: `Open ${entry.severity} vulnerabilities past SLA`,
            value: entry.count,
            unit: 'count',
            threshold: 0,
            scope: team.subject,
            n: entry.count,
          })),
          records: uniqueRecords(team.recordIds),
        },
        concern: vulnerabilitiesOverdueRule.concern,
      });
    }
    return drafts;
  },
};

export const ENGINEERING_HEALTH_RULES: readonly DeliveryRule[] = [
  buildSuccessRule,
  flakyBuildsRule,
  pipelineSlowRule,
  vulnerabilitiesOverdueRule,
];
