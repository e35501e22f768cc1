/**
 * The postmortem and incident-metrics commands end to end: a small workspace whose incidents come in
 * through `sextant sync`, then each command with --json (data on stdout) and its exit code.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;

const INCIDENTS = [
  {
    key: 'INC-7',
    severity: 'SEV-2',
    startedAt: '2026-03-05T14:00:00Z',
    acknowledgedAt: '2026-03-05T14:06:00Z',
    resolvedAt: '2026-03-05T15:00:00Z',
    commander: 'PDANA',
  },
  {
    key: 'INC-8',
    severity: 'SEV-1',
    startedAt: '2026-03-12T09:00:00Z',
    acknowledgedAt: '2026-03-12T09:02:00Z',
    resolvedAt: '2026-03-12T10:30:00Z',
    commander: 'PDANA',
  },
].map((incident) => ({
  source: 'sextant',
  title: `Checkout incident ${incident.key}`,
  status: 'resolved',
  service: 'checkout',
  ...incident,
}));

const postmortem = (incident: string, due: string) => `---
incident: ${incident}
title: Checkout unavailable
status: published
authors: [dana-kim]
published: 2026-03-08
actionItems:
  - id: AI-1
    title: Add a lint rule that rejects blocking index builds
    owner: lee-park
    due: ${due}
    kind: systemic
---

## Timeline

- 14:00 Errors start.
- 14:06 Page acknowledged.
- 15:00 Resolved.
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-postmortems-cli-'));
  await mkdir(path.join(dir, 'model'));
  await mkdir(path.join(dir, 'postmortems'));
  await mkdir(path.join(dir, 'data'));
  await writeFile(
    path.join(dir, 'sextant.yaml'),
    'version: 1\norg:\n  name: Acme\nimports:\n  - path: data/incidents.jsonl\n    type: incident\n',
  );
  await writeFile(
    path.join(dir, 'model', 'people.yaml'),
    'people:\n  - name: dana-kim\n    displayName: Dana Kim\n    role: Engineer\n    identities:\n      pagerduty: PDANA\n  - name: lee-park\n    displayName: Lee Park\n    role: Manager\n',
  );
  await writeFile(
    path.join(dir, 'model', 'teams.yaml'),
    'teams:\n  - name: shop\n    type: stream-aligned\n    mission: Sell.\n    services: [checkout]\n',
  );
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    'services:\n  - name: checkout\n    owner: shop\n    tier: 1\n',
  );
  await writeFile(
    path.join(dir, 'data', 'incidents.jsonl'),
    `${INCIDENTS.map((row) => JSON.stringify(row)).join('\n')}\n`,
  );
  await writeFile(path.join(dir, 'postmortems', 'inc-7.md'), postmortem('sextant:INC-7', '2026-03-20'));
  const sync = await runCli(['-w', dir, 'sync']);
  if (sync.code !== 0) throw new Error(sync.stderr);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `sextant` on the test workspace. */
const runInWorkspace = (...args: string[]) => runCli(['-w', dir, ...args]);

/** `postmortems actions --overdue` for one owner, as JSON. */
const overdueActionsOf = (owner: string) =>
  runInWorkspace('postmortems', 'actions', '--overdue', '--owner', owner, '--json');

/** `metrics incidents` for March 2026. */
const marchIncidentMetrics = (...args: string[]) =>
  runInWorkspace('metrics', 'incidents', '--from', '2026-03-01', '--to', '2026-03-31', ...args);

describe('sextant postmortems', () => {
  it('lists postmortems as JSON with their incident and score', async () => {
    const result = await runInWorkspace('postmortems', 'list', '--json');
    expect(result.code).toBe(0);
    const [entry] = JSON.parse(result.stdout);
    expect(entry).toMatchObject({
      file: 'postmortems/inc-7.md',
      incidentRecord: { id: 'sextant:INC-7', severity: 'SEV-2' },
      actionItems: { total: 1, open: 1, overdue: 1 },
    });
    expect(entry.score.total).toBe(10);
  });

  it('lists the overdue action item of one owner, and none of another', async () => {
    const lee = await overdueActionsOf('lee-park');
    expect(lee.code).toBe(0);
    expect(JSON.parse(lee.stdout).map((row: { id: string; due: string }) => [row.id, row.due])).toEqual([
      ['AI-1', '2026-03-20'],
    ]);
    const dana = await overdueActionsOf('dana-kim');
    expect(JSON.parse(dana.stdout)).toEqual([]);
  });

  it('fails the check with exit code 1 when a postmortem reviews an incident the database lacks', async () => {
    await writeFile(path.join(dir, 'postmortems', 'inc-99.md'), postmortem('sextant:INC-99', '2026-04-01'));
    try {
      const result = await runInWorkspace('postmortems', 'check');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('postmortems/inc-99.md:2 field incident: unknown incident');
      expect(result.stderr).toContain('found sextant:INC-99');
      expect(result.stdout).toContain('postmortems/inc-7.md');
    } finally {
      await rm(path.join(dir, 'postmortems', 'inc-99.md'));
    }
  });
});

describe('sextant validate and the incidents postmortems review', () => {
  it('passes with --incidents when every postmortem reviews an incident the database holds', async () => {
    const result = await runInWorkspace('validate', '--incidents', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      postmortems: 1,
      incidents: { checked: true, incidents: 2 },
    });
  });

  it('leaves the database alone without --incidents, so an unknown incident does not fail the files', async () => {
    await writeFile(path.join(dir, 'postmortems', 'inc-99.md'), postmortem('sextant:INC-99', '2026-04-01'));
    try {
      const result = await runInWorkspace('validate', '--json');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ postmortems: 2, incidents: { checked: false } });
    } finally {
      await rm(path.join(dir, 'postmortems', 'inc-99.md'));
    }
  });

  it('fails with --incidents at the line of the incident field of a postmortem whose incident the database lacks', async () => {
    await writeFile(path.join(dir, 'postmortems', 'inc-99.md'), postmortem('sextant:INC-99', '2026-04-01'));
    try {
      const result = await runInWorkspace('validate', '--incidents');
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        'postmortems/inc-99.md:2 field incident: unknown incident (found sextant:INC-99, expected the id (source:key) of one of the 2 incidents in the database, e.g. sextant:INC-',
      );
      expect(result.stderr).not.toContain('inc-7.md');
    } finally {
      await rm(path.join(dir, 'postmortems', 'inc-99.md'));
    }
  });
});

describe('sextant metrics incidents', () => {
  it('prints the incident metrics for a window as JSON', async () => {
    const result = await marchIncidentMetrics('--json');
    expect(result.code).toBe(0);
    const { results, window } = JSON.parse(result.stdout);
    expect(window).toMatchObject({ firstDay: '2026-03-01', lastDay: '2026-03-31' });
    expect(results.timeToAcknowledge['SEV-2']).toMatchObject({ kind: 'value', median: 360, n: 1 });
    expect(results.timeToResolve['SEV-1']).toMatchObject({ kind: 'value', median: 5400 });
    // INC-7's postmortem came on 8 March, three days after resolution; INC-8 has none and was due 17 March.
    expect(results.postmortemCompletion).toMatchObject({ kind: 'value', numerator: 1, denominator: 2 });
    expect(results.maturity.kind).toBe('value');
  });

  it('prints a readable table without --json', async () => {
    const result = await marchIncidentMetrics();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('postmortems on time (SEV-1/2)    50.0% (1 of 2)');
  });
});
