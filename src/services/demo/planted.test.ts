import { beforeAll, describe, expect, it } from 'vitest';
import { type RecordType, recordId } from '../../domain/records/index.js';
import { type DemoOutput, generateDemo } from './generate-demo.js';
import { type DemoRow, readJsonLines, readYamlList } from './read-demo.js';

const AS_OF = '2026-03-31';
const DAY = 86_400_000;

let demo: DemoOutput;
const cache = new Map<RecordType, DemoRow[]>();

function rows(type: RecordType): DemoRow[] {
  if (!cache.has(type)) cache.set(type, readJsonLines(demo, type));
  return cache.get(type) ?? [];
}

function findCondition(id: string) {
  const condition = demo.planted.find((candidate) => candidate.id === id);
  if (!condition) throw new Error(`condition ${id} is not planted`);
  return condition;
}

function nameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Calendar date and weekday in the workspace time zone, as the metrics bucket them. */
const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
});
function toBerlinDay(instant: string): { date: string; weekday: string } {
  const parts = berlin.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, weekday: part('weekday') };
}

function toMonday(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return new Date(ms - weekday * DAY).toISOString().slice(0, 10);
}

beforeAll(() => {
  demo = generateDemo({ seed: 1, asOf: AS_OF });
});

describe('planted conditions', () => {
  it('lists each of the eight conditions in the output and the demo README', () => {
    const readme = demo.files.find((file) => file.path === 'README.md')?.content ?? '';
    expect(demo.planted.map((c) => c.id)).toEqual([
      'knowledge-concentration',
      'overdue-blocking-dependency',
      'cognitive-overload',
      'friday-change-failures',
      'slowing-review-turnaround',
      'matrix-management',
      'hidden-dependency',
      'stale-collaboration',
    ]);
    for (const condition of demo.planted) {
      expect(condition.subject).toMatch(/^[a-z]+:default\/[a-z0-9-]+$/);
      expect(readme).toContain(condition.id);
      expect(readme).toContain(condition.subject);
    }
  });

  it('knowledge-concentration: one person writes more than 90% of the service’s commits, and only there', () => {
    const people = readYamlList<{ name: string; identities: { git: string[] } }>(
      demo,
      'model/people.yaml',
      'people',
    );
    const personByEmail = new Map(
      people.flatMap((p) => p.identities.git.map((email) => [email, p.name] as const)),
    );
    const shareOfTopAuthor = (repo: string) => {
      const counts = new Map<string, number>();
      const commits = rows('commit').filter((c) => c.repository === repo);
      for (const commit of commits) {
        const author = personByEmail.get(commit.authorEmail as string) ?? (commit.authorEmail as string);
        counts.set(author, (counts.get(author) ?? 0) + 1);
      }
      return { share: Math.max(...counts.values()) / commits.length, commits: commits.length };
    };
    const subject = nameOf(findCondition('knowledge-concentration').subject);
    const planted = shareOfTopAuthor(subject);
    expect(planted.commits).toBeGreaterThan(80);
    expect(planted.share).toBeGreaterThan(0.9);
    const services = readYamlList<{ name: string }>(demo, 'model/services.yaml', 'services').map(
      (s) => s.name,
    );
    const others = services.filter((name) => name !== subject).map(shareOfTopAuthor);
    expect(Math.max(...others.map((other) => other.share))).toBeLessThan(0.6);
  });

  it('knowledge-concentration: at file level, the same person touches and mainly authors nearly every file of the service', () => {
    const people = readYamlList<{ name: string; identities: { git: string[] } }>(
      demo,
      'model/people.yaml',
      'people',
    );
    const personByEmail = new Map(
      people.flatMap((p) => p.identities.git.map((email) => [email, p.name] as const)),
    );
    /** Per file, how many commits each person made to it; then the top person's reach and ownership. */
    const measureFiles = (repo: string) => {
      const files = new Map<string, Map<string, number>>();
      for (const commit of rows('commit').filter((c) => c.repository === repo)) {
        const author = personByEmail.get(commit.authorEmail as string) ?? (commit.authorEmail as string);
        for (const file of commit.files as { path: string }[]) {
          const authors = files.get(file.path) ?? new Map<string, number>();
          authors.set(author, (authors.get(author) ?? 0) + 1);
          files.set(file.path, authors);
        }
      }
      const touched = new Map<string, number>();
      const owned = new Map<string, number>();
      for (const authors of files.values()) {
        for (const author of authors.keys()) touched.set(author, (touched.get(author) ?? 0) + 1);
        const [owner] = [...authors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [''];
        owned.set(owner, (owned.get(owner) ?? 0) + 1);
      }
      const top = [...owned].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      return {
        files: files.size,
        top,
        touched: (touched.get(top) ?? 0) / files.size,
        owned: (owned.get(top) ?? 0) / files.size,
      };
    };
    const subject = nameOf(findCondition('knowledge-concentration').subject);
    const planted = measureFiles(subject);
    expect(planted.files).toBeGreaterThan(20);
    expect(planted.touched).toBeGreaterThan(0.9);
    expect(planted.owned).toBeGreaterThan(0.9);
    const commitCounts = new Map<string, number>();
    for (const commit of rows('commit').filter((c) => c.repository === subject)) {
      const author = personByEmail.get(commit.authorEmail as string) ?? '';
      commitCounts.set(author, (commitCounts.get(author) ?? 0) + 1);
    }
    expect(planted.top).toBe([...commitCounts].sort((a, b) => b[1] - a[1])[0]?.[0]);
    const services = readYamlList<{ name: string }>(demo, 'model/services.yaml', 'services').map(
      (s) => s.name,
    );
    const others = services.filter((name) => name !== subject).map(measureFiles);
    expect(Math.max(...others.map((other) => other.owned))).toBeLessThan(0.7);
  });

  it('overdue-blocking-dependency: a blocking dependency needed before asOf is still not delivered', () => {
    const dependencies = readYamlList<{ name: string; type: string; status: string; neededBy?: string }>(
      demo,
      'model/dependencies.yaml',
      'dependencies',
    );
    const dependency = dependencies.find(
      (d) => d.name === nameOf(findCondition('overdue-blocking-dependency').subject),
    );
    expect(dependency?.type).toBe('blocking');
    expect(dependency?.neededBy && dependency.neededBy < AS_OF).toBe(true);
    expect(['done', 'available', 'cancelled']).not.toContain(dependency?.status);
    const overdue = dependencies.filter(
      (d) =>
        d.type === 'blocking' &&
        d.neededBy &&
        d.neededBy < AS_OF &&
        !['done', 'available', 'cancelled'].includes(d.status),
    );
    expect(overdue.map((d) => d.name)).toEqual([dependency?.name]);
  });

  it('cognitive-overload: the team’s latest assessment sums above the capacity of 10, and no other team’s does', () => {
    const teams = readYamlList<{
      name: string;
      cognitiveLoad: { date: string; intrinsic: number; extraneous: number }[];
    }>(demo, 'model/teams.yaml', 'teams');
    const latestSum = (team: (typeof teams)[number]) => {
      const latest = [...team.cognitiveLoad].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
      return latest ? latest.intrinsic + latest.extraneous : 0;
    };
    const subject = nameOf(findCondition('cognitive-overload').subject);
    expect(teams.every((team) => team.cognitiveLoad.length >= 3)).toBe(true);
    expect(teams.filter((team) => latestSum(team) > 10).map((team) => team.name)).toEqual([subject]);
  });

  it('friday-change-failures: weeks with Friday deployments fail far more often than other weeks', () => {
    const deployments = rows('deployment');
    const failed = new Set<string>();
    for (const d of deployments) {
      if (d.result !== 'success') failed.add(recordId(d));
      if (typeof d.hotfixFor === 'string') failed.add(d.hotfixFor);
      if (typeof d.rollbackOf === 'string') failed.add(d.rollbackOf);
    }
    for (const incident of rows('incident'))
      if (typeof incident.causedBy === 'string') failed.add(incident.causedBy);
    const planned = deployments
      .filter((d) => !d.unplanned)
      .map((d) => ({ id: recordId(d), ...toBerlinDay(d.finishedAt as string) }));
    const fridayWeeks = new Set(planned.filter((d) => d.weekday === 'Fri').map((d) => toMonday(d.date)));
    const rate = (list: typeof planned) => list.filter((d) => failed.has(d.id)).length / list.length;
    const inFridayWeeks = planned.filter((d) => fridayWeeks.has(toMonday(d.date)));
    const otherWeeks = planned.filter((d) => !fridayWeeks.has(toMonday(d.date)));
    const fridays = planned.filter((d) => d.weekday === 'Fri');
    expect(fridayWeeks.size).toBeGreaterThanOrEqual(10);
    expect(fridays.length).toBeGreaterThan(60);
    expect(rate(fridays)).toBeGreaterThan(0.35);
    expect(rate(fridays)).toBeGreaterThan(4 * rate(planned.filter((d) => d.weekday !== 'Fri')));
    expect(rate(inFridayWeeks)).toBeGreaterThan(1.5 * rate(otherWeeks));
  });

  it('slowing-review-turnaround: the team’s median time to first review grows month by month to several times its early-year level', () => {
    const team = nameOf(findCondition('slowing-review-turnaround').subject);
    const repos = new Set(
      readYamlList<{ name: string; owner: string }>(demo, 'model/services.yaml', 'services')
        .filter((s) => s.owner === team)
        .map((s) => s.name),
    );
    const firstReview = new Map<string, number>();
    const authors = new Map(rows('pull-request').map((p) => [recordId(p), p.author]));
    for (const review of rows('review')) {
      if (review.reviewer === authors.get(review.pullRequest as string)) continue;
      const at = Date.parse(review.submittedAt as string);
      const current = firstReview.get(review.pullRequest as string);
      if (current === undefined || at < current) firstReview.set(review.pullRequest as string, at);
    }
    const end = Date.parse(`${AS_OF}T00:00:00Z`) + DAY;
    const start = end - 365 * DAY;
    const hoursToFirstReview = (fromAge: number, toAge: number) =>
      rows('pull-request')
        .filter((p) => repos.has(p.repository as string) && firstReview.has(recordId(p)))
        .filter((p) => {
          const created = Date.parse(p.createdAt as string);
          return created >= end - fromAge * DAY && created < end - toAge * DAY;
        })
        .map((p) => ((firstReview.get(recordId(p)) ?? 0) - Date.parse(p.createdAt as string)) / 3_600_000);
    const early = hoursToFirstReview((end - start) / DAY, (end - start) / DAY - 90);
    const months = [hoursToFirstReview(90, 60), hoursToFirstReview(60, 30), hoursToFirstReview(30, 0)];
    expect(early.length).toBeGreaterThan(100);
    expect(months.every((month) => month.length > 30)).toBe(true);
    const [third, second, last] = months.map(median) as [number, number, number];
    expect(third).toBeLessThan(second);
    expect(second).toBeLessThan(last);
    expect(last).toBeGreaterThan(3 * median(early));
  });
});
