/** Titles for commits, pull requests, work items and incidents, in the register engineers write them. */
import type { CatalogService } from './catalog.js';
import type { Random } from './random.js';

const CHANGE_KINDS: readonly (readonly [{ prefix: string; verbs: string[] }, number])[] = [
  [{ prefix: 'feat', verbs: ['add', 'support', 'introduce', 'expose'] }, 35],
  [{ prefix: 'fix', verbs: ['fix', 'handle', 'guard against errors in', 'correct'] }, 25],
  [{ prefix: 'refactor', verbs: ['simplify', 'extract', 'clean up', 'split'] }, 15],
  [{ prefix: 'test', verbs: ['cover', 'add tests for', 'stabilise tests of'] }, 10],
  [{ prefix: 'chore', verbs: ['bump dependencies of', 'tidy config of', 'update CI for'] }, 10],
  [{ prefix: 'docs', verbs: ['document', 'update runbook for'] }, 5],
];

export function writeCommitSubject(random: Random, service: CatalogService): string {
  const kind = random.pickWeighted(CHANGE_KINDS);
  const scope = service.name.split('-')[0] ?? service.name;
  return `${kind.prefix}(${scope}): ${random.pick(kind.verbs)} ${random.pick(service.topics)}`;
}

export function writeDirectSubject(random: Random, service: CatalogService): string {
  return random.pick([
    `chore(release): bump ${service.name} version`,
    `docs: update ${service.name} README`,
    `chore: rotate ${service.name} config`,
    `fix(${service.name.split('-')[0] ?? service.name}): hotfix ${random.pick(service.topics)}`,
  ]);
}

const STORY_TEMPLATES = [
  'As a shopper I can use {topic}',
  'Improve {topic}',
  'New {topic} flow',
  '{topic}: phase 2',
];
const TASK_TEMPLATES = [
  'Upgrade {topic} dependencies',
  'Add alerting for {topic}',
  'Spike: {topic} options',
  'Migrate {topic} to the paved road',
];
const BUG_TEMPLATES = [
  '{topic} fails for some customers',
  '{topic} shows stale data',
  'Timeout in {topic}',
  'Wrong totals in {topic}',
];

export function writeWorkItemTitle(random: Random, type: 'story' | 'task' | 'bug', topic: string): string {
  const templates = type === 'story' ? STORY_TEMPLATES : type === 'task' ? TASK_TEMPLATES : BUG_TEMPLATES;
  const title = random.pick(templates).replace('{topic}', topic);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const INCIDENT_SYMPTOMS = [
  'elevated 5xx error rate',
  'p95 latency above SLO',
  'requests timing out',
  'queue backlog growing',
  'failed background jobs',
  'degraded responses for some users',
];

/** A SEV-1 is a full outage by definition; lesser severities are degradations. */
export function writeIncidentTitle(random: Random, service: CatalogService, severity: string): string {
  if (severity === 'SEV-1') return `${service.title} down for all customers`;
  return `${service.title}: ${random.pick(INCIDENT_SYMPTOMS)}`;
}
