/**
 * The MCP server's read tools, resources and prompt through the SDK's client, in process, on the synced
 * demo: each tool answers what its service answers, under the caller's role.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/privacy.js';
import { hasCapability } from '../../src/domain/privacy.js';
import { MAX_RECORDS } from '../../src/mcp/present.js';
import { listFindings, runAdvisor } from '../../src/services/findings.service.js';
import { listIncidents } from '../../src/services/incidents.service.js';
import { type KpiScorecard, readKpiScorecard } from '../../src/services/kpis.service.js';
import { computeOverview } from '../../src/services/metrics.service.js';
import { showOkr } from '../../src/services/okrs.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { connectMcp, type McpConnection } from '../support/mcp.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const AS_OF = '2026-11-23';
const WINDOW = { from: '2026-08-31', to: '2026-11-22' };
const ADMIN: Viewer = { role: 'admin', actor: 'mcp reads admin' };
const VIEWER: Viewer = { role: 'viewer', actor: 'mcp reads viewer' };

const TOOLS = [
  'acknowledge-finding',
  'add-action-item',
  'build-report',
  'explain-metric',
  'get-finding',
  'get-incident',
  'get-kpi',
  'get-kpi-scorecard',
  'get-metric-report',
  'get-metrics-overview',
  'get-okr',
  'get-onboarding-plan',
  'get-risk',
  'get-survey-results',
  'get-team',
  'list-dependencies',
  'list-findings',
  'list-incidents',
  'list-metrics',
  'list-okrs',
  'list-onboarding-plans',
  'list-report-kinds',
  'list-risks',
  'list-teams',
  'open-incident',
  'record-incident-update',
  'update-key-result',
];
const WRITES = [
  'acknowledge-finding',
  'add-action-item',
  'open-incident',
  'record-incident-update',
  'update-key-result',
];

/** The text of a prompt's first message. */
const promptText = (prompt: { messages: { content: unknown }[] }) =>
  (prompt.messages[0]?.content as { text?: string } | undefined)?.text ?? '';

