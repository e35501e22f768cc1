/**
 * `generateDemo`: a complete example workspace for a fictional company, Fernwood Market, with twelve
 * months of observed activity ending at `asOf` and a handful of planted conditions for Sextant to find.
 *
 * Pure and deterministic: the same seed and asOf give byte-identical files. The clock, the environment,
 * the disk and Math.random are never read; writing the files is `writeDemo`'s job.
 */
import type { RecordType } from '../../domain/records/index.js';
import { CI_SOURCE, generateCiRuns } from './activity-ci-runs.js';
import { createFilePlanner } from './activity-commit-files.js';
import { buildHistory, GIT_SOURCE } from './activity-commits.js';
import { DEPLOY_SOURCE, generateDeployments } from './activity-deployments.js';
import { generateIncidents, INCIDENT_SOURCE } from './activity-incidents.js';
import { GITHUB_SOURCE, toPullRequestRecords } from './activity-pull-request-records.js';
import { planCode } from './activity-pull-requests.js';
import { tagReleases } from './activity-tags.js';
import { generateWorkItems, JIRA_SOURCE } from './activity-work-items.js';
import { buildEarlierModel, type DemoHistory } from './earlier-org.js';
import { buildGovernanceFiles } from './governance-files.js';
import { buildOrg } from './org.js';
import { buildPlanningFiles } from './planning-files.js';
import { listPlantedConditions, type PlantedCondition } from './planted.js';
import { generateDemoPostmortems } from './postmortems.js';
import { createRandom } from './random.js';
import { type DemoSummary, writeReadme } from './readme.js';
import { addDemoFeatureFlags } from './releases.js';
import { assignDemoEpics } from './roadmap-epics.js';
import { withSliData } from './slis.js';
import { createOffsetLookup, parseDay } from './time.js';
import { addDemoVulnerabilities } from './vulnerabilities.js';
import { buildWindow } from './window.js';
import { type DataFile, type DemoFile, writeYamlFiles } from './yaml-files.js';

export interface GenerateDemoOptions {
  /** Any integer; the same seed gives the same organization. Defaults to 1. */
  seed?: number;
  /** The day the data ends, `YYYY-MM-DD`. */
  asOf: string;
}

export interface DemoOutput {
  /** Workspace-relative paths and their contents. */
  files: DemoFile[];
  summary: DemoSummary;
  planted: PlantedCondition[];
  /** The model files as declared before the year's reorganization, committed first when git is at hand. */
  history: DemoHistory;
}

export const DEFAULT_SEED = 1;

const DATA_FILES: DataFile[] = [
  { type: 'commit', source: GIT_SOURCE, path: 'data/commits.jsonl' },
  { type: 'pull-request', source: GITHUB_SOURCE, path: 'data/pull-requests.jsonl' },
  { type: 'review', source: GITHUB_SOURCE, path: 'data/reviews.jsonl' },
  { type: 'deployment', source: DEPLOY_SOURCE, path: 'data/deployments.jsonl' },
  { type: 'incident', source: INCIDENT_SOURCE, path: 'data/incidents.jsonl' },
  { type: 'work-item', source: JIRA_SOURCE, path: 'data/work-items.jsonl' },
  { type: 'ci-run', source: CI_SOURCE, path: 'data/ci-runs.jsonl' },
  { type: 'tag', source: GIT_SOURCE, path: 'data/tags.jsonl' },
  { type: 'sprint', source: JIRA_SOURCE, path: 'data/sprints.jsonl' },
];

export function generateDemo(options: GenerateDemoOptions): DemoOutput {
  const seed = options.seed ?? DEFAULT_SEED;
  parseDay(options.asOf);
  const window = buildWindow(options.asOf);
  const offsets = createOffsetLookup();
  const stream = (name: string) => createRandom(seed, name);

  const org = buildOrg(stream('org'), options.asOf, window.weeks);
  const plan = planCode(org, window, stream('pull-requests'), offsets);
  const repositories = org.services.map((service) => service.name);
  const filePlanner = createFilePlanner(stream('commit-files'));
  const history = buildHistory(plan, repositories, stream('commits'), offsets, filePlanner);
  const { pullRequests, reviews } = toPullRequestRecords(plan.pullRequests);
  const { deployments: untagged, causes } = generateDeployments(
    org.services,
    history.mainlines,
    window,
    stream('deployments'),
    offsets,
  );
  const { deployments, tags } = tagReleases(
    org,
    untagged,
    history.mainlines,
    window,
    stream('tags'),
    offsets,
  );
  const incidents = generateIncidents(org, causes, window, stream('incidents'));
  const { items: plainWorkItems, sprints } = generateWorkItems(org, window, stream('work-items'), offsets);
  const workItems = assignDemoEpics(plainWorkItems, window).items;
  const ciRuns = generateCiRuns(plan, history.mainlines, window, stream('ci-runs'), stream('ci-jobs'));

  const records: Record<RecordType, readonly object[]> = {
    commit: history.commits,
    'pull-request': pullRequests,
    review: reviews,
    deployment: deployments,
    incident: incidents,
    'work-item': workItems,
    'ci-run': ciRuns,
    tag: tags,
    sprint: sprints,
  };
  const planted = listPlantedConditions(org);
  const summary: DemoSummary = {
    teams: org.teams.length,
    people: org.people.length,
    services: org.services.length,
    dependencies: org.dependencies.length,
    records: Object.fromEntries(DATA_FILES.map(({ type }) => [type, records[type].length])),
  };
  const files: DemoFile[] = withSliData(
    [
      ...writeYamlFiles(org, options.asOf, DATA_FILES),
      { path: 'README.md', content: writeReadme(org, options.asOf, summary, planted) },
      ...DATA_FILES.map(({ type, path }) => ({ path, content: toJsonLines(records[type]) })),
      ...generateDemoPostmortems(org, incidents, window, stream('postmortems')),
      ...buildGovernanceFiles(org, options.asOf),
      ...buildPlanningFiles({ org, asOf: options.asOf, window, records }),
    ],
    org.services,
    options.asOf,
    stream('slis'),
  );
  const withFlags = addDemoFeatureFlags(files, org, window, stream('feature-flags'));
  return {
    files: addDemoVulnerabilities(withFlags, org, window, stream('vulnerabilities')),
    summary,
    planted,
    history: buildEarlierModel(org, options.asOf, DATA_FILES),
  };
}

function toJsonLines(records: readonly object[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + (records.length > 0 ? '\n' : '');
}
