/**
 * The org overview benchmark (DESIGN section 9) on a synthetic org of 1M commits, 100k pull requests, 50k
 * deployments and 5k incidents (10 teams × 5 services, three years), written through `upsertRecords`:
 * the facts refresh an ingest ends with, the KPI scorecard stored as sync stores it, then the overview and
 * the scorecard in fresh processes and in a warm one. Deterministic; nothing is kept between runs.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCAL_OPERATOR } from '../src/domain/privacy.js';
import type {
  Commit,
  Deployment,
  Incident,
  PullRequest,
  Review,
  WorkItem,
} from '../src/domain/records/index.js';
import type { AppContext } from '../src/services/context.js';
import { createRandom } from '../src/services/demo/random.js';
import { readKpiScorecard, storeScorecard } from '../src/services/kpis.service.js';
import { refreshMetricFacts } from '../src/services/metric-facts.service.js';
import { computeOverview } from '../src/services/metrics.service.js';
import { openStore, type StoreSession, upsertRecords } from '../src/store/index.js';
import { loadWorkspace } from '../src/workspace/index.js';
import { type Figure, median, timeCommandMs, timeMs } from './measure.js';

const TEAMS = 10;
const SERVICES_PER_TEAM = 5;
const COMMITS_PER_REPOSITORY = 20_000;
const PULL_REQUESTS_PER_REPOSITORY = 2_000;
const DEPLOYMENTS_PER_SERVICE = 1_000;
const INCIDENTS_PER_SERVICE = 100;
const WORK_ITEMS_PER_TEAM = 2_000;
const END = Date.parse('2026-11-23T00:00:00Z');
const START = END - 3 * 365 * 86_400_000;
const NOW = new Date('2026-11-23T12:00:00Z');
/** The 12 full weeks before NOW's week, given explicitly so the fresh process reads the same window. */
const WINDOW = { from: '2026-08-31', to: '2026-11-22' };
const WARM_RUNS = 20;

const teamName = (t: number) => `team-${t}`;
const serviceName = (t: number, s: number) => `svc-${t}-${s}`;

