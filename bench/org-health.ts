/**
 * The org health benchmark (issue 5): findings on a generated organization of 5,000 people, 800 teams,
 * 3,000 services and 20,000 dependencies, with 90 days of evidence (60,000 commits, 3,000 incidents with
 * their responders), on the embedded store. The model is stored with `replaceModel`, the records through
 * the same upsert an import takes; then `readOrgHealth` (read the model, gather the evidence, run every
 * rule) is timed warm, median of a few runs, beside the pure rules alone. Deterministic; nothing is kept.
 */
import path from 'node:path';
import { assessOrgHealth } from '../src/assess/org-health/index.js';
import type { Dependency } from '../src/domain/dependency.js';
import type { OrgModel } from '../src/domain/model.js';
import type { Person } from '../src/domain/person.js';
import type { Commit, Incident } from '../src/domain/records/index.js';
import type { Service } from '../src/domain/service.js';
import type { Team, TeamType } from '../src/domain/team.js';
import { closeContext, openContext } from '../src/services/context.js';
import { createRandom, type Random } from '../src/services/demo/random.js';
import { readKnowledgeConcentration } from '../src/services/knowledge.service.js';
import { readOrgHealth } from '../src/services/org-health.service.js';
import { createEmptyWorkspace } from '../src/services/workspace.service.js';
import { replaceModel, upsertRecords } from '../src/store/index.js';
import { type Figure, median, timeMs } from './measure.js';

const PEOPLE = 5_000;
const TEAMS = 800;
const SERVICES = 3_000;
const DEPENDENCIES = 20_000;
const COMMITS = 60_000;
const INCIDENTS = 3_000;
const AS_OF = '2026-11-23';
const END_MS = Date.parse(`${AS_OF}T00:00:00Z`) + 86_400_000;
const DAY_MS = 86_400_000;
const RUNS = 5;

const teamRef = (i: number) => `team:default/t${i}`;
const personRef = (i: number) => `person:default/p${i}`;
const serviceRef = (i: number) => `service:default/s${i}`;
const email = (i: number) => `p${i}@bench.example`;
const day = (daysBefore: number) => new Date(END_MS - daysBefore * DAY_MS).toISOString().slice(0, 10);

/** The organization: teams of mixed types, managers per team under directors, services and dependencies. */
export function generateOrgModel(seed = 5): OrgModel {
  const random = createRandom(seed, 'org-health-bench');
  const teamTypes: [TeamType, number][] = [
    ['stream-aligned', 6],
    ['platform', 2],
    ['enabling', 1],
    ['complicated-subsystem', 1],
  ];
  const teams: Team[] = Array.from({ length: TEAMS }, (_, i) =>
    buildTeam(i, random.pickWeighted(teamTypes), random),
  );
  const people = buildPeople(random);
  const services: Service[] = Array.from({ length: SERVICES }, (_, i) => buildService(i, random));
  const dependencies: Dependency[] = Array.from({ length: DEPENDENCIES }, (_, i) =>
    buildDependency(i, random),
  );
  const teamsByRef = new Map(teams.map((team) => [team.ref, team]));
  for (const person of people)
    for (const { team, allocation } of person.teams)
      teamsByRef.get(team)?.members.push({ person: person.ref, allocation });
  for (const service of services) teamsByRef.get(service.owner)?.services.push(service.ref);
  return {
    teams,
    people,
    services,
    systems: [],
    domains: [],
    repositories: [],
    apis: [],
    resources: [],
    dependencies,
  };
}

function buildTeam(i: number, type: TeamType, random: Random): Team {
  const load = Array.from({ length: 4 }, (_, q) => ({
    date: day(275 - q * 90),
    intrinsic: random.nextInt(3, 8),
    extraneous: random.nextInt(1, 5),
  }));
  const other = teamRef((i + random.nextInt(1, TEAMS - 1)) % TEAMS);
  const mode = random.pickWeighted([
    ['x-as-a-service', 6],
    ['collaboration', 2],
    ['facilitating', 1],
  ] as const);
  return {
    ref: teamRef(i),
    name: `t${i}`,
    title: `Team ${i}`,
    type,
    mission: `Mission of team ${i}.`,
    lead: null,
    services: [],
    interactions: [{ mode, with: other, since: day(random.nextInt(10, 400)) }],
    cognitiveLoad: load,
    channels: [],
    api: null,
    since: null,
    until: null,
    members: [],
  };
}

