/**
 * Reading experiments.yaml: each experiment validated on its own; its owner, teams and services resolved
 * against the declared model; its metric checked against the metrics with individual observations; its
 * windows checked not to overlap; its decision checked against its status. Every problem is an issue at
 * its line, and an experiment with any problem is left out.
 */
import { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import {
  type Experiment,
  type ExperimentScope,
  type ExperimentSpec,
  experimentSchema,
  windowsOverlap,
} from '../../domain/experiment.js';
import { findMetricDefinition } from '../../metrics/definitions.js';
import { listSampledMetricIds } from '../../metrics/samples.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkServiceRef, checkUniqueId } from './links.js';
import type { GovernanceDirectory, GovernanceReadContext, PartRead } from './part.js';

export const EXPERIMENTS_FILE = 'experiments.yaml';

const fileSchema = z.strictObject({ experiments: z.array(z.unknown()).nullish() });

export interface Experiments {
  experiments: Experiment[];
}

export async function readExperiments(context: GovernanceReadContext): Promise<PartRead<Experiments>> {
  const read = await readYamlSource(context.root, EXPERIMENTS_FILE);
  if (read.kind === 'missing') return { value: { experiments: [] }, issues: [], files: [] };
  if (read.kind === 'invalid')
    return { value: { experiments: [] }, issues: read.issues, files: [EXPERIMENTS_FILE] };
  const issues: Issue[] = [];
  const experiments = parseExperiments(read.source, context.directory, issues);
  return { value: { experiments: issues.length > 0 ? [] : experiments }, issues, files: [EXPERIMENTS_FILE] };
}

export function parseExperiments(
  source: YamlSource,
  directory: GovernanceDirectory,
  issues: Issue[],
): Experiment[] {
  const top = fileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    issues.push(...fromZodIssues(source, fileSchema, top.error.issues));
    return [];
  }
  const ids = new Map<string, number>();
  const experiments: Experiment[] = [];
  eachValidItem(source, 'experiments', top.data.experiments, experimentSchema, issues, (spec, at) => {
    const before = issues.length;
    checkUniqueId(source, spec.id, [...at, 'id'], ids, 'experiment', issues);
    const owner = checkDeclaredRef(source, 'person', spec.owner, [...at, 'owner'], directory.people, issues);
    const scope = resolveScope(source, spec, at, directory, issues);
    checkMetric(source, spec.hypothesis.metric, [...at, 'hypothesis', 'metric'], issues);
    checkWindowsAndDecision(source, spec, at, issues);
    if (issues.length === before) experiments.push(toExperiment(spec, owner.ref, scope));
  });
  return experiments;
}

function resolveScope(
  source: YamlSource,
  spec: ExperimentSpec,
  at: PathSegment[],
  directory: GovernanceDirectory,
  issues: Issue[],
): ExperimentScope {
  if (spec.teams && spec.services) {
    issues.push(
      issueAt(source, [...at, 'services'], {
        message: 'an experiment measures either teams or services, not both',
        found: 'both "teams" and "services"',
        expected: 'only one of "teams" and "services" (neither for the whole organization)',
      }),
    );
  }
  if (spec.teams) {
    const refs = spec.teams.map(
      (team, index) =>
        checkDeclaredRef(source, 'team', team, [...at, 'teams', index], directory.teams, issues).ref,
    );
    return { kind: 'teams', refs };
  }
  if (spec.services) {
    const refs = spec.services.map((service, index) =>
      checkServiceRef(source, service, [...at, 'services', index], directory, issues),
    );
    return { kind: 'services', refs };
  }
  return { kind: 'org' };
}

function checkMetric(source: YamlSource, metric: string, at: PathSegment[], issues: Issue[]): void {
  const sampled = listSampledMetricIds();
  if (sampled.includes(metric)) return;
  const known = findMetricDefinition(metric) !== undefined;
  issues.push(
    issueAt(source, at, {
      message: known
        ? `metric "${metric}" is not made of individual observations an experiment can compare`
        : `unknown metric "${metric}"`,
      found: JSON.stringify(metric),
      expected: `one of ${sampled.join(', ')}`,
    }),
  );
}

function checkWindowsAndDecision(
  source: YamlSource,
  spec: ExperimentSpec,
  at: PathSegment[],
  issues: Issue[],
): void {
  const { baseline, experiment } = spec;
  if (windowsOverlap(baseline, experiment)) {
    issues.push(
      issueAt(source, [...at, 'experiment', 'from'], {
        message: 'the experiment window overlaps the baseline window',
        found: `experiment ${experiment.from} to ${experiment.to}, baseline ${baseline.from} to ${baseline.to}`,
        expected: 'windows that share no day',
      }),
    );
  }
  if (spec.status === 'decided' && !spec.decision) {
    issues.push(
      issueAt(source, [...at, 'status'], {
        message: 'a decided experiment records its decision',
        found: 'status decided without "decision"',
        expected: 'a "decision" with outcome, date and note, or another status',
      }),
    );
  }
  if (spec.decision && spec.status !== 'decided') {
    issues.push(
      issueAt(source, [...at, 'decision'], {
        message: 'a decision is recorded but the experiment is not decided',
        found: `status ${spec.status}`,
        expected: 'status decided',
      }),
    );
  }
  if (spec.decision && spec.decision.date < experiment.from) {
    issues.push(
      issueAt(source, [...at, 'decision', 'date'], {
        message: 'the decision is dated before the experiment started',
        found: spec.decision.date,
        expected: `a day on or after ${experiment.from}`,
      }),
    );
  }
}

function toExperiment(spec: ExperimentSpec, owner: string, scope: ExperimentScope): Experiment {
  return {
    id: spec.id,
    title: spec.title,
    owner,
    scope,
    hypothesis: { ...spec.hypothesis, size: spec.hypothesis.size ?? null },
    baseline: spec.baseline,
    experiment: spec.experiment,
    status: spec.status,
    decision: spec.decision ?? null,
    notes: spec.notes ?? null,
  };
}