export async function writeWorkspace(cli: string, dir: string): Promise<void> {
  execFileSync(process.execPath, [cli, 'init', dir, '--org', 'Bench'], { stdio: 'ignore' });
  const teams = ['teams:'];
  const services = ['services:'];
  const repositories = ['repositories:'];
  for (let t = 0; t < TEAMS; t++) {
    teams.push(`  - name: ${teamName(t)}`, '    type: stream-aligned', '    mission: Ship.', '    services:');
    for (let s = 0; s < SERVICES_PER_TEAM; s++) {
      const name = serviceName(t, s);
      teams.push(`      - ${name}`);
      services.push(`  - name: ${name}`, `    owner: ${teamName(t)}`, '    repositories:', `      - ${name}`);
      repositories.push(`  - name: ${name}`, `    url: https://example.com/${name}`);
    }
  }
  await writeFile(path.join(dir, 'model', 'teams.yaml'), `${teams.join('\n')}\n`);
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    `domains: []\nsystems: []\n${services.join('\n')}\n${repositories.join('\n')}\n`,
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

interface RepositoryHistory {
  commits: Commit[];
  /** Merge commits with the branch commits they bring in. */
  merges: { index: number; branch: string[] }[];
}

/** A mainline with a feature branch merged every ~10 commits, commits spread over the three years. */
function buildHistory(repository: string, seed: number): RepositoryHistory {
  const random = createRandom(seed, `commits-${repository}`);
  const commits: Commit[] = [];
  const merges: RepositoryHistory['merges'] = [];
  const step = (END - START) / COMMITS_PER_REPOSITORY;
  let time = START;
  let head: string | undefined;
  const make = (parents: string[], subject: string): Commit => {
    time += step * (0.5 + random.nextFloat());
    const sha = random.makeHex(40);
    const author = `dev${random.nextInt(0, 40)}`;
    const commit: Commit = {
      source: 'git',
      key: `${repository}/${sha}`,
      repository: `repository:default/${repository}`,
      sha,
      parents,
      authorName: author,
      authorEmail: `${author}@example.com`,
      authoredAt: iso(time - random.nextInt(0, 7_200_000)),
      authorOffsetMinutes: 0,
      committerName: author,
      committerEmail: `${author}@example.com`,
      committedAt: iso(time),
      committerOffsetMinutes: 0,
      subject,
      additions: random.nextInt(1, 200),
      deletions: random.nextInt(0, 100),
      filesChanged: random.nextInt(1, 5),
      files: [],
      services: [],
    };
    commits.push(commit);
    return commit;
  };
  while (commits.length < COMMITS_PER_REPOSITORY) {
    if (head !== undefined && random.flip(0.1) && commits.length + 6 < COMMITS_PER_REPOSITORY) {
      const branch: string[] = [];
      let tip = head;
      for (let i = random.nextInt(1, 4); i > 0; i--) {
        tip = make([tip], `feature work ${commits.length}`).sha;
        branch.push(tip);
      }
      head = make([head, tip], `Merge pull request ${merges.length + 1}`).sha;
      merges.push({ index: commits.length - 1, branch });
    } else {
      head = make(head === undefined ? [] : [head], `change ${commits.length}`).sha;
    }
  }
  return { commits, merges };
}

/** Deployments of the mainline head roughly daily; a few fail or are rolled back. */
function buildDeployments(service: string, history: RepositoryHistory, seed: number): Deployment[] {
  const random = createRandom(seed, `deployments-${service}`);
  const deployments: Deployment[] = [];
  const mainline = history.commits.filter((commit) => !commit.subject.startsWith('feature'));
  const step = (END - START) / DEPLOYMENTS_PER_SERVICE;
  let cursor = 0;
  for (let d = 0; d < DEPLOYMENTS_PER_SERVICE; d++) {
    const finished = START + step * (d + random.nextFloat());
    while (
      cursor + 1 < mainline.length &&
      Date.parse((mainline[cursor + 1] as Commit).committedAt) < finished - 600_000
    )
      cursor++;
    const roll = random.nextFloat();
    deployments.push({
      source: 'deploys',
      key: `${service}/${d}`,
      service: `service:default/${service}`,
      environment: 'production',
      startedAt: iso(finished - 300_000),
      finishedAt: iso(finished),
      result: roll < 0.03 ? 'failure' : roll < 0.05 ? 'rolled-back' : 'success',
      commitSha: (mainline[cursor] as Commit).sha,
      method: 'api',
      unplanned: random.flip(0.03),
    });
  }
  return deployments;
}

function buildIncidents(service: string, seed: number): Incident[] {
  const random = createRandom(seed, `incidents-${service}`);
  return Array.from({ length: INCIDENTS_PER_SERVICE }, (_, i) => {
    const started = START + random.nextFloat() * (END - START);
    return {
      source: 'pager',
      key: `${service}/${i}`,
      title: `Incident ${i} on ${service}`,
      severity: random.pick(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const),
      status: 'resolved',
      ...(random.flip(0.9) ? { service: `service:default/${service}` } : {}),
      startedAt: iso(started),
      resolvedAt: iso(started + random.sampleLogNormal(4 * 3_600_000, 1)),
      responders: [],
    } satisfies Incident;
  });
}

function buildPullRequests(repository: string, history: RepositoryHistory, seed: number) {
  const random = createRandom(seed, `prs-${repository}`);
  const pullRequests: PullRequest[] = [];
  const reviews: Review[] = [];
  for (let n = 0; n < PULL_REQUESTS_PER_REPOSITORY; n++) {
    const merge = history.merges[n % history.merges.length];
    const mergeCommit = merge && (history.commits[merge.index] as Commit);
    const merged = mergeCommit
      ? Date.parse(mergeCommit.committedAt)
      : START + random.nextFloat() * (END - START);
    const created = merged - random.sampleLogNormal(20 * 3_600_000, 1);
    const author = `dev${random.nextInt(0, 40)}`;
    const key = `${repository}/${n + 1}`;
    const isMerged = mergeCommit !== undefined && n < history.merges.length;
    pullRequests.push({
      source: 'github',
      key,
      repository: `repository:default/${repository}`,
      number: n + 1,
      title: `Change ${n + 1}`,
      author,
      state: isMerged ? 'merged' : 'closed',
      draft: false,
      createdAt: iso(created),
      ...(isMerged ? { mergedAt: iso(merged), mergeCommitSha: mergeCommit.sha } : { closedAt: iso(merged) }),
      baseBranch: 'main',
      additions: random.nextInt(1, 400),
      deletions: random.nextInt(0, 200),
      commitShas: isMerged ? (merge?.branch ?? []) : [],
    });
    for (let r = random.nextInt(1, 3); r > 0; r--) {
      reviews.push({
        source: 'github',
        key: `${key}/review-${r}`,
        pullRequest: `github:${key}`,
        reviewer: `dev${random.nextInt(0, 40)}`,
        state: random.pick(['approved', 'commented', 'changes-requested'] as const),
        submittedAt: iso(created + random.nextFloat() * Math.max(merged - created, 60_000)),
      });
    }
  }
  return { pullRequests, reviews };
}

function buildWorkItems(t: number, seed: number): WorkItem[] {
  const random = createRandom(seed, `work-${t}`);
  return Array.from({ length: WORK_ITEMS_PER_TEAM }, (_, i) => {
    const created = START + random.nextFloat() * (END - START);
    const started = created + random.sampleLogNormal(3 * 86_400_000, 1);
    const done = started + random.sampleLogNormal(4 * 86_400_000, 1);
    const transitions = [{ at: iso(created), from: null, to: 'To Do', toCategory: 'todo' as const }];
    if (started < END)
      transitions.push({
        at: iso(started),
        from: 'To Do',
        to: 'In Progress',
        toCategory: 'in-progress' as const,
      } as never);
    if (done < END)
      transitions.push({
        at: iso(done),
        from: 'In Progress',
        to: 'Done',
        toCategory: 'done' as const,
      } as never);
    const last = transitions[transitions.length - 1] as (typeof transitions)[number];
    return {
      source: 'jira',
      key: `T${t}-${i}`,
      title: `Item ${i}`,
      type: 'story',
      ...(random.flip(0.5)
        ? { team: `team:default/${teamName(t)}` }
        : { service: `service:default/${serviceName(t, random.nextInt(0, SERVICES_PER_TEAM - 1))}` }),
      status: last.to,
      statusCategory: last.toCategory,
      createdAt: iso(created),
      labels: [],
      sprints: [],
      transitions,
    } satisfies WorkItem;
  });
}

/** Writes the synthetic organization's records; returns how many of each. */
export async function writeRecords(store: StoreSession, teams = TEAMS): Promise<Record<string, number>> {
  const counts: Record<string, number> = {
    commits: 0,
    pullRequests: 0,
    reviews: 0,
    deployments: 0,
    incidents: 0,
    workItems: 0,
  };
  let seed = 1;
  for (let t = 0; t < teams; t++) {
    for (let s = 0; s < SERVICES_PER_TEAM; s++) {
      const name = serviceName(t, s);
      const history = buildHistory(name, seed);
      const deployments = buildDeployments(name, history, seed);
      const incidents = buildIncidents(name, seed);
      const { pullRequests, reviews } = buildPullRequests(name, history, seed);
      seed++;
      await upsertRecords(store, 'commit', history.commits);
      await upsertRecords(store, 'deployment', deployments);
      await upsertRecords(store, 'incident', incidents);
      await upsertRecords(store, 'pull-request', pullRequests);
      await upsertRecords(store, 'review', reviews);
      counts.commits = (counts.commits ?? 0) + history.commits.length;
      counts.deployments = (counts.deployments ?? 0) + deployments.length;
      counts.incidents = (counts.incidents ?? 0) + incidents.length;
      counts.pullRequests = (counts.pullRequests ?? 0) + pullRequests.length;
      counts.reviews = (counts.reviews ?? 0) + reviews.length;
    }
    const workItems = buildWorkItems(t, seed);
    await upsertRecords(store, 'work-item', workItems);
    counts.workItems = (counts.workItems ?? 0) + workItems.length;
  }
  return counts;
}

export async function measureOverview(options: { tmp: string; cli: string }): Promise<Figure[]> {
  const dir = path.join(options.tmp, 'overview');
  await writeWorkspace(options.cli, dir);
  const workspace = await loadWorkspace(dir);
  let store = await openStore({ dataDir: path.join(dir, '.sextant', 'db') });
  let counts: Record<string, number> = {};
  const writeMs = await timeMs(async () => {
    counts = await writeRecords(store);
  });
  let refresh = { rebuilt: false, reason: '', ms: 0 };
  const refreshMs = await timeMs(async () => {
    refresh = await refreshMetricFacts({ workspace, store });
  });
  // What sync does after the advisor. Today's clock, as the fresh processes below read with it.
  const stored = await storeScorecard({ workspace, store }, { asOf: WINDOW.to });
  await store.close();

  const cold = timeCommandMs(
    process.execPath,
    [options.cli, '-w', dir, 'metrics', 'overview', '--json', '--from', WINDOW.from, '--to', WINDOW.to],
    3,
  );
  const kpiArgs = [options.cli, '-w', dir, 'kpis', '--json', '--as-of', WINDOW.to];
  const kpisCold = timeCommandMs(process.execPath, kpiArgs, 3);

  store = await openStore({ dataDir: path.join(dir, '.sextant', 'db') });
  const context: AppContext = { workspace, store };
  const runs: number[] = [];
  let source = '';
  const scorecard: number[] = [];
  let kpis = '';
  try {
    await computeOverview(context, WINDOW, NOW);
    for (let run = 0; run < WARM_RUNS; run++) {
      runs.push(
        await timeMs(async () => {
          source = (await computeOverview(context, WINDOW, NOW)).results.source;
        }),
      );
    }
    // DESIGN section 9 counts the KPI scorecard in the overview: read as the dashboard would, again and again.
    for (let run = 0; run < WARM_RUNS; run++) {
      scorecard.push(
        await timeMs(async () => {
          const { counts } = await readKpiScorecard(context, LOCAL_OPERATOR, { asOf: WINDOW.to });
          kpis = Object.entries(counts)
            .map(([status, count]) => `${count} ${status}`)
            .join(', ');
        }),
      );
    }
  } finally {
    await store.close();
  }
  const size =
    `${(counts.commits ?? 0).toLocaleString('en')} commits, ${(counts.pullRequests ?? 0).toLocaleString('en')} PRs ` +
    `(${(counts.reviews ?? 0).toLocaleString('en')} reviews), ${(counts.deployments ?? 0).toLocaleString('en')} deployments, ` +
    `${(counts.incidents ?? 0).toLocaleString('en')} incidents, ${(counts.workItems ?? 0).toLocaleString('en')} work items`;
  return [
    {
      what: 'metric facts refresh at ingest (full rebuild)',
      value: refreshMs,
      unit: 'ms',
      note: `${size}; written in ${(writeMs / 1000).toFixed(0)} s; ${refresh.rebuilt ? 'rebuilt' : 'not rebuilt'}`,
    },
    {
      what: 'org overview, cold (sextant metrics overview --json)',
      value: cold,
      unit: 'ms',
      target: { op: '≤', value: 2_000 },
      note: 'median of 3 fresh processes, whole command, 12-week window',
    },
    {
      what: 'org overview, warm (computeOverview in one process)',
      value: median(runs),
      unit: 'ms',
      target: { op: '≤', value: 150 },
      note: `median of ${WARM_RUNS}, read from the ${source}`,
    },
    {
      what: 'KPI scorecard stored at sync (40 KPIs, six periods each)',
      value: stored.ms,
      unit: 'ms',
      note: `computed once per version of the data, after the advisor; ${stored.cards} cards`,
    },
    {
      what: 'KPI scorecard, cold (sextant kpis --json)',
      value: kpisCold,
      unit: 'ms',
      target: { op: '≤', value: 2_000 },
      note: `the overview's cold target; median of 3 fresh processes, whole command; ${kpis}`,
    },
    {
      what: 'KPI scorecard, warm (readKpiScorecard in one process)',
      value: median(scorecard),
      unit: 'ms',
      target: { op: '≤', value: 150 },
      note: `the overview's warm target; median of ${WARM_RUNS}, stored cards, people cards audited per read`,
    },
  ];
}
