/**
 * Postmortems in the workspace loader and `sextant validate`: a valid file is read with its people
 * resolved; a broken one is reported at the Markdown file's own line and column, with the field, what
 * was found and what was expected; nothing of a broken set of postmortems is returned. Postmortems are
 * read when first asked for, except by validate, which reports them with the model's problems.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../src/domain/errors.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { runCli } from '../support/cli.js';

let tmp: string;

const PEOPLE = `people:
  - name: dana-kim
    displayName: Dana Kim
    role: Engineer
  - name: lee-park
    displayName: Lee Park
    role: Engineering Manager
`;

const GOOD = `---
incident: sextant:INC-7
title: Checkout unavailable
status: published
authors: [dana-kim]
reviewers:
  - person: person:default/lee-park
    signOffs:
      - item: shared
        at: 2026-03-07
published: 2026-03-06
actionItems:
  - id: AI-1
    title: Add a lint rule that rejects blocking index builds
    owner: lee-park
    due: 2026-03-20
    kind: systemic
---

## Timeline
`;

async function makeWorkspace(name: string, postmortems: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(path.join(dir, 'model'), { recursive: true });
  await mkdir(path.join(dir, 'postmortems'), { recursive: true });
  await writeFile(path.join(dir, 'sextant.yaml'), 'version: 1\norg:\n  name: Acme\n');
  await writeFile(path.join(dir, 'model', 'people.yaml'), PEOPLE);
  for (const [file, text] of Object.entries(postmortems)) {
    await writeFile(path.join(dir, 'postmortems', file), text);
  }
  return dir;
}

/** The issues of the error reading the postmortems of the workspace at `dir` raises. */
async function loadIssues(dir: string) {
  const error = await loadWorkspace(dir)
    .then((workspace) => workspace.postmortems())
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  if (!(error instanceof WorkspaceError)) throw new Error('expected a WorkspaceError');
  return error.issues;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-postmortems-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('loading postmortems', () => {
  it('reads a postmortem with its people references in full form and its body lines numbered', async () => {
    const dir = await makeWorkspace('good', { 'inc-7.md': GOOD });
    const workspace = await loadWorkspace(dir);
    const [postmortem] = await workspace.postmortems();
    expect(postmortem).toMatchObject({
      incident: 'sextant:INC-7',
      authors: ['person:default/dana-kim'],
      reviewers: [{ person: 'person:default/lee-park', signOffs: [{ item: 'shared', at: '2026-03-07' }] }],
      actionItems: [{ id: 'AI-1', owner: 'person:default/lee-park', status: 'open', kind: 'systemic' }],
      lines: { incident: 2, actionItems: [13] },
    });
    expect(postmortem?.sections).toEqual([
      { heading: 'Timeline', line: 20, lines: [{ line: 21, text: '' }] },
    ]);
  });

  it('reports a YAML syntax error at the line and column it has in the Markdown file', async () => {
    const broken = GOOD.replace('title: Checkout unavailable', 'title: [Checkout unavailable');
    const issues = await loadIssues(await makeWorkspace('syntax', { 'inc-7.md': broken }));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ file: 'postmortems/inc-7.md', expected: 'valid YAML' });
    expect(issues[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('names the field, what was found and what was expected for a wrong value', async () => {
    const wrong = GOOD.replace('status: published', 'status: finished').replace(
      'kind: systemic',
      'kind: someday',
    );
    const issues = await loadIssues(await makeWorkspace('values', { 'inc-7.md': wrong }));
    expect(issues).toEqual([
      {
        file: 'postmortems/inc-7.md',
        line: 4,
        column: 9,
        path: 'status',
        message: 'value not allowed',
        found: '"finished"',
        expected: 'one of draft, in-review, published',
      },
      {
        file: 'postmortems/inc-7.md',
        line: 17,
        column: 11,
        path: 'actionItems[0].kind',
        message: 'value not allowed',
        found: '"someday"',
        expected: 'one of systemic, individual',
      },
    ]);
  });

  it('requires a published date once published, and a closed date for a done item', async () => {
    const text = GOOD.replace('published: 2026-03-06\n', '').replace(
      'kind: systemic',
      'status: done\n    kind: systemic',
    );
    const issues = await loadIssues(await makeWorkspace('rules', { 'inc-7.md': text }));
    expect(issues.map((issue) => [issue.path, issue.expected])).toEqual([
      ['published', 'a published date for a published postmortem'],
      ['actionItems[0].closed', 'a closed date for a done item'],
    ]);
  });

  it('reports an unknown person at its reference, and a file without front matter at line 1', async () => {
    const unknown = GOOD.replace('owner: lee-park', 'owner: sam-lowe');
    const issues = await loadIssues(
      await makeWorkspace('refs', { 'a.md': unknown, 'b.md': '# Notes\n\nNo front matter here.\n' }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'postmortems/a.md',
        line: 15,
        path: 'actionItems[0].owner',
        message: 'unknown person "sam-lowe"',
        found: 'person:default/sam-lowe',
      }),
      expect.objectContaining({ file: 'postmortems/b.md', line: 1, found: '"# Notes"' }),
    ]);
  });

  it('rejects a second postmortem of the same incident', async () => {
    const issues = await loadIssues(await makeWorkspace('twice', { 'a.md': GOOD, 'b.md': GOOD }));
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'postmortems/b.md',
        line: 2,
        message: 'another postmortem already reviews this incident',
      }),
    ]);
  });
});

