/**
 * The weekly staff pack, the operational excellence review and the monthly executive report on the synced
 * demo organization: each renders in every format for both audiences, every sourced figure equals the
 * number its API path gives, executive and team versions agree, and the PDF holds the report's text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/reports/document.js';
import { formatValue } from '../../src/reports/format.js';
import { createApiToken } from '../../src/services/access.service.js';
import { renderReport } from '../../src/services/reports/index.js';
import { runCli } from '../support/cli.js';
import { checkReportSources, listFigures, type SourceResponses } from '../support/report-sources.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const run = promisify(execFile);

const KINDS = [
  { kind: 'weekly-staff', period: '2026-W47', title: 'Weekly leadership staff pack' },
  { kind: 'ops-review', period: '2026-W47', title: 'Operational excellence review' },
  { kind: 'monthly-exec', period: '2026-10', title: 'Monthly engineering report' },
] as const;

describe('reports on the demo organization', () => {
  const demo = useSyncedDemo('sextant-reports-');
  let admin: Record<string, string> = {};
  const documents = new Map<string, ReportDocument>();
  const responses: SourceResponses = new Map();

  beforeAll(async () => {
    const token = await createApiToken({ store: demo.store }, { name: 'reports-admin', role: 'admin' });
    admin = { Authorization: `Bearer ${token.token}` };
  });

  async function fetchDocument(
    kind: string,
    period: string,
    audience: 'exec' | 'team',
  ): Promise<ReportDocument> {
    const key = `${kind}:${audience}`;
    const known = documents.get(key);
    if (known) return known;
    const response = await demo.app.request(
      `/api/reports/${kind}?period=${period}&format=json&audience=${audience}`,
      {
        headers: admin,
      },
    );
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = (await response.json()) as ReportDocument;
    documents.set(key, document);
    return document;
  }

  for (const { kind, period, title } of KINDS) {
    it(`builds ${kind} for both audiences with every sourced figure equal to its API number`, async () => {
      for (const audience of ['team', 'exec'] as const) {
        const document = await fetchDocument(kind, period, audience);
        expect(document).toMatchObject({ kind, title, audience, period: { label: period } });
        const { checked, mismatches } = await checkReportSources(demo.app, document, admin, responses);
        expect(mismatches).toEqual([]);
        expect(checked).toBeGreaterThan(5);
      }
    }, 600_000);

    it(`gives ${kind} the same numbers in the executive and the team version, the team version deeper`, async () => {
      const team = await fetchDocument(kind, period, 'team');
      const exec = await fetchDocument(kind, period, 'exec');
      const teamValues = new Map(
        listFigures(team).map(({ section, figure }) => [`${section}/${figure.label}`, figure.value]),
      );
      const shared = listFigures(exec);
      expect(shared.length).toBeGreaterThan(0);
      for (const { section, figure } of shared) {
        expect(teamValues.get(`${section}/${figure.label}`), `${section}/${figure.label}`).toBe(figure.value);
      }
      expect(team.sections.length).toBeGreaterThan(exec.sections.length);
    }, 600_000);

    it(`renders ${kind} as Markdown and HTML with its title and figures`, async () => {
      for (const audience of ['team', 'exec'] as const) {
        const document = await fetchDocument(kind, period, audience);
        const markdown = (await renderReport(document, 'md')) as string;
        const html = (await renderReport(document, 'html')) as string;
        expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
        expect(html).toContain(`<h1>${title}</h1>`);
        for (const section of document.sections) {
          expect(markdown).toContain(`## ${section.title}`);
        }
        const first = listFigures(document).find(({ figure }) => figure.value !== null);
        expect(first).toBeDefined();
        if (first) expect(markdown).toContain(formatValue(first.figure.value, first.figure.unit));
      }
    }, 600_000);
  }

  it('serves Markdown and HTML in their content types and lists the kinds with their default periods', async () => {
    const markdown = await demo.app.request(
      '/api/reports/ops-review?period=2026-W47&format=md&audience=exec',
    );
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toContain('text/markdown');
    expect(await markdown.text()).toContain('# Operational excellence review');
    const kinds = (await (await demo.app.request('/api/reports')).json()) as {
      kinds: { kind: string; grain: string }[];
    };
    expect(kinds.kinds.map((one) => one.kind)).toContain('weekly-staff');
    expect(kinds.kinds.find((one) => one.kind === 'monthly-exec')?.grain).toBe('month');
  }, 600_000);

  it('refuses a risk memo without an item and an unknown kind', async () => {
    const memo = await demo.app.request('/api/reports/risk-memo?format=json');
    expect(memo.status).toBe(400);
    expect(await memo.text()).toContain('item');
    expect((await demo.app.request('/api/reports/yearly')).status).toBe(404);
    expect((await demo.app.request('/api/reports/weekly-staff?period=last-week')).status).toBe(400);
  });

  it('prints a PDF whose text holds the title and a key figure', async () => {
    const document = await fetchDocument('weekly-staff', '2026-W47', 'exec');
    const pdf = (await renderReport(document, 'pdf')) as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-report-pdf-'));
    try {
      const file = path.join(dir, 'weekly.pdf');
      await writeFile(file, pdf);
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      expect(stdout).toContain('Weekly leadership staff pack');
      const deployments = listFigures(document).find(({ figure }) => figure.label === 'Deployments')?.figure;
      expect(deployments?.value).toBeGreaterThan(0);
      expect(stdout).toMatch(
        new RegExp(`Deployments[\\s\\S]{0,200}${formatValue(deployments?.value ?? null, 'count')}`),
      );
      expect(stdout).toMatch(/Page 1 of \d+/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('writes a PDF file with -o from the command line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-report-cli-'));
    try {
      const file = path.join(dir, 'ops.pdf');
      const result = await runCli([
        '-w',
        demo.dir,
        'report',
        'ops-review',
        '--period',
        '2026-W47',
        '--format',
        'pdf',
        '-o',
        file,
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(`written to ${file}`);
      expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
