import { afterEach, describe, expect, it } from 'vitest';
import { readDecisions } from './decisions.js';
import { adrText, buildReadContext, writeFolder } from './decisions.test-fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function read(files: Record<string, string>) {
  const folder = await writeFolder(files);
  cleanups.push(folder.remove);
  return readDecisions(buildReadContext(folder.root));
}

const accepted = (id: string, extra: Record<string, string> = {}) =>
  adrText({ id, title: `Decision ${id}`, status: 'accepted', date: '2026-05-01', ...extra });

describe('reading decisions/', () => {
  it('reads records with references in full form and the body kept by section with its lines', async () => {
    const result = await read({
      'decisions/ADR-0001-first.md': adrText({
        id: 'ADR-0001',
        title: 'First',
        status: 'superseded',
        date: '2026-06-01',
        supersededBy: 'ADR-0002',
        deciders: '[ada]',
        teams: '[checkout]',
        services: '[checkout-api]',
        okrs: '[O1.KR2]',
        tags: '[data]',
      }),
      'decisions/ADR-0002-second.md': accepted('ADR-0002', { date: '2026-06-01' }),
      'decisions/README.md': 'What this folder is for.\n',
    });
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual(['decisions/ADR-0001-first.md', 'decisions/ADR-0002-second.md']);
    const [first] = result.value.records;
    expect(first).toMatchObject({
      id: 'ADR-0001',
      slug: 'first',
      deciders: ['person:default/ada'],
      teams: ['team:default/checkout'],
      services: ['service:default/checkout-api'],
      okrs: ['O1.KR2'],
    });
    expect(first?.sections.map((section) => [section.heading, section.line])).toEqual([
      ['Context', 14],
      ['Decision', 18],
    ]);
  });

  it('reports an ADR superseded by a missing ADR at the supersededBy line', async () => {
    const result = await read({
      'decisions/ADR-0001-first.md': adrText({
        id: 'ADR-0001',
        title: 'First',
        status: 'superseded',
        date: '2026-06-01',
        supersededBy: 'ADR-0009',
      }),
    });
    expect(result.issues).toEqual([
      {
        file: 'decisions/ADR-0001-first.md',
        line: 6,
        column: 15,
        path: 'supersededBy',
        message: 'superseded by ADR-0009, which does not exist',
        found: 'ADR-0009',
        expected: 'the id of an ADR in decisions/',
      },
    ]);
    expect(result.value.records).toEqual([]);
  });

  it('reports an id that differs from the file name', async () => {
    const result = await read({ 'decisions/ADR-0003-third.md': accepted('ADR-0004') });
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'decisions/ADR-0003-third.md',
        line: 2,
        path: 'id',
        found: 'ADR-0004',
        expected: 'ADR-0003, as the file name ADR-0003-third.md says',
      }),
    ]);
  });

  it('reports a file in decisions/ not named as a record', async () => {
    const result = await read({ 'decisions/adr-3-third.md': accepted('ADR-0003') });
    expect(result.issues).toEqual([
      expect.objectContaining({ file: 'decisions/adr-3-third.md', line: 1, found: 'adr-3-third.md' }),
    ]);
  });

  it('reports an unknown status with the statuses allowed', async () => {
    const result = await read({ 'decisions/ADR-0001-a.md': accepted('ADR-0001', { status: 'approved' }) });
    expect(result.issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 9,
        path: 'status',
        found: '"approved"',
        expected: 'one of proposed, accepted, rejected, deprecated, superseded',
      }),
    ]);
  });

  it('reports every unknown person, team, service and OKR at its own position', async () => {
    const result = await read({
      'decisions/ADR-0001-a.md': accepted('ADR-0001', {
        deciders: '[ada, nobody]',
        teams: '[ghosts]',
        services: '[checkout-api, nowhere]',
        okrs: '[O7]',
      }),
    });
    expect(result.issues.map((issue) => [issue.path, issue.line, issue.found, issue.expected])).toEqual([
      ['deciders[1]', 6, 'person:default/nobody', 'a person declared in model/people.yaml'],
      ['teams[0]', 7, 'team:default/ghosts', 'a team declared in model/teams.yaml'],
      [
        'services[1]',
        8,
        'service:default/nowhere',
        'a service declared in model/services.yaml (or the Backstage catalog)',
      ],
      ['okrs[0]', 9, '"O7"', 'an objective or key-result id from okrs/*.yaml'],
    ]);
    expect(result.value.records).toEqual([]);
  });

  it('reports a second file with the same id', async () => {
    const result = await read({
      'decisions/ADR-0001-a.md': accepted('ADR-0001'),
      'decisions/ADR-0001-b.md': accepted('ADR-0001'),
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'decisions/ADR-0001-b.md',
        path: 'id',
        found: 'ADR-0001, also in decisions/ADR-0001-a.md',
      }),
    ]);
  });

  it('reports a superseded record without its successor, and a successor set on an accepted one', async () => {
    const result = await read({
      'decisions/ADR-0001-a.md': accepted('ADR-0001', { status: 'superseded' }),
      'decisions/ADR-0002-b.md': accepted('ADR-0002', { supersededBy: 'ADR-0001' }),
    });
    expect(result.issues.map((issue) => [issue.file, issue.path, issue.expected])).toEqual([
      ['decisions/ADR-0001-a.md', 'supersededBy', 'the id of the accepted ADR that supersedes this one'],
      ['decisions/ADR-0002-b.md', 'status', 'superseded, since supersededBy names ADR-0001'],
    ]);
  });

  it('reports a cycle of supersession at its lowest id', async () => {
    const result = await read({
      'decisions/ADR-0001-a.md': accepted('ADR-0001', { status: 'superseded', supersededBy: 'ADR-0002' }),
      'decisions/ADR-0002-b.md': accepted('ADR-0002', { status: 'superseded', supersededBy: 'ADR-0001' }),
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'decisions/ADR-0001-a.md',
        path: 'supersededBy',
        found: 'ADR-0001 → ADR-0002 → ADR-0001',
      }),
    ]);
  });

  it('reports a record without front matter', async () => {
    const result = await read({ 'decisions/ADR-0001-a.md': '# Just a heading\n' });
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 1, message: 'the decision record has no front matter' }),
    ]);
  });

  it('reads an absent folder as no records', async () => {
    expect(await read({})).toEqual({ value: { records: [] }, issues: [], files: [] });
  });
});
