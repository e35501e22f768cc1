import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dependencySchema } from '../../domain/dependency.js';
import { personSchema } from '../../domain/person.js';
import { RECORD_SCHEMAS, type RecordType, recordId } from '../../domain/records/index.js';
import { NAME_PATTERN } from '../../domain/refs.js';
import { domainSchema, repositorySchema, serviceSchema, systemSchema } from '../../domain/service.js';
import { INTERACTION_MODES, TEAM_SIZE_RANGES, TEAM_TYPES, teamSchema } from '../../domain/team.js';
import { workspaceConfigSchema } from '../../domain/workspace-config.js';
import { type DemoOutput, generateDemo } from './generate-demo.js';
import { type DemoRow, readDemoFile, readJsonLines } from './read-demo.js';
import { createOffsetLookup } from './time.js';

const AS_OF = '2026-03-31';

let demo: DemoOutput;
let files: Map<string, string>;
const rowCache = new Map<RecordType, DemoRow[]>();

function readYaml(path: string): Record<string, unknown[]> {
  return parse(readDemoFile(demo, path)) as Record<string, unknown[]>;
}

function readRows(type: RecordType): DemoRow[] {
  let rows = rowCache.get(type);
  if (!rows) {
    rows = readJsonLines(demo, type);
    rowCache.set(type, rows);
  }
  return rows;
}

beforeAll(() => {
  demo = generateDemo({ seed: 1, asOf: AS_OF });
  files = new Map(demo.files.map((file) => [file.path, file.content]));
});

