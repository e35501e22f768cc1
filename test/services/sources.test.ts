/**
 * Declared sources run the same way from `sextant sync --source` and from the server's schedule, and the
 * server's health shows how each one fared.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import {
  findSource,
  matchWorkspaceRepository,
  runSource,
  scheduleSources,
} from '../../src/services/sources.service.js';
import { countRecords, queryRecords } from '../../src/store/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

let tmp: string;
let testStore: TestStore;
let context: AppContext;

function git(cwd: string, args: string[], date: string) {
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada Lovelace',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada Lovelace',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
    stdio: 'ignore',
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-sources-'));
  const repo = path.join(tmp, 'ws', 'repos', 'payments-api');
  await mkdir(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main'], '2026-03-02T09:00:00+01:00');
  await writeFile(path.join(repo, 'charge.ts'), 'export const charge = 1;\n');
  git(repo, ['add', '.'], '2026-03-02T09:00:00+01:00');
  git(repo, ['commit', '-q', '-m', 'Take payments'], '2026-03-02T09:00:00+01:00');
  git(repo, ['tag', '-a', 'v1.0.0', '-m', 'First release'], '2026-03-02T12:00:00+01:00');
  await writeFile(path.join(repo, 'refund.ts'), 'export const refund = 1;\n');
  git(repo, ['add', '.'], '2026-03-03T10:00:00+01:00');
  git(repo, ['commit', '-q', '-m', 'Refund payments'], '2026-03-03T10:00:00+01:00');

  const ws = path.join(tmp, 'ws');
  await mkdir(path.join(ws, 'model'));
  await writeFile(
    path.join(ws, 'sextant.yaml'),
    [
      'org: { name: Acme }',
      'sources:',
      '  - name: payments-git',
      '    type: git',
      '    path: repos/payments-api',
      '    repository: payments-api',
      '    service: payments',
      "    deployTags: 'v*'",
      '    every: 1h',
      '  - name: payments-github',
      '    type: github',
      '    repository: Acme/Payments-API',
    ].join('\n'),
  );
  await writeFile(
    path.join(ws, 'model', 'teams.yaml'),
    'teams:\n  - name: checkout\n    type: stream-aligned\n    mission: Take payments\n',
  );
  await writeFile(
    path.join(ws, 'model', 'services.yaml'),
    [
      'services:',
      '  - name: payments',
      '    owner: checkout',
      '    repositories: [payments-api]',
      'repositories:',
      '  - name: payments-api',
      '    url: https://github.com/acme/payments-api.git',
    ].join('\n'),
  );
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(ws), store: testStore.store };
});

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

describe('declared sources', () => {
  it('ingests a git source with its tag deployments, and a re-run reads nothing new', async () => {
    const counts = await runSource(context, findSource(context, 'payments-git'));
    expect(counts).toEqual({ commit: 2, tag: 1, deployment: 1, skipped: 0 });
    const [deployment] = await queryRecords(context.store, 'deployment');
    expect(deployment).toMatchObject({
      service: 'service:default/payments',
      method: 'tag',
      ref: 'v1.0.0',
      finishedAt: '2026-03-02T11:00:00.000Z',
    });
    expect(await runSource(context, findSource(context, 'payments-git'))).toMatchObject({ commit: 0 });
    expect((await countRecords(context.store)).commit).toBe(2);
  });

  it('maps a hosted repository to the workspace repository whose URL names it, ignoring case and .git', () => {
    expect(matchWorkspaceRepository(context, 'Acme/Payments-API')).toEqual({
      repository: 'payments-api',
      service: 'payments',
    });
    expect(matchWorkspaceRepository(context, 'acme/other')).toEqual({});
  });

  it('says which sources exist when asked for one that does not', () => {
    expect(() => findSource(context, 'jira')).toThrow(
      'No source named "jira" in sextant.yaml; declared: payments-git, payments-github',
    );
  });

  it('shows each scheduled source in the health endpoint once it has run', async () => {
    const scheduler = scheduleSources(context);
    try {
      const app = createApp(context);
      let health: { sources: { name: string; state: string; lastCounts: Record<string, number> | null }[] } =
        {
          sources: [],
        };
      for (let attempt = 0; attempt < 400; attempt += 1) {
        health = (await (await app.request('/api/health')).json()) as typeof health;
        if (health.sources.find((source) => source.name === 'payments-git')?.state === 'succeeded') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(health.sources.map((source) => [source.name, source.state])).toEqual([
        ['payments-git', 'succeeded'],
        ['payments-github', 'scheduled'],
      ]);
      // The refs have not moved since the runs above, so the scheduled run reads and writes nothing.
      expect(health.sources[0]?.lastCounts).toEqual({ commit: 0, tag: 0, deployment: 0, skipped: 0 });
    } finally {
      await scheduler.stop();
    }
  });
});