/** What a service returns, as it reads after a trip through JSON. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the MCP read tools on the synced demo', () => {
  const demo = useSyncedDemo('sextant-mcp-reads-');
  let admin: McpConnection;
  let viewer: McpConnection;

  beforeAll(async () => {
    await runAdvisor(demo.context, { asOf: AS_OF }, new Date('2026-11-24T06:00:00Z'));
    admin = await connectMcp(demo.context, ADMIN);
    viewer = await connectMcp(demo.context, VIEWER);
  }, 600_000);

  afterAll(async () => {
    await admin?.close();
    await viewer?.close();
  });

  it('lists every tool under a verb-noun name, the writes marked as such', async () => {
    const { tools } = await admin.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS);
    for (const tool of tools) {
      expect(tool.name).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(!WRITES.includes(tool.name));
    }
    const open = tools.find((tool) => tool.name === 'open-incident');
    expect(open?.inputSchema.required).toEqual(['severity', 'title']);
  });

  it('gives the KPI scorecard card for card as readKpiScorecard gives it', async () => {
    const answer = await admin.callJson<KpiScorecard>('get-kpi-scorecard', { asOf: AS_OF });
    const expected = await readKpiScorecard(demo.context, ADMIN, { asOf: AS_OF });
    expect(answer.kpis).toHaveLength(40);
    expect(answer.kpis).toEqual(asJson(expected.kpis));
    expect(answer.counts).toEqual(expected.counts);
  }, 600_000);

  it('withholds the people KPIs from the viewer role and shows them to an administrator', async () => {
    const people = (scorecard: KpiScorecard) =>
      scorecard.kpis.filter((card) => card.id.startsWith('people.'));
    const hidden = people(await viewer.callJson<KpiScorecard>('get-kpi-scorecard', { asOf: AS_OF }));
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    for (const card of hidden) {
      expect(card, card.id).toMatchObject({ status: 'withheld', value: null });
      expect(
        card.trend.every((point) => point.value === null),
        card.id,
      ).toBe(true);
    }
    const one = await viewer.callJson('get-kpi', { id: 'people.time-to-fill', asOf: AS_OF });
    expect(one).toMatchObject({
      status: 'withheld',
      value: null,
      withheldReason: expect.stringMatching(/hiring/),
    });
    const shown = people(await admin.callJson<KpiScorecard>('get-kpi-scorecard', { asOf: AS_OF }));
    expect(shown.filter((card) => card.status === 'withheld')).toEqual([]);
    expect(shown.some((card) => card.value !== null)).toBe(true);
  }, 300_000);

  it('answers an unknown KPI with a tool error that lists the ids there are', async () => {
    const answer = await admin.call('get-kpi', { id: 'delivery.happiness' });
    expect(answer.isError).toBe(true);
    expect(answer.texts[0]).toMatch(/^not_found: No KPI delivery\.happiness; the KPIs are: .*delivery\./);
  });

  it('refuses a malformed argument before it runs, naming the field', async () => {
    const answer = await admin.call('list-incidents', { severity: 'SEV-9' });
    expect(answer.isError).toBe(true);
    expect(answer.texts[0]).toMatch(/expected one of SEV-1, SEV-2, SEV-3, SEV-4 at severity/);
  });

  it('lists the findings each role may see: people findings only to roles with their capability', async () => {
    const forAdmin = await admin.callJson<{ total: number; items: { id: string; capability?: string }[] }>(
      'list-findings',
    );
    const forViewer = await viewer.callJson<{ total: number; items: { id: string; capability?: string }[] }>(
      'list-findings',
    );
    expect(forAdmin.items.map((finding) => finding.id)).toEqual(
      (await listFindings(demo.context, ADMIN)).map((finding) => finding.id),
    );
    expect(forViewer.items.map((finding) => finding.id)).toEqual(
      (await listFindings(demo.context, VIEWER)).map((finding) => finding.id),
    );
    const aboutPeople = forAdmin.items.filter((finding) => finding.capability !== undefined);
    expect(aboutPeople.length).toBeGreaterThan(0);
    expect(forViewer.total).toBeLessThan(forAdmin.total);
    for (const finding of forViewer.items) {
      if (finding.capability)
        expect(hasCapability('viewer', finding.capability as 'surveys.results')).toBe(true);
    }
  });

  it('gives one finding in full, and filters by severity', async () => {
    const high = await admin.callJson<{ items: { id: string; severity: string }[] }>('list-findings', {
      severity: 'high',
    });
    expect(high.items.length).toBeGreaterThan(0);
    expect(high.items.every((finding) => finding.severity === 'high')).toBe(true);
    const first = high.items[0] as { id: string };
    const finding = await admin.callJson('get-finding', { id: first.id });
    expect(finding).toMatchObject({ id: first.id, severity: 'high' });
    const evidence = finding.evidence as { figures: unknown[]; records: string[] };
    expect(evidence.figures.length + evidence.records.length).toBeGreaterThan(0);
  });

  it('lists incidents newest first as listIncidents does, and shows one with its timeline', async () => {
    const answer = await admin.callJson<{ total: number; items: { id: string }[] }>('list-incidents', {
      limit: 5,
    });
    const expected = await listIncidents(demo.context, { limit: 5 }, new Date());
    expect(answer.total).toBe(expected.total);
    expect(answer.items.map((incident) => incident.id)).toEqual(
      expected.items.map((incident) => incident.id),
    );
    const id = answer.items[0]?.id as string;
    const incident = await admin.callJson('get-incident', { id });
    expect(incident).toMatchObject({ id, title: expected.items[0]?.title });
    expect(incident.timeline).toEqual(expect.any(Array));
  });

  it('gives DORA and flow for a window as the overview does, and explains a figure by its records', async () => {
    const overview = await admin.callJson<{ results: unknown }>('get-metrics-overview', WINDOW);
    const expected = await computeOverview(demo.context, WINDOW, new Date());
    expect(overview.results).toEqual(asJson(expected.results));
    const explained = await admin.callJson<{
      definition: { id: string };
      result: { kind: string; value: number; recordIds: string[] };
      recordCount: number;
      records: { id: string; type: string }[];
    }>('explain-metric', { metric: 'dora.change-failure-rate', ...WINDOW });
    expect(explained.definition.id).toBe('dora.change-failure-rate');
    const rate = expected.results.dora.changeFailureRate;
    expect(rate.kind).toBe('value');
    expect(explained.result.value).toBe(rate.kind === 'value' ? rate.value : null);
    expect(explained.recordCount).toBeGreaterThan(0);
    expect(explained.records.length).toBe(Math.min(MAX_RECORDS, explained.recordCount));
    expect(explained.result.recordIds.slice(0, 3)).toEqual(explained.records.slice(0, 3).map((r) => r.id));
  }, 300_000);

  it('cuts a long list of record ids to its first ones and gives the full count', async () => {
    type Evidence = { recordIds: string[]; recordCount?: number };
    const answer = await admin.callJson<{ keyResult: { evidence: Evidence } }>('get-okr', {
      id: 'kr-lead-time',
    });
    const full = await showOkr(demo.context, 'kr-lead-time', {}, new Date());
    if (full.kind !== 'key-result' || !full.keyResult.evidence)
      throw new Error('kr-lead-time has no evidence');
    const ids = full.keyResult.evidence.recordIds;
    expect(ids.length).toBeGreaterThan(MAX_RECORDS);
    expect(answer.keyResult.evidence.recordIds).toEqual(ids.slice(0, MAX_RECORDS));
    expect(answer.keyResult.evidence.recordCount).toBe(ids.length);
  });

  it('lists the teams of the workspace', async () => {
    const teams = await admin.callJson<{ total: number; items: { ref: string }[] }>('list-teams');
    expect(teams.items.map((team) => team.ref)).toEqual(
      demo.context.workspace.model.teams.map((team) => team.ref),
    );
  });

  it('builds a report as Markdown, and serves the same report as a resource', async () => {
    const answer = await viewer.call('build-report', { kind: 'ops-review', period: '2026-W47' });
    expect(answer.isError, answer.texts[0]).toBe(false);
    const markdown = answer.texts[0] ?? '';
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('2026-W47');
    const resource = await viewer.client.readResource({ uri: 'sextant://reports/ops-review/2026-W47' });
    const text = (resource.contents[0] as { text: string }).text;
    expect(text.split('\n')[0]).toBe(markdown.split('\n')[0]);
  }, 300_000);

  it('offers sextant.yaml and the model files as resources, and never people-private.yaml', async () => {
    const { resources } = await admin.client.listResources();
    const uris = resources.map((resource) => resource.uri);
    expect(uris).toContain('sextant://workspace/sextant.yaml');
    expect(uris).toContain('sextant://workspace/model/teams.yaml');
    const read = await admin.client.readResource({ uri: 'sextant://workspace/model/teams.yaml' });
    expect((read.contents[0] as { text: string }).text).toBe(
      await readFile(path.join(demo.dir, 'model', 'teams.yaml'), 'utf8'),
    );
    // A workspace loaded with its private people file still never offers it.
    const loaded = await loadWorkspace(demo.dir, { peoplePrivate: 'up-front' });
    expect(loaded.files).toContain('model/people-private.yaml');
    const upFront = await connectMcp({ ...demo.context, workspace: loaded }, ADMIN);
    try {
      const listed = (await upFront.client.listResources()).resources.map((resource) => resource.uri);
      expect(listed).toContain('sextant://workspace/model/people.yaml');
      expect(listed.some((uri) => uri.includes('people-private'))).toBe(false);
    } finally {
      await upFront.close();
    }
  });

  it("sets the assistant up for the caller's role, saying what is withheld from it", async () => {
    const forViewer = await viewer.client.getPrompt({ name: 'vp-engineering-assistant', arguments: {} });
    const viewerText = promptText(forViewer);
    expect(viewerText).toContain('role "viewer"');
    expect(viewerText).toMatch(/may not read people\.aggregates, people\.talent/);
    expect(viewerText).toContain('get-kpi-scorecard');
    const forAdmin = await admin.client.getPrompt({
      name: 'vp-engineering-assistant',
      arguments: { focus: 'reliability this quarter' },
    });
    const adminText = promptText(forAdmin);
    expect(adminText).toMatch(/This role may read people data/);
    expect(adminText).toContain('Start with: reliability this quarter');
  });
});
