/**
 * Adding a postmortem action item, over the HTTP API and through the MCP tool `add-action-item`, on a small
 * workspace: the item lands in the front matter of the postmortem's file, which still parses and keeps its
 * other fields, comments and body; the next read shows it; bad input changes nothing and names the field;
 * the viewer role is refused; every call is audited.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { LOCAL_OPERATOR, type Viewer } from '../../src/domain/privacy.js';
import { createApiToken, readAuditLog } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { showPostmortem } from '../../src/services/postmortems.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { parsePostmortem } from '../../src/workspace/postmortems.js';
import { connectMcp } from '../support/mcp.js';
import { openTestStore, type TestStore } from '../support/store.js';

const FILE = 'postmortems/2026-03-04-checkout.md';
const NAME = '2026-03-04-checkout';
const NOW = new Date('2026-03-10T12:00:00Z');

const PEOPLE = `people:
  - { name: dana-kim, displayName: Dana Kim, role: Engineer }
  - { name: lee-park, displayName: Lee Park, role: Engineering Manager }
`;

const POSTMORTEM = `---
incident: sextant:INC-7 # the outage of 4 March
title: "Checkout unavailable: 27 minutes"
status: published
authors: [dana-kim]
reviewers:
  - person: lee-park
    signOffs: [{ item: shared, at: 2026-03-07 }]
published: 2026-03-06
rootCause: The index build locked the orders table for writes.
actionItems:
  # the linter first: it would have caught the lock
  - id: AI-1
    title: Add a lint rule that rejects blocking index builds
    owner: lee-park
    due: 2026-03-20
    kind: systemic
---

## Timeline (UTC)

- 14:02 Checkout errors start.
`;

const ITEM = {
  title: 'Page the on-call engineer when checkout errors pass 2 %',
  owner: 'dana-kim',
  due: '2026-04-01',
  kind: 'systemic',
};

let tmp: string;
let dir: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-action-items-'));
  dir = path.join(tmp, 'ws');
  await mkdir(path.join(dir, 'model'), { recursive: true });
  await mkdir(path.join(dir, 'postmortems'), { recursive: true });
  await writeFile(path.join(dir, 'sextant.yaml'), 'version: 1\norg:\n  name: Acme\n');
  await writeFile(path.join(dir, 'model', 'people.yaml'), PEOPLE);
  testStore = await openTestStore('pglite');
  for (const role of ['viewer', 'manager'] as const)
    tokens[role] = (await createApiToken({ store: testStore.store }, { name: `ai-${role}`, role })).token;
}, 60_000);

beforeEach(async () => {
  await writeFile(path.join(dir, FILE), POSTMORTEM);
  context = { workspace: await loadWorkspace(dir), store: testStore.store };
  app = createApp(context);
});

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const readText = () => readFile(path.join(dir, FILE), 'utf8');

function parseFile(text: string) {
  const people = new Set(['person:default/dana-kim', 'person:default/lee-park']);
  const parsed = parsePostmortem(FILE, new TextEncoder().encode(text), people);
  if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
  return parsed.postmortem;
}

async function post(which: string, body: unknown, role = 'manager') {
  const response = await app.request(`/api/postmortems/${encodeURIComponent(which)}/action-items`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('POST /api/postmortems/:which/action-items', () => {
  it('adds the next item to the file, keeping every other field, comment and line of the body', async () => {
    const { status, body } = await post(NAME, ITEM);
    expect(status).toBe(201);
    expect(body).toEqual({
      postmortem: FILE,
      incident: 'sextant:INC-7',
      actionItem: { id: 'AI-2', ...ITEM, owner: 'person:default/dana-kim', status: 'open' },
      actionItems: 2,
    });
    const text = await readText();
    const postmortem = parseFile(text);
    expect(postmortem.actionItems.map((item) => [item.id, item.owner, item.due, item.status])).toEqual([
      ['AI-1', 'person:default/lee-park', '2026-03-20', 'open'],
      ['AI-2', 'person:default/dana-kim', '2026-04-01', 'open'],
    ]);
    expect(postmortem.title).toBe('Checkout unavailable: 27 minutes');
    expect(postmortem.reviewers).toEqual([
      { person: 'person:default/lee-park', signOffs: [{ item: 'shared', at: '2026-03-07' }] },
    ]);
    expect(text).toContain('incident: sextant:INC-7 # the outage of 4 March\n');
    expect(text).toContain('  # the linter first: it would have caught the lock\n  - id: AI-1\n');
    expect(text.endsWith('---\n\n## Timeline (UTC)\n\n- 14:02 Checkout errors start.\n')).toBe(true);
  });

  it('shows the item in the next read of the postmortem, by file or by incident id', async () => {
    await post('sextant:INC-7', { ...ITEM, kind: 'individual', id: 'AI-9' });
    const shown = await app.request(`/api/postmortems/${NAME}`, {
      headers: { authorization: `Bearer ${tokens.viewer}` },
    });
    const body = (await shown.json()) as { actionItems: { id: string; kind: string }[] };
    expect(body.actionItems.map((item) => [item.id, item.kind])).toEqual([
      ['AI-1', 'systemic'],
      ['AI-9', 'individual'],
    ]);
  });

  it('audits the write with its capability and outcome', async () => {
    await post(NAME, ITEM);
    const [entry] = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'ai-manager', limit: 1 });
    expect(entry).toMatchObject({
      capability: 'records.write',
      resource: `POST /api/postmortems/${NAME}/action-items`,
      outcome: 'allowed',
      detail: { status: 201 },
    });
  });

  it('refuses the viewer role with 403 not_allowed, writes nothing and audits the refusal', async () => {
    const { status, body } = await post(NAME, ITEM, 'viewer');
    expect(status).toBe(403);
    expect(body.error.code).toBe('not_allowed');
    expect(body.error.message).toContain('records.write');
    expect(await readText()).toBe(POSTMORTEM);
    const [entry] = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'ai-viewer', limit: 1 });
    expect(entry).toMatchObject({ capability: 'records.write', outcome: 'refused' });
  });

  it('refuses an undeclared owner, a malformed due day and a missing kind with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ITEM, owner: 'nobody' }, 'owner'],
      [{ ...ITEM, due: '01/04/2026' }, 'due'],
      [{ ...ITEM, due: '2026-02-30' }, 'due'],
      [{ title: ITEM.title, owner: ITEM.owner, due: ITEM.due }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const answer = await post(NAME, body);
      expect(answer.status, field).toBe(400);
      expect(
        answer.body.error.issues.map((issue: { path: string }) => issue.path),
        field,
      ).toContain(field);
    }
    expect(await readText()).toBe(POSTMORTEM);
  });

  it('answers 404 for an unknown postmortem and 409 for an id the postmortem uses already', async () => {
    const missing = await post('2026-01-01-nothing', ITEM);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('No postmortem "2026-01-01-nothing"');
    const taken = await post(NAME, { ...ITEM, id: 'AI-1' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('has an action item AI-1 already');
    expect(await readText()).toBe(POSTMORTEM);
  });
});

describe('the MCP tool add-action-item', () => {
  const MANAGER: Viewer = { role: 'manager', actor: 'mcp action manager' };
  const VIEWER: Viewer = { role: 'viewer', actor: 'mcp action viewer' };

  it('adds the item, shows it in the next read and audits the call as mcp add-action-item', async () => {
    const manager = await connectMcp(context, MANAGER);
    try {
      const added = await manager.callJson<{ actionItem: { id: string } }>('add-action-item', {
        postmortem: 'sextant:INC-7',
        ...ITEM,
      });
      expect(added.actionItem.id).toBe('AI-2');
    } finally {
      await manager.close();
    }
    expect(parseFile(await readText()).actionItems.map((item) => item.id)).toEqual(['AI-1', 'AI-2']);
    const shown = await showPostmortem(context, NAME, NOW);
    expect(shown.actionItems.map((item) => item.id)).toEqual(['AI-1', 'AI-2']);
    const [entry] = await readAuditLog(context, LOCAL_OPERATOR, { actor: MANAGER.actor, limit: 1 });
    expect(entry).toMatchObject({
      resource: 'mcp add-action-item',
      capability: 'records.write',
      outcome: 'allowed',
      detail: { postmortem: 'sextant:INC-7', owner: 'dana-kim', due: '2026-04-01', kind: 'systemic' },
    });
  });

  it('refuses the viewer role as not_allowed, writes nothing and audits the refusal', async () => {
    const viewer = await connectMcp(context, VIEWER);
    try {
      const answer = await viewer.call('add-action-item', { postmortem: NAME, ...ITEM });
      expect(answer.isError).toBe(true);
      expect(answer.texts[0]).toMatch(/^not_allowed: .*"viewer".*records\.write.*manager, leader, admin/);
    } finally {
      await viewer.close();
    }
    expect(await readText()).toBe(POSTMORTEM);
    const [entry] = await readAuditLog(context, LOCAL_OPERATOR, { actor: VIEWER.actor, limit: 1 });
    expect(entry).toMatchObject({ resource: 'mcp add-action-item', outcome: 'refused' });
  });

  it('answers an unknown owner with an invalid_input error naming the field', async () => {
    const manager = await connectMcp(context, MANAGER);
    try {
      const answer = await manager.call('add-action-item', { postmortem: NAME, ...ITEM, owner: 'nobody' });
      expect(answer.isError).toBe(true);
      expect(answer.texts[0]).toMatch(/^invalid_input: Unknown owner[\s\S]*owner/);
    } finally {
      await manager.close();
    }
    expect(await readText()).toBe(POSTMORTEM);
  });
});