/**
 * People 0–59 are directors (reporting to person 0), the next 800 one manager per team, the rest
 * engineers under their team's manager; one in ten is split with a second team, one in fifty has a dotted
 * line to another manager.
 */
function buildPeople(random: Random): Person[] {
  const directors = 60;
  return Array.from({ length: PEOPLE }, (_, i) => {
    const isDirector = i < directors;
    const isManager = !isDirector && i < directors + TEAMS;
    const team = isManager ? i - directors : random.nextInt(0, TEAMS - 1);
    const manager = isDirector
      ? i === 0
        ? null
        : personRef(0)
      : isManager
        ? personRef(team % directors)
        : personRef(directors + team);
    const teams = isDirector
      ? []
      : random.flip(0.1) && !isManager
        ? [
            { team: teamRef(team), allocation: 0.5 },
            { team: teamRef((team + 1) % TEAMS), allocation: 0.5 },
          ]
        : [{ team: teamRef(team), allocation: 1 }];
    return {
      ref: personRef(i),
      name: `p${i}`,
      displayName: `Person ${i}`,
      email: email(i),
      role: isDirector ? 'Director' : isManager ? 'Engineering Manager' : 'Software Engineer',
      level: null,
      manager,
      dottedLine:
        !isDirector && random.flip(0.02) ? [personRef(random.nextInt(directors, directors + TEAMS - 1))] : [],
      teams,
      identities: {},
      startDate: null,
      endDate: null,
      location: null,
    };
  });
}

function buildService(i: number, random: Random): Service {
  const dependsOn = Array.from({ length: random.nextInt(0, 3) }, () =>
    serviceRef(random.nextInt(0, SERVICES - 1)),
  );
  return {
    ref: serviceRef(i),
    name: `s${i}`,
    title: `Service ${i}`,
    description: null,
    owner: teamRef(random.nextInt(0, TEAMS - 1)),
    system: null,
    tier: 3,
    lifecycle: 'production',
    repositories: [],
    dependsOn: [...new Set(dependsOn)].filter((ref) => ref !== serviceRef(i)),
    providesApis: [],
    consumesApis: [],
    slos: [],
    deployments: { from: 'api', job: null, environments: {} },
  };
}

function buildDependency(i: number, random: Random): Dependency {
  const provider = random.nextInt(0, TEAMS - 1);
  return {
    ref: `dependency:default/d${i}`,
    name: `d${i}`,
    provider: teamRef(provider),
    consumer: teamRef((provider + random.nextInt(1, TEAMS - 1)) % TEAMS),
    what: `Thing ${i}`,
    type: random.pickWeighted([
      ['blocking', 3],
      ['non-blocking', 4],
      ['soft', 3],
    ] as const),
    status: random.pick(['not-started', 'in-progress', 'available', 'done', 'cancelled'] as const),
    risk: 'medium',
    neededBy: random.flip(0.5) ? day(random.nextInt(-60, 60)) : null,
    strategy: null,
    services: [],
    notes: null,
  };
}

