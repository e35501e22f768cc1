import { beforeAll, describe, expect, it } from 'vitest';
import { type RecordType, recordId } from '../../domain/records/index.js';
import { type DemoOutput, generateDemo } from './generate-demo.js';
import { type DemoRow, readJsonLines, readYamlList } from './read-demo.js';

type Named = { name: string } & Record<string, unknown>;
type Membership = string | { team: string };

let demo: DemoOutput;
let rows: (type: RecordType) => DemoRow[];
let names: (path: string, list: string) => Set<string>;

beforeAll(() => {
  demo = generateDemo({ seed: 1, asOf: '2026-03-31' });
  const cache = new Map<RecordType, DemoRow[]>();
  rows = (type) => {
    if (!cache.has(type)) cache.set(type, readJsonLines(demo, type));
    return cache.get(type) ?? [];
  };
  names = (path, list) => new Set(readYamlList<Named>(demo, path, list).map((item) => item.name));
});

/** Values that point nowhere, as `where → value`. */
function findDangling(values: [string, unknown][], known: Set<string>): string[] {
  return values
    .filter(([, value]) => typeof value !== 'string' || !known.has(value))
    .map(([where, value]) => `${where} → ${String(value)}`);
}

describe('demo references', () => {
  it('resolves every owner, team, lead, manager and interaction in the model', () => {
    const teams = names('model/teams.yaml', 'teams');
    const people = names('model/people.yaml', 'people');
    const services = names('model/services.yaml', 'services');
    const systems = names('model/services.yaml', 'systems');
    const domains = names('model/services.yaml', 'domains');
    const repositories = names('model/services.yaml', 'repositories');
    const teamList = readYamlList<
      Named & { lead?: string; services: string[]; interactions: { with: string }[] }
    >(demo, 'model/teams.yaml', 'teams');
    const personList = readYamlList<Named & { manager?: string; teams: Membership[] }>(
      demo,
      'model/people.yaml',
      'people',
    );
    const serviceList = readYamlList<
      Named & { owner: string; system: string; dependsOn: string[]; repositories: string[] }
    >(demo, 'model/services.yaml', 'services');
    const dangling = [
      ...findDangling(
        teamList.flatMap((t) => t.services.map((s) => [`team ${t.name} service`, s] as [string, unknown])),
        services,
      ),
      ...findDangling(
        teamList.filter((t) => t.lead).map((t) => [`team ${t.name} lead`, t.lead]),
        people,
      ),
      ...findDangling(
        teamList.flatMap((t) =>
          t.interactions.map((i) => [`team ${t.name} interaction`, i.with] as [string, unknown]),
        ),
        teams,
      ),
      ...findDangling(
        personList.filter((p) => p.manager).map((p) => [`person ${p.name} manager`, p.manager]),
        people,
      ),
      ...findDangling(
        personList.flatMap((p) =>
          p.teams.map(
            (m) => [`person ${p.name} team`, typeof m === 'string' ? m : m.team] as [string, unknown],
          ),
        ),
        teams,
      ),
      ...findDangling(
        serviceList.map((s) => [`service ${s.name} owner`, s.owner]),
        teams,
      ),
      ...findDangling(
        serviceList.map((s) => [`service ${s.name} system`, s.system]),
        systems,
      ),
      ...findDangling(
        serviceList.flatMap((s) =>
          s.dependsOn.map((d) => [`service ${s.name} dependsOn`, d] as [string, unknown]),
        ),
        services,
      ),
      ...findDangling(
        serviceList.flatMap((s) =>
          s.repositories.map((r) => [`service ${s.name} repository`, r] as [string, unknown]),
        ),
        repositories,
      ),
      ...findDangling(
        readYamlList<Named & { owner: string; domain: string }>(
          demo,
          'model/services.yaml',
          'systems',
        ).flatMap(
          (s) =>
            [
              [`system ${s.name} owner`, s.owner],
              [`system ${s.name} domain`, s.domain],
            ] as [string, unknown][],
        ),
        new Set([...teams, ...domains]),
      ),
      ...findDangling(
        readYamlList<Named & { owner: string }>(demo, 'model/services.yaml', 'domains').map((d) => [
          `domain ${d.name} owner`,
          d.owner,
        ]),
        teams,
      ),
      ...findDangling(
        readYamlList<Named & { provider: string; consumer: string }>(
          demo,
          'model/dependencies.yaml',
          'dependencies',
        ).flatMap(
          (d) =>
            [
              [`dependency ${d.name} provider`, d.provider],
              [`dependency ${d.name} consumer`, d.consumer],
            ] as [string, unknown][],
        ),
        teams,
      ),
    ];
    expect(dangling).toEqual([]);
    const managers = new Map(personList.map((p) => [p.name, p.manager]));
    const roots = personList.filter((p) => !p.manager);
    expect(roots).toHaveLength(1);
    for (const person of personList) {
      let current: string | undefined = person.name;
      for (let hops = 0; current && hops < 6; hops += 1) current = managers.get(current);
      expect(current, `${person.name} reaches the VP within six hops`).toBeUndefined();
    }
  });

  it('links every observed record to a known repository, service, person, commit or record', () => {
    const people = readYamlList<{
      identities: { git: string | string[]; github: string; jira: string; pagerduty: string };
    }>(demo, 'model/people.yaml', 'people');
    const logins = new Set(people.map((p) => p.identities.github));
    const jiraIds = new Set(people.map((p) => p.identities.jira));
    const pagerdutyIds = new Set(people.map((p) => p.identities.pagerduty));
    const gitEmails = new Set(people.flatMap((p) => [p.identities.git].flat()));
    const services = names('model/services.yaml', 'services');
    const teams = names('model/teams.yaml', 'teams');
    const commits = rows('commit');
    const shas = new Set(commits.map((c) => `${c.repository}@${c.sha}`));
    const repoShas = (repo: unknown, shaList: unknown[]) =>
      shaList.map((sha) => [`${repo}`, `${repo}@${sha}`] as [string, unknown]);
    const ids = (type: RecordType) => new Set(rows(type).map(recordId));
    const pullRequests = ids('pull-request');
    const deployments = ids('deployment');
    const dangling = [
      ...findDangling(
        commits.flatMap((c) => repoShas(c.repository, c.parents as string[])),
        shas,
      ),
      ...findDangling(
        commits.map((c) => [`commit ${c.key}`, c.repository]),
        services,
      ),
      ...findDangling(
        rows('pull-request').map((p) => [`pr ${p.key} author`, p.author]),
        logins,
      ),
      ...findDangling(
        rows('pull-request').flatMap((p) =>
          repoShas(p.repository, [
            ...(p.commitShas as string[]),
            ...(p.mergeCommitSha ? [p.mergeCommitSha] : []),
          ]),
        ),
        shas,
      ),
      ...findDangling(
        rows('review').map((r) => [`review ${r.key}`, r.pullRequest]),
        pullRequests,
      ),
      ...findDangling(
        rows('review').map((r) => [`review ${r.key} reviewer`, r.reviewer]),
        logins,
      ),
      ...findDangling(
        rows('deployment').map((d) => [`deployment ${d.key} service`, d.service]),
        services,
      ),
      ...findDangling(
        rows('deployment').map((d) => [`deployment ${d.key} commit`, `${d.service}@${d.commitSha}`]),
        shas,
      ),
      ...findDangling(
        rows('deployment')
          .filter((d) => d.rollbackOf)
          .map((d) => [`deployment ${d.key} rollbackOf`, d.rollbackOf]),
        deployments,
      ),
      ...findDangling(
        rows('deployment')
          .filter((d) => d.hotfixFor)
          .map((d) => [`deployment ${d.key} hotfixFor`, d.hotfixFor]),
        deployments,
      ),
      ...findDangling(
        rows('incident')
          .filter((i) => i.causedBy)
          .map((i) => [`incident ${i.key} causedBy`, i.causedBy]),
        deployments,
      ),
      ...findDangling(
        rows('incident').map((i) => [`incident ${i.key} service`, i.service]),
        services,
      ),
      ...findDangling(
        rows('incident').flatMap((i) =>
          [i.commander, ...(i.responders as string[])].map(
            (id) => [`incident ${i.key}`, id] as [string, unknown],
          ),
        ),
        pagerdutyIds,
      ),
      ...findDangling(
        rows('work-item').map((w) => [`work item ${w.key} team`, w.team]),
        teams,
      ),
      ...findDangling(
        rows('work-item')
          .filter((w) => w.service)
          .map((w) => [`work item ${w.key} service`, w.service]),
        services,
      ),
      ...findDangling(
        rows('work-item')
          .filter((w) => w.assignee)
          .map((w) => [`work item ${w.key} assignee`, w.assignee]),
        jiraIds,
      ),
      ...findDangling(
        rows('ci-run')
          .filter((r) => r.commitSha)
          .map((r) => [`ci run ${r.key}`, `${r.repository}@${r.commitSha}`]),
        shas,
      ),
      ...findDangling(
        rows('ci-run')
          .filter((r) => r.job)
          .map((r) => [`ci job ${r.key} run`, r.run]),
        new Set(
          rows('ci-run')
            .filter((r) => !r.job)
            .map(recordId),
        ),
      ),
      ...findDangling(
        rows('tag').map((t) => [`tag ${t.key}`, `${t.repository}@${t.sha}`]),
        shas,
      ),
      ...findDangling(
        rows('tag').map((t) => [`tag ${t.key} repository`, t.repository]),
        services,
      ),
      ...findDangling(
        rows('deployment')
          .filter((d) => d.ref)
          .map((d) => [`deployment ${d.key} ref`, `${d.repository}@${d.ref}@${d.commitSha}`]),
        new Set(rows('tag').map((t) => `${t.repository}@${t.name}@${t.sha}`)),
      ),
      ...findDangling(
        rows('tag')
          .filter((t) => t.annotated)
          .map((t) => [`tag ${t.key} tagger`, t.taggerEmail]),
        gitEmails,
      ),
    ];
    expect(dangling).toEqual([]);
  });

  it('has each CI job inside its run, on the same commit, pipeline and attempt, and attempts count up per commit', () => {
    const all = rows('ci-run');
    const runs = new Map(all.filter((r) => !r.job).map((r) => [recordId(r), r]));
    for (const job of all.filter((r) => r.job)) {
      const run = runs.get(job.run as string);
      expect(run, job.key).toBeDefined();
      for (const field of ['repository', 'pipeline', 'commitSha', 'branch', 'trigger', 'attempt'])
        expect(job[field], `${job.key} ${field}`).toEqual(run?.[field]);
      expect((job.startedAt as string) >= (run?.startedAt as string)).toBe(true);
      expect((job.finishedAt as string) <= (run?.finishedAt as string)).toBe(true);
    }
    const attempts = new Map<string, DemoRow[]>();
    for (const run of runs.values()) {
      if (!run.commitSha) {
        expect(run.attempt).toBe(1);
        continue;
      }
      const key = `${run.repository} ${run.pipeline} ${run.commitSha}`;
      attempts.set(key, [...(attempts.get(key) ?? []), run]);
    }
    let retried = 0;
    for (const [key, list] of attempts) {
      list.sort((a, b) => (a.startedAt as string).localeCompare(b.startedAt as string));
      expect(
        list.map((run) => run.attempt),
        key,
      ).toEqual(list.map((_, index) => index + 1));
      list.forEach((run, index) => {
        const previous = list[index - 1];
        if (previous) expect((previous.finishedAt as string) <= (run.startedAt as string), key).toBe(true);
      });
      if (list.length > 1) retried += 1;
    }
    expect(retried).toBeGreaterThan(0);
  });

  it('tags the commits that tag-released services deploy, dated when the deployment finished', () => {
    const tags = rows('tag');
    const annotated = tags.filter((t) => t.annotated);
    const lightweight = tags.filter((t) => !t.annotated);
    expect(lightweight.length).toBeGreaterThanOrEqual(2);
    expect(lightweight.every((t) => t.taggedAt === undefined && t.taggerEmail === undefined)).toBe(true);
    expect(annotated.every((t) => /^v\d+\.\d+\.\d+$/.test(t.name as string))).toBe(true);
    const byName = new Map(tags.map((t) => [`${t.repository}@${t.name}`, t]));
    const tagged = rows('deployment').filter((d) => d.ref);
    const services = new Set(tagged.map((d) => d.service));
    expect(services.size).toBeGreaterThanOrEqual(3);
    expect(services.size).toBeLessThanOrEqual(6);
    for (const deployment of rows('deployment')) {
      if (!services.has(deployment.service)) continue;
      expect(deployment.method, deployment.key).toBe('tag');
      const tag = byName.get(`${deployment.repository}@${deployment.ref}`);
      expect(tag?.sha, deployment.key).toBe(deployment.commitSha);
    }
    for (const tag of annotated) {
      const first = tagged.find((d) => d.repository === tag.repository && d.ref === tag.name);
      expect(first, tag.key as string).toBeDefined();
      expect(Date.parse(tag.taggedAt as string)).toBe(Date.parse(first?.finishedAt as string));
    }
    // Versions only go up.
    for (const service of services) {
      const versions = annotated
        .filter((t) => t.repository === service)
        .sort((a, b) => Date.parse(a.taggedAt as string) - Date.parse(b.taggedAt as string))
        .map((t) => (t.name as string).slice(1).split('.').map(Number) as [number, number, number]);
      versions.forEach((version, index) => {
        const previous = versions[index - 1];
        if (!previous) return;
        const [a, b, c] = previous;
        const [x, y, z] = version;
        expect(x > a || (x === a && (y > b || (y === b && z > c))), `${service} ${version.join('.')}`).toBe(
          true,
        );
      });
    }
  });

  it('has the first review of nearly every pull request come from someone other than its author', () => {
    const authors = new Map(rows('pull-request').map((p) => [recordId(p), p.author]));
    const first = new Map<string, DemoRow>();
    for (const review of rows('review')) {
      const current = first.get(review.pullRequest as string);
      if (!current || (review.submittedAt as string) < (current.submittedAt as string))
        first.set(review.pullRequest as string, review);
    }
    const byOthers = [...first.values()].filter(
      (r) => r.reviewer !== authors.get(r.pullRequest as string),
    ).length;
    expect(byOthers / first.size).toBeGreaterThan(0.9);
    expect(byOthers).toBeLessThan(first.size);
  });

  it('ships real history: each repository has one root and some merge commits, and deployments fail in all three ways', () => {
    const commits = rows('commit');
    const roots = commits.filter((c) => (c.parents as string[]).length === 0);
    expect(new Set(roots.map((c) => c.repository)).size).toBe(roots.length);
    expect(commits.filter((c) => (c.parents as string[]).length === 2).length).toBeGreaterThan(300);
    const deployments = rows('deployment');
    expect(new Set(deployments.map((d) => d.result))).toEqual(new Set(['success', 'failure', 'rolled-back']));
    expect(deployments.filter((d) => d.hotfixFor && d.unplanned).length).toBeGreaterThan(10);
    const incidents = rows('incident');
    expect(new Set(incidents.map((i) => i.severity))).toEqual(new Set(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']));
    expect(incidents.filter((i) => i.causedBy).length).toBeGreaterThan(20);
    expect(
      incidents.filter((i) => !['resolved', 'reviewed'].includes(i.status as string)).length,
    ).toBeGreaterThanOrEqual(2);
  });
});
