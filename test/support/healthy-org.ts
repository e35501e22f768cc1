/**
 * A small synthetic organization whose figures are healthy: the advisor's control sample. Three
 * stream-aligned teams of seven (a lead and six engineers) under one VP, two services each; 16 weeks of
 * activity ending 23 November 2026: two reviewed pull requests a working day per service, picked up within
 * an hour and merged the same morning, deployed the same afternoon; one failed deployment in 40; one small
 * incident a month per service, acknowledged in minutes, resolved within the hour, with a published
 * postmortem whose actions are done; one dependency, delivered early; a risk register with owners and
 * reviews that are current. Workspace files are written as YAML, observed records straight to the store,
 * then the workspace is synced (model, metric facts) as `sextant sync` would.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Commit, Deployment, Incident, PullRequest, Review } from '../../src/domain/records/index.js';
import type { AppContext } from '../../src/services/context.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { upsertRecords } from '../../src/store/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { initWorkspace } from '../../src/workspace/init.js';
import { buildCommit, buildDeployment, buildIncident, buildPullRequest, buildReview } from './records.js';
import { openTestStore } from './store.js';

export const HEALTHY_AS_OF = '2026-11-23';
const DAYS = 16 * 7;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.parse(`${HEALTHY_AS_OF}T00:00:00Z`) - (DAYS - 1) * DAY_MS;
const TEAMS = ['atlas', 'beacon', 'compass'] as const;
const ENGINEERS_PER_TEAM = 6;

export interface HealthyOrg {
  dir: string;
  context: AppContext;
  remove: () => Promise<void>;
}

interface Person {
  name: string;
  team: string;
  lead: boolean;
}

const people: Person[] = TEAMS.flatMap((team) => [
  { name: `${team}-lead`, team, lead: true },
  ...Array.from({ length: ENGINEERS_PER_TEAM }, (_, i) => ({
    name: `${team}-dev-${i + 1}`,
    team,
    lead: false,
  })),
]);
const servicesOf = (team: string) => [`${team}-api`, `${team}-worker`];
const emailOf = (person: string) => `${person}@healthy.example`;
const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

export async function buildHealthyOrg(prefix = 'sextant-healthy-org-'): Promise<HealthyOrg> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await initWorkspace(dir, { orgName: 'Healthy Co' });
  await writeModel(dir);
  const { store, cleanup } = await openTestStore('pglite');
  try {
    const records = buildRecords();
    await upsertRecords(store, 'commit', records.commits);
    await upsertRecords(store, 'pull-request', records.pullRequests);
    await upsertRecords(store, 'review', records.reviews);
    await upsertRecords(store, 'deployment', records.deployments);
    await upsertRecords(store, 'incident', records.incidents);
    await writePostmortems(dir, records.incidents);
    const context: AppContext = { workspace: await loadWorkspace(dir), store };
    await syncWorkspace(context);
    return {
      dir,
      context,
      remove: async () => {
        await cleanup();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cleanup();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function writeModel(dir: string): Promise<void> {
  const teams = TEAMS.map((team) =>
    [
      `  - name: ${team}`,
      `    title: ${team[0]?.toUpperCase()}${team.slice(1)}`,
      '    type: stream-aligned',
      '    mission: Customers get what they came for, quickly and reliably.',
      `    lead: ${team}-lead`,
      '    services:',
      ...servicesOf(team).map((service) => `      - ${service}`),
      '    cognitiveLoad:',
      '      - date: 2026-11-02',
      '        intrinsic: 3',
      '        extraneous: 2',
      '    since: 2024-01-08',
    ].join('\n'),
  );
  const persons = [
    '  - name: vp',
    '    displayName: Val Peters',
    `    email: ${emailOf('vp')}`,
    '    role: VP Engineering',
    '    teams: []',
    '    identities:',
    `      git: [${emailOf('vp')}]`,
    '    startDate: 2023-01-09',
    ...people.flatMap((person) => [
      `  - name: ${person.name}`,
      `    displayName: ${person.name}`,
      `    email: ${emailOf(person.name)}`,
      `    role: ${person.lead ? 'Engineering Manager' : 'Software Engineer'}`,
      `    manager: ${person.lead ? 'vp' : `${person.team}-lead`}`,
      `    teams: [${person.team}]`,
      '    identities:',
      `      git: [${emailOf(person.name)}]`,
      `      github: ${person.name}`,
      '    startDate: 2024-01-08',
    ]),
  ];
  const services = TEAMS.flatMap((team) =>
    servicesOf(team).flatMap((service) => [
      `  - name: ${service}`,
      `    owner: ${team}`,
      '    tier: 2',
      '    repositories:',
      `      - ${service}`,
    ]),
  );
  const repositories = TEAMS.flatMap((team) =>
    servicesOf(team).flatMap((service) => [
      `  - name: ${service}`,
      `    url: https://example.com/${service}`,
    ]),
  );
  await writeFile(path.join(dir, 'sextant.yaml'), yamlSettings());
  await writeFile(path.join(dir, 'model', 'teams.yaml'), `teams:\n${teams.join('\n')}\n`);
  await writeFile(path.join(dir, 'model', 'people.yaml'), `people:\n${persons.join('\n')}\n`);
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    `domains: []\nsystems: []\nservices:\n${services.join('\n')}\nrepositories:\n${repositories.join('\n')}\n`,
  );
  await writeFile(
    path.join(dir, 'model', 'dependencies.yaml'),
    [
      'dependencies:',
      '  - name: shared-search-index',
      '    provider: atlas',
      '    consumer: beacon',
      '    what: A search index beacon can query',
      '    type: blocking',
      '    status: done',
      '    risk: low',
      '    neededBy: 2026-12-15',
      '',
    ].join('\n'),
  );
  await mkdir(path.join(dir, 'registers'), { recursive: true });
  await writeFile(
    path.join(dir, 'registers', 'risks.yaml'),
    [
      'risks:',
      '  - id: R-01',
      '    title: A cloud region outage stops checkout',
      '    description: One region hosts every service.',
      '    category: operational',
      '    teams: [atlas]',
      '    status: mitigating',
      '    likelihood: 2',
      '    impact: 3',
      '    owner: atlas-lead',
      '    reviewDate: 2026-12-07',
      '    mitigations:',
      '      - action: Standby in a second region',
      '        owner: atlas-dev-1',
      '        due: 2026-12-20',
      '        status: in-progress',
      '',
    ].join('\n'),
  );
}

function yamlSettings(): string {
  return [
    'version: 1',
    'org:',
    '  name: Healthy Co',
    '  slug: healthy',
    'timezone: UTC',
    'productionEnvironments:',
    '  - production',
    '',
  ].join('\n');
}

interface Records {
  commits: Commit[];
  pullRequests: PullRequest[];
  reviews: Review[];
  deployments: Deployment[];
  incidents: Incident[];
}

/** Working days only; each service's engineers take turns authoring and reviewing. */
function buildRecords(): Records {
  const records: Records = { commits: [], pullRequests: [], reviews: [], deployments: [], incidents: [] };
  let index = 0;
  for (const team of TEAMS) {
    const engineers = people.filter((person) => person.team === team && !person.lead);
    for (const service of servicesOf(team)) {
      let parent: string | null = null;
      let turn = service.endsWith('worker') ? 3 : 0;
      let deployments = 0;
      for (let day = 0; day < DAYS; day++) {
        const start = FIRST_DAY + day * DAY_MS;
        const weekday = new Date(start).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        let head = '';
        for (const hour of [9, 11]) {
          index += 1;
          const author = engineers[turn % engineers.length] as Person;
          const reviewer = engineers[(turn + 1) % engineers.length] as Person;
          turn += 1;
          const sha = index.toString(16).padStart(40, '0');
          const committed = start + hour * 3_600_000;
          records.commits.push(
            buildCommit(index, {
              key: `${service}/${sha}`,
              repository: service,
              sha,
              parents: parent ? [parent] : [],
              authorName: author.name,
              authorEmail: emailOf(author.name),
              committerName: author.name,
              committerEmail: emailOf(author.name),
              authoredAt: iso(committed - 1_800_000),
              committedAt: iso(committed),
              authorOffsetMinutes: 0,
              committerOffsetMinutes: 0,
              subject: `Improve ${service} (${index})`,
              files: [{ path: `src/part-${index % 7}.ts`, additions: 40, deletions: 10 }],
              additions: 40,
              deletions: 10,
              services: [service],
            }),
          );
          parent = sha;
          head = sha;
          const number = index;
          records.pullRequests.push(
            buildPullRequest(number, {
              key: `${service}#${number}`,
              repository: service,
              author: author.name,
              state: 'merged',
              createdAt: iso(committed + 600_000),
              mergedAt: iso(committed + 5_400_000),
              mergeCommitSha: sha,
              commitShas: [sha],
              additions: 40,
              deletions: 10,
              baseBranch: 'main',
            }),
          );
          records.reviews.push(
            buildReview(number, reviewer.name, iso(committed + 3_000_000), {
              pullRequest: `github:${service}#${number}`,
              state: 'approved',
            }),
          );
        }
        deployments += 1;
        records.deployments.push(
          buildDeployment(index, {
            source: 'deploys',
            key: `${service}/${deployments}`,
            service,
            repository: service,
            startedAt: iso(start + 15 * 3_600_000),
            finishedAt: iso(start + 15 * 3_600_000 + 600_000),
            result: deployments % 40 === 0 ? 'failure' : 'success',
            commitSha: head,
          }),
        );
        if (day % 30 === 10) {
          const started = start + 16 * 3_600_000;
          records.incidents.push(
            buildIncident(records.incidents.length + 1, {
              source: 'pager',
              key: `INC-${records.incidents.length + 1}`,
              title: `${service} answered slowly for a few minutes`,
              severity: 'SEV-3',
              status: 'resolved',
              service,
              startedAt: iso(started),
              acknowledgedAt: iso(started + 180_000),
              mitigatedAt: iso(started + 1_200_000),
              resolvedAt: iso(started + 2_400_000),
              commander: `${team}-lead`,
              responders: [(engineers[0] as Person).name],
            }),
          );
        }
      }
    }
  }
  return records;
}