describe('reading postmortems when first asked for', () => {
  it('loads a workspace with a broken postmortem, and fails only when the postmortems are asked for', async () => {
    const dir = await makeWorkspace('lazy', {
      'inc-7.md': GOOD.replace('status: published', 'status: done'),
    });
    const workspace = await loadWorkspace(dir);
    expect(workspace.model.people).toHaveLength(2);
    expect(workspace.files).not.toContain('postmortems/inc-7.md');
    await expect(workspace.postmortems()).rejects.toThrow('postmortems/inc-7.md:4:9 field status');
  });

  it('reads the postmortems once however many callers ask', async () => {
    const dir = await makeWorkspace('once', { 'inc-7.md': GOOD });
    const workspace = await loadWorkspace(dir);
    const [first, second] = await Promise.all([workspace.postmortems(), workspace.postmortems()]);
    await rm(path.join(dir, 'postmortems', 'inc-7.md'));
    const third = await workspace.postmortems();
    expect(first).toHaveLength(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('reports postmortem problems in the one error with the model problems when read up front', async () => {
    const dir = await makeWorkspace('up-front', {
      'inc-7.md': GOOD.replace('status: published', 'status: done'),
    });
    await writeFile(path.join(dir, 'model', 'teams.yaml'), 'teams:\n  - name: shop\n    type: shopping\n');
    const error = await loadWorkspace(dir, { postmortems: 'up-front' }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof WorkspaceError)) throw new Error('expected a WorkspaceError');
    expect([...new Set(error.issues.map((issue) => issue.file))]).toEqual([
      'model/teams.yaml',
      'postmortems/inc-7.md',
    ]);
  });
});

describe('sextant validate with postmortems', () => {
  it('counts postmortem files among the files it checked', async () => {
    const dir = await makeWorkspace('cli-good', { 'inc-7.md': GOOD });
    const result = await runCli(['-w', dir, 'validate', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.files).toContain('postmortems/inc-7.md');
    expect(summary.postmortems).toBe(1);
  });

  it('says with --incidents that the incidents were not looked up when the workspace has no database yet, and passes', async () => {
    const dir = await makeWorkspace('cli-no-database', { 'inc-7.md': GOOD });
    const result = await runCli(['-w', dir, 'validate', '--incidents']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/, 1 postmortem\n$/);
    expect(result.stderr).toContain('not looked up: no database yet');
  });

  it('fails with the file and line of a broken postmortem', async () => {
    const dir = await makeWorkspace('cli-bad', {
      'inc-7.md': GOOD.replace('incident: sextant:INC-7', 'incident: INC 7'),
    });
    const result = await runCli(['-w', dir, 'validate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('postmortems/inc-7.md:2');
    expect(result.stderr).toContain('incident');
  });
});