/** Commits by random engineers, mostly to services of their own primary team; incidents with responders. */
export function generateEvidence(model: OrgModel, seed = 5): { commits: Commit[]; incidents: Incident[] } {
  const random = createRandom(seed, 'org-health-bench-evidence');
  const byOwner = new Map<string, string[]>();
  for (const service of model.services)
    byOwner.set(service.owner, [...(byOwner.get(service.owner) ?? []), service.ref]);
  const engineers = model.people.filter((person) => person.teams.length > 0);
  const commits: Commit[] = Array.from({ length: COMMITS }, (_, i) => {
    const author = random.pick(engineers);
    const own = byOwner.get(author.teams[0]?.team ?? '');
    const service = own && random.flip(0.8) ? random.pick(own) : serviceRef(random.nextInt(0, SERVICES - 1));
    const at = new Date(END_MS - random.nextFloat() * 90 * DAY_MS).toISOString();
    const sha = (i + 1).toString(16).padStart(40, '0');
    return {
      source: 'bench',
      key: sha,
      repository: 'repository:default/monorepo',
      sha,
      parents: [],
      authorName: author.displayName,
      authorEmail: author.email ?? '',
      authoredAt: at,
      authorOffsetMinutes: 0,
      committerName: author.displayName,
      committerEmail: author.email ?? '',
      committedAt: at,
      committerOffsetMinutes: 0,
      subject: `change ${i}`,
      additions: 1,
      deletions: 0,
      filesChanged: 1,
      files: [],
      services: [service],
    };
  });
  const incidents: Incident[] = Array.from({ length: INCIDENTS }, (_, i) => {
    const service = random.pick(model.services);
    const responders = Array.from({ length: random.nextInt(1, 3) }, () =>
      email(random.nextInt(60, PEOPLE - 1)),
    );
    return {
      source: 'bench',
      key: `INC-${i + 1}`,
      title: `Incident ${i + 1}`,
      severity: 'SEV-3',
      status: 'resolved',
      service: service.ref,
      startedAt: new Date(END_MS - random.nextFloat() * 90 * DAY_MS).toISOString(),
      responders: [...new Set(responders)],
    };
  });
  return { commits, incidents };
}

export async function measureOrgHealth(options: { tmp: string }): Promise<Figure[]> {
  const dir = path.join(options.tmp, 'org-health');
  await createEmptyWorkspace(dir, { orgName: 'Bench' });
  const model = generateOrgModel();
  const evidence = generateEvidence(model);
  const opened = await openContext(dir);
  // The generated organization stands in for the workspace files: the services read the loaded model,
  // the store holds its copy for the joins, as after a sync.
  const context = { ...opened, workspace: { ...opened.workspace, model } };
  try {
    await replaceModel(context.store, model);
    await upsertRecords(context.store, 'commit', evidence.commits);
    await upsertRecords(context.store, 'incident', evidence.incidents);
    let findings = 0;
    const read = () =>
      readOrgHealth(context, { asOf: AS_OF }).then((report) => (findings = report.findings.length));
    await read();
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await timeMs(read));
    const input = {
      model,
      asOf: AS_OF,
      windowDays: 90,
      commits: [],
      pages: [],
      knowledge: [],
    };
    const knowledgeRuns: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      knowledgeRuns.push(await timeMs(() => readKnowledgeConcentration(context, { asOf: AS_OF })));
    }
    const pure: number[] = [];
    for (let run = 0; run < RUNS; run += 1) pure.push(await timeMs(() => assessOrgHealth(input)));
    const scale = `${PEOPLE.toLocaleString('en')} people, ${TEAMS} teams, ${SERVICES.toLocaleString('en')} services, ${DEPENDENCIES.toLocaleString('en')} dependencies`;
    return [
      {
        what: `org health (${scale}; ${COMMITS.toLocaleString('en')} commits, ${INCIDENTS.toLocaleString('en')} incidents)`,
        value: median(runs),
        unit: 'ms',
        target: { op: '≤', value: 1_000 },
        note: `warm, median of ${RUNS}; read model + evidence, all rules; ${findings} findings`,
      },
      {
        what: '  of which: knowledge concentration of every service and repository',
        value: median(knowledgeRuns),
        unit: 'ms',
        note: 'median of 3',
      },
      {
        what: 'org health rules alone on the same model (no evidence)',
        value: median(pure),
        unit: 'ms',
        note: `median of ${RUNS}, pure functions`,
      },
    ];
  } finally {
    await closeContext(opened);
  }
}