describe('generateDemo', () => {
  it('gives byte-identical output for the same seed and a different one for another seed', () => {
    const again = generateDemo({ seed: 1, asOf: AS_OF });
    expect(again.files).toEqual(demo.files);
    expect(again.planted).toEqual(demo.planted);
    const other = generateDemo({ seed: 2, asOf: AS_OF });
    expect(other.files.find((f) => f.path === 'data/commits.jsonl')?.content).not.toEqual(
      files.get('data/commits.jsonl'),
    );
    expect(other.files.find((f) => f.path === 'model/people.yaml')?.content).not.toEqual(
      files.get('model/people.yaml'),
    );
  });

  it('rejects an asOf that is not a calendar date', () => {
    expect(() => generateDemo({ asOf: '2026-02-30' })).toThrow(/calendar date/);
  });

  it('writes a workspace config that passes its schema and lists every data file', () => {
    const config = workspaceConfigSchema.parse(parse(files.get('sextant.yaml') ?? ''));
    expect(config.org.name).toBe('Fernwood Market');
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.imports.map((entry) => entry.type).sort()).toEqual(Object.keys(RECORD_SCHEMAS).sort());
    for (const entry of config.imports) {
      expect(files.has(entry.path)).toBe(true);
      expect(readRows(entry.type as RecordType).every((row) => row.source === entry.source)).toBe(true);
    }
  });

  it('writes model files whose every list item passes its schema', () => {
    const checks: [string, string, { parse: (value: unknown) => unknown }][] = [
      ['model/teams.yaml', 'teams', teamSchema],
      ['model/people.yaml', 'people', personSchema],
      ['model/services.yaml', 'domains', domainSchema],
      ['model/services.yaml', 'systems', systemSchema],
      ['model/services.yaml', 'services', serviceSchema],
      ['model/services.yaml', 'repositories', repositorySchema],
      ['model/dependencies.yaml', 'dependencies', dependencySchema],
    ];
    for (const [path, list, schema] of checks) {
      const items = readYaml(path)[list] ?? [];
      expect(items.length, `${path} ${list}`).toBeGreaterThan(0);
      for (const item of items) {
        expect(
          () => schema.parse(item),
          `${path} ${list} ${JSON.stringify(item).slice(0, 80)}`,
        ).not.toThrow();
        expect((item as { name: string }).name).toMatch(NAME_PATTERN);
      }
    }
  });

  it('writes every JSON Lines record so that it passes its record schema exactly', () => {
    for (const type of Object.keys(RECORD_SCHEMAS) as RecordType[]) {
      const rows = readRows(type);
      expect(rows.length, type).toBe(demo.summary.records[type]);
      for (const row of rows) {
        const result = RECORD_SCHEMAS[type].safeParse(row);
        expect(result.success, `${type} ${row.key}: ${result.error?.message}`).toBe(true);
      }
      expect(new Set(rows.map(recordId)).size, `${type} ids are unique`).toBe(rows.length);
    }
  });

  it('models about eight teams of all four types, using all three interaction modes', () => {
    const teams = readYaml('model/teams.yaml').teams as {
      type: string;
      interactions: { mode: string; since: string; until?: string }[];
    }[];
    expect(teams.length).toBe(demo.summary.teams);
    expect(new Set(teams.map((team) => team.type))).toEqual(new Set(TEAM_TYPES));
    const interactions = teams.flatMap((team) => team.interactions);
    expect(new Set(interactions.map((interaction) => interaction.mode))).toEqual(new Set(INTERACTION_MODES));
    expect(interactions.some((i) => i.mode === 'collaboration' && i.until !== undefined)).toBe(true);
  });

  it('keeps most teams within the recommended size for their type', () => {
    const teams = readYaml('model/teams.yaml').teams as {
      name: string;
      type: keyof typeof TEAM_SIZE_RANGES;
    }[];
    const people = readYaml('model/people.yaml').people as { teams: (string | { team: string })[] }[];
    const sizeOf = (team: string) =>
      people.filter((p) => p.teams.some((m) => (typeof m === 'string' ? m : m.team) === team)).length;
    const within = teams.filter((team) => {
      const [min, max] = TEAM_SIZE_RANGES[team.type];
      return sizeOf(team.name) >= min && sizeOf(team.name) <= max;
    });
    expect(within.length).toBeGreaterThanOrEqual(teams.length - 1);
    expect(people.filter((p) => p.teams.length === 2).length).toBeGreaterThanOrEqual(2);
  });

  it('produces record volumes of a year in a 60-person org', () => {
    const { records } = demo.summary;
    expect(demo.summary.people).toBeGreaterThanOrEqual(55);
    expect(records.commit).toBeGreaterThanOrEqual(15_000);
    expect(records.commit).toBeLessThanOrEqual(25_000);
    expect(records['pull-request']).toBeGreaterThanOrEqual(4_000);
    expect(records['pull-request']).toBeLessThanOrEqual(6_000);
    expect(records.deployment).toBeGreaterThanOrEqual(2_000);
    expect(records.deployment).toBeLessThanOrEqual(4_000);
    expect(records.incident).toBeGreaterThanOrEqual(100);
    expect(records.incident).toBeLessThanOrEqual(200);
    expect(records['work-item']).toBeGreaterThanOrEqual(3_000);
    expect(records['ci-run']).toBeGreaterThanOrEqual(20_000);
    expect(records['ci-run']).toBeLessThanOrEqual(45_000);
    expect(records.tag).toBeGreaterThanOrEqual(100);
    expect(records.tag).toBeLessThanOrEqual(600);
    expect(demo.files.reduce((total, file) => total + file.content.length, 0)).toBeLessThan(45_000_000);
  });

  it('dates nothing observed or declared as history after asOf', () => {
    const limit = Date.parse(`${AS_OF}T00:00:00Z`) + 86_400_000;
    const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
    const late: string[] = [];
    let checked = 0;
    for (const type of Object.keys(RECORD_SCHEMAS) as RecordType[]) {
      for (const row of readRows(type)) {
        // The one date that may lie ahead: when an active sprint is planned to end.
        const observed = type === 'sprint' && row.state === 'active' ? { ...row, endsAt: null } : row;
        const values = Object.values(observed).flatMap((value) =>
          Array.isArray(value)
            ? value.flatMap((item) => (typeof item === 'object' && item ? Object.values(item) : [item]))
            : [value],
        );
        for (const value of values) {
          if (typeof value !== 'string' || !instant.test(value)) continue;
          checked += 1;
          if (Date.parse(value) >= limit || value.slice(0, 10) > AS_OF)
            late.push(`${type} ${row.key} ${value}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(late).toEqual([]);
    const people = readYaml('model/people.yaml').people as { startDate: string }[];
    expect(people.every((person) => person.startDate <= AS_OF)).toBe(true);
    const teams = readYaml('model/teams.yaml').teams as {
      cognitiveLoad: { date: string }[];
      interactions: { since: string }[];
    }[];
    for (const team of teams) {
      expect(team.cognitiveLoad.every((load) => load.date <= AS_OF)).toBe(true);
      expect(team.interactions.every((interaction) => interaction.since <= AS_OF)).toBe(true);
    }
  });

  it('stamps commits with the offset of the author’s location, in working hours, committed after authored', () => {
    const people = readYaml('model/people.yaml').people as {
      location: string;
      identities: { git: string | string[] };
    }[];
    const zones: Record<string, string> = {
      'Berlin, Germany': 'Europe/Berlin',
      'Lisbon, Portugal': 'Europe/Lisbon',
      'Warsaw, Poland': 'Europe/Warsaw',
      'London, United Kingdom': 'Europe/London',
      'Toronto, Canada': 'America/Toronto',
    };
    const zoneByEmail = new Map(
      people.flatMap((p) =>
        [p.identities.git].flat().map((email) => [email, zones[p.location] ?? 'UTC'] as const),
      ),
    );
    const offsets = createOffsetLookup();
    const commits = readRows('commit');
    let weekend = 0;
    let office = 0;
    for (const commit of commits) {
      const authored = Date.parse(commit.authoredAt as string);
      expect(Date.parse(commit.committedAt as string)).toBeGreaterThanOrEqual(authored);
      const zone = zoneByEmail.get(commit.authorEmail as string);
      expect(zone, commit.authorEmail as string).toBeDefined();
      expect(commit.authorOffsetMinutes).toBe(offsets(zone ?? 'UTC', authored));
      const local = new Date(authored + (commit.authorOffsetMinutes as number) * 60_000);
      if (local.getUTCDay() === 0 || local.getUTCDay() === 6) weekend += 1;
      if (local.getUTCHours() >= 8 && local.getUTCHours() < 20) office += 1;
    }
    expect(weekend / commits.length).toBeLessThan(0.05);
    expect(office / commits.length).toBeGreaterThan(0.85);
  });

  it('lists the files of every commit, whose lines add up to the commit’s totals', () => {
    const commits = readRows('commit');
    const mismatched: string[] = [];
    const touches = new Map<string, number>();
    let renames = 0;
    let binaries = 0;
    for (const commit of commits) {
      const files = commit.files as {
        path: string;
        oldPath?: string;
        additions: number;
        deletions: number;
        binary?: boolean;
      }[];
      const additions = files.reduce((total, file) => total + file.additions, 0);
      const deletions = files.reduce((total, file) => total + file.deletions, 0);
      if (
        additions !== commit.additions ||
        deletions !== commit.deletions ||
        files.length !== commit.filesChanged
      )
        mismatched.push(commit.key);
      expect(new Set(files.map((file) => file.path)).size, commit.key).toBe(files.length);
      if ((commit.parents as string[]).length === 2) expect(files, commit.key).toEqual([]);
      for (const file of files) {
        touches.set(
          `${commit.repository}:${file.path}`,
          (touches.get(`${commit.repository}:${file.path}`) ?? 0) + 1,
        );
        if (file.oldPath) {
          renames += 1;
          expect(file.oldPath).not.toBe(file.path);
        }
        if (file.binary) {
          binaries += 1;
          expect([file.additions, file.deletions]).toEqual([0, 0]);
        }
      }
    }
    expect(mismatched).toEqual([]);
    const withFiles = commits.filter((commit) => (commit.files as unknown[]).length > 0);
    expect(withFiles.length / commits.length).toBeGreaterThan(0.85);
    // Occasional renames, rare binary files.
    expect(renames).toBeGreaterThan(100);
    expect(renames / touches.size).toBeLessThan(1);
    expect(binaries).toBeGreaterThan(10);
    expect(binaries / withFiles.length).toBeLessThan(0.01);
    // A small, stable layout per repository: the same files are touched again and again.
    const repositories = new Set(commits.map((commit) => commit.repository));
    expect(touches.size / repositories.size).toBeLessThan(150);
    const counts = [...touches.values()].sort((a, b) => a - b);
    expect(counts[counts.length >> 1]).toBeGreaterThanOrEqual(10);
    const paths = [...touches.keys()].map((key) => key.slice(key.indexOf(':') + 1));
    expect(paths.filter((path) => /(^|\/)tests?\/|\.test\.|Test\.java$/.test(path)).length).toBeGreaterThan(
      300,
    );
    expect(paths).toContain('README.md');
    expect(paths.filter((path) => /^src\/[a-z-]+\/[a-z]+\.tsx?$/.test(path)).length).toBeGreaterThan(300);
  });

  it('puts an attempt on every CI run, reports jobs for part of the runs and re-runs flaky test failures', () => {
    const runs = readRows('ci-run');
    expect(runs.every((run) => Number.isInteger(run.attempt) && (run.attempt as number) >= 1)).toBe(true);
    const jobs = runs.filter((run) => run.job !== undefined);
    const pipelineRuns = runs.filter((run) => run.job === undefined);
    expect(new Set(jobs.map((job) => job.job))).toEqual(new Set(['build', 'test', 'deploy']));
    const reporting = new Set(jobs.map((job) => job.run));
    const share = pipelineRuns.filter((run) => reporting.has(recordId(run))).length / pipelineRuns.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
    expect(jobs.filter((job) => job.job === 'deploy').every((job) => job.branch === 'main')).toBe(true);

    const retries = pipelineRuns.filter((run) => run.attempt === 2);
    const months = new Set(retries.map((run) => (run.startedAt as string).slice(0, 7)));
    expect(retries.length).toBeGreaterThanOrEqual(20);
    expect(retries.length).toBeLessThanOrEqual(120);
    expect(months.size).toBeGreaterThanOrEqual(10);
    const byId = new Map(runs.map((run) => [recordId(run), run]));
    for (const retry of retries) {
      expect(retry.result).toBe('success');
      const first = pipelineRuns.find(
        (run) =>
          run.attempt === 1 &&
          run.repository === retry.repository &&
          run.pipeline === retry.pipeline &&
          run.commitSha === retry.commitSha,
      );
      expect(first?.result, retry.key).toBe('failure');
      expect((first?.finishedAt as string) <= (retry.startedAt as string)).toBe(true);
      const failedJobs = jobs.filter(
        (job) => job.run === recordId(first ?? retry) && job.result === 'failure',
      );
      expect(failedJobs.map((job) => job.job)).toEqual(['test']);
      expect(jobs.filter((job) => job.run === recordId(retry)).every((job) => job.result === 'success')).toBe(
        true,
      );
      expect(byId.get(recordId(retry))).toBe(retry);
    }
  });

  it('puts work items in their teams’ two-week sprints and gives each a priority', () => {
    const items = readRows('work-item');
    const byType = new Map<string, string[]>();
    const sprintDays = new Map<string, string[]>();
    for (const item of items) {
      expect(['Highest', 'High', 'Medium', 'Low']).toContain(item.priority);
      byType.set(item.type as string, [...(byType.get(item.type as string) ?? []), item.priority as string]);
      const sprints = item.sprints as string[];
      const numbers = sprints.map((sprint) => {
        const match = /^([A-Z]+) sprint (\d+)$/.exec(sprint);
        expect(match?.[1], `${item.key} ${sprint}`).toBe(item.project);
        return Number(match?.[2]);
      });
      numbers.forEach((number, index) => {
        if (index > 0) expect(number).toBe((numbers[index - 1] ?? 0) + 1);
      });
      const transitions = item.transitions as { at: string; toCategory: string }[];
      const started = transitions.find((transition) => transition.toCategory === 'in-progress');
      if (started) {
        expect(sprints.length, item.key).toBeGreaterThan(0);
        const first = sprints[0] as string;
        sprintDays.set(first, [...(sprintDays.get(first) ?? []), started.at]);
      }
    }
    // Each sprint's items were started within two weeks of each other.
    for (const [sprint, days] of sprintDays) {
      const times = days.map((day) => Date.parse(day));
      expect(Math.max(...times) - Math.min(...times), sprint).toBeLessThan(14 * 86_400_000);
    }
    expect(new Set([...sprintDays.keys()].map((sprint) => sprint.split(' ')[0])).size).toBe(
      demo.summary.teams,
    );
    const urgent = (type: string) => {
      const list = byType.get(type) ?? [];
      return list.filter((priority) => priority === 'Highest' || priority === 'High').length / list.length;
    };
    expect(urgent('bug')).toBeGreaterThan(urgent('task'));
  });

  it('writes each board’s sprints, one active per board, covering every sprint its work items name', () => {
    const sprints = readRows('sprint');
    const byName = new Map(sprints.map((sprint) => [sprint.name as string, sprint]));
    for (const item of readRows('work-item')) {
      for (const name of item.sprints as string[]) {
        expect(byName.get(name)?.board, `${item.key} ${name}`).toBe(item.project);
      }
    }
    const active = sprints.filter((sprint) => sprint.state === 'active');
    expect(new Set(active.map((sprint) => sprint.board)).size).toBe(active.length);
    expect(active.length).toBe(demo.summary.teams);
    for (const sprint of active) {
      expect(Date.parse(sprint.startedAt as string)).toBeLessThanOrEqual(Date.parse(`${AS_OF}T23:59:59Z`));
      expect(Date.parse(sprint.endsAt as string)).toBeGreaterThan(Date.parse(`${AS_OF}T00:00:00Z`));
    }
    for (const sprint of sprints.filter((row) => row.state === 'closed')) {
      expect(sprint.completedAt).toBe(sprint.endsAt);
    }
  });
});