/** A published postmortem for every incident, reviewed within two days, its actions done on time. */
async function writePostmortems(dir: string, incidents: readonly Incident[]): Promise<void> {
  await mkdir(path.join(dir, 'postmortems'), { recursive: true });
  for (const incident of incidents) {
    const day = dayKey(Date.parse(incident.startedAt));
    const published = dayKey(Date.parse(incident.startedAt) + 2 * DAY_MS);
    const done = dayKey(Date.parse(incident.startedAt) + 5 * DAY_MS);
    const team = incident.service?.split('-')[0] ?? 'atlas';
    const file = `${day}-${incident.key.toLowerCase()}.md`;
    await writeFile(
      path.join(dir, 'postmortems', file),
      [
        '---',
        `incident: ${incident.source}:${incident.key}`,
        `title: "${incident.title}"`,
        'status: published',
        `authors: [${team}-dev-1]`,
        'reviewers:',
        `  - person: ${team}-lead`,
        `published: ${published}`,
        'rootCause: "A cache warmed too slowly after a deployment."',
        'category: capacity',
        'actionItems:',
        '  - id: AI-1',
        '    title: "Warm the cache before switching traffic"',
        `    owner: ${team}-dev-2`,
        `    due: ${done}`,
        '    status: done',
        `    closed: ${done}`,
        '    kind: systemic',
        '---',
        '',
        `# ${incident.title}`,
        '',
        '## Summary',
        '',
        'Responses were slow for a few minutes; the cache now warms before traffic moves.',
        '',
      ].join('\n'),
    );
  }
}
