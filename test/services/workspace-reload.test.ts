/**
 * A long-running process keeps its workspace current: a key result checked in from the command line, a team
 * added to the model, shows in the API without a restart; a broken edit is logged and the workspace loaded
 * before stays in use; files that are not the workspace's are not watched.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { WorkspaceError } from '../../src/domain/errors.js';
import type { AppContext } from '../../src/services/context.js';
import { checkInKeyResult } from '../../src/services/okrs.service.js';
import {
  isWorkspaceFile,
  type WorkspaceWatcher,
  watchWorkspace,
} from '../../src/services/workspace-reload.js';
import { listTeams } from '../../src/store/index.js';
import { useSyncedDemo } from '../support/synced-demo.js';

interface Outcome {
  changed: string[];
  error?: Error;
}

describe('a watched workspace', () => {
  const demo = useSyncedDemo('sextant-workspace-reload-');
  let context: AppContext;
  let watcher: WorkspaceWatcher;
  const logged: string[] = [];
  const outcomes: Outcome[] = [];
  let waiting: ((outcome: Outcome) => void) | undefined;

  /** The outcome of the next reload, after `change` runs. */
  async function reloadAfter(change: () => Promise<unknown>): Promise<Outcome> {
    const next = new Promise<Outcome>((resolve) => {
      waiting = resolve;
    });
    await change();
    return Promise.race([
      next,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no reload within 20 s')), 20_000)),
    ]);
  }

  beforeAll(async () => {
    context = { ...demo.context };
    watcher = watchWorkspace(context, {
      log: (line) => logged.push(line),
      quietMs: 100,
      onReload: (outcome) => {
        outcomes.push(outcome);
        waiting?.(outcome);
        waiting = undefined;
      },
    });
    await watcher.ready;
  });

  afterAll(async () => {
    await watcher?.stop();
  });

  it('serves a key result checked in from the command line without a restart', async () => {
    const app = createApp(context);
    type Okr = { keyResult: { current: { value: number } | null } };
    const read = async () => ((await (await app.request('/api/okrs/kr-ck-errors')).json()) as Okr).keyResult;
    expect((await read()).current?.value).not.toBe(2.7);
    const outcome = await reloadAfter(() =>
      checkInKeyResult(demo.dir, 'kr-ck-errors', { value: 2.7, date: '2026-11-23' }, new Date()),
    );
    expect([outcome.changed, outcome.error]).toEqual([['okrs/2026-Q4.yaml'], undefined]);
    expect((await read()).current?.value).toBe(2.7);
    expect(logged.at(-1)).toMatch(
      /^Reloaded the workspace in \d+\.\d s after changes to okrs\/2026-Q4\.yaml$/,
    );
  });

  it('mirrors a team added to the model in the store', async () => {
    const teams = path.join(demo.dir, 'model', 'teams.yaml');
    const outcome = await reloadAfter(() =>
      appendFile(
        teams,
        '\n  - name: lighthouse\n    title: Lighthouse\n    type: enabling\n    mission: Teams learn the new build tools.\n',
      ),
    );
    expect(outcome.error).toBeUndefined();
    expect((await listTeams(context.store)).map((team) => team.ref)).toContain('team:default/lighthouse');
    const answer = (await (await createApp(context).request('/api/teams?limit=1000')).json()) as {
      items: { ref: string }[];
    };
    expect(answer.items.map((team) => team.ref)).toContain('team:default/lighthouse');
  });

  it('keeps the workspace it had when an edit breaks a file, and logs where', async () => {
    const before = context.workspace;
    const file = path.join(demo.dir, 'model', 'services.yaml');
    const original = await readFile(file, 'utf8');
    const outcome = await reloadAfter(() => writeFile(file, `${original}\n  - name: [unclosed\n`));
    expect(outcome.error).toBeInstanceOf(WorkspaceError);
    expect(context.workspace).toBe(before);
    expect(logged.at(-1)).toMatch(/^The workspace changed \(model\/services\.yaml\) but is not valid/);
    expect(logged.at(-1)).toMatch(/model\/services\.yaml:\d+/);
    const mended = await reloadAfter(() => writeFile(file, original));
    expect([mended.changed, mended.error]).toEqual([['model/services.yaml'], undefined]);
    expect(context.workspace).not.toBe(before);
  });

  it('keeps the workspace it had when an edit breaks a register, which is read only on demand otherwise', async () => {
    const before = context.workspace;
    const file = path.join(demo.dir, 'registers', 'risks.yaml');
    const original = await readFile(file, 'utf8');
    const outcome = await reloadAfter(() =>
      writeFile(file, original.replace(/likelihood: \d/, 'likelihood: 9')),
    );
    expect(outcome.error).toBeInstanceOf(WorkspaceError);
    expect(outcome.error?.message).toMatch(/registers\/risks\.yaml:\d+/);
    expect(context.workspace).toBe(before);
    const risks = await createApp(context).request('/api/risks');
    expect(risks.status).toBe(200);
    await reloadAfter(() => writeFile(file, original));
  });

  it('does not reload for files that are not the workspace, nor watch inside dot-folders', async () => {
    const reloads = outcomes.length;
    await mkdir(path.join(demo.dir, '.sextant', 'scratch'), { recursive: true });
    await writeFile(path.join(demo.dir, '.sextant', 'scratch', 'notes.yaml'), 'a: 1\n');
    await writeFile(path.join(demo.dir, 'notes.txt'), 'not part of the workspace\n');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(outcomes.length).toBe(reloads);
    const watched = watcher.watchedFolders();
    expect(watched).toEqual(expect.arrayContaining(['', 'model', 'okrs', 'registers']));
    expect(watched.filter((folder) => folder.split(path.sep).some((part) => part.startsWith('.')))).toEqual(
      [],
    );
    expect(isWorkspaceFile(demo.dir, path.join(demo.dir, 'registers', 'risks.yaml'))).toBe(true);
    expect(isWorkspaceFile(demo.dir, path.join(demo.dir, 'postmortems', 'inc-1.md'))).toBe(true);
    expect(isWorkspaceFile(demo.dir, path.join(demo.dir, '.git', 'config.yaml'))).toBe(false);
    expect(isWorkspaceFile(demo.dir, path.join(demo.dir, '..', 'elsewhere.yaml'))).toBe(false);
  });
});
