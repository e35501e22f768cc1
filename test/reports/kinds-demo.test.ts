/**
 * The quarterly review, the board update, the risk memo, the decision brief and the 30-60-90 assessment on
 * the synced demo organization: each builds for both audiences with the same numbers, every sourced figure
 * equals its API number (read as an admin, like the CLI's local operator), an unknown item is refused with
 * the valid ids, the board prints on one A4 page and the quarterly PDF names the quarter's objectives.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import type { ReportDocument } from '../../src/reports/document.js';
import { createApiToken } from '../../src/services/access.service.js';
import { buildReport, type ReportRequest, renderReport } from '../../src/services/reports/index.js';
import { checkReportSources, listFigures, type SourceResponses } from '../support/report-sources.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const run = promisify(execFile);

const KINDS: (ReportRequest & { title: string })[] = [
  { kind: 'quarterly', period: '2026-Q4', title: 'Quarterly engineering review 2026-Q4' },
  { kind: 'board', period: '2026-Q4', title: 'Board update 2026-Q4' },
  { kind: 'risk-memo', period: '2026-11', item: 'R-01', title: 'Risk memo R-01' },
  { kind: 'decision-brief', period: '2026-11', item: 'ADR-0007', title: 'Decision brief ADR-0007' },
  { kind: 'assessment', period: '2026-Q4', title: 'Engineering assessment' },
];

describe('quarterly, board, risk memo, decision brief and assessment on the demo organization', () => {
  const demo = useSyncedDemo('sextant-report-kinds-');
  let admin: Record<string, string> = {};
  const documents = new Map<string, ReportDocument>();
  const responses: SourceResponses = new Map();

  beforeAll(async () => {
    const token = await createApiToken({ store: demo.store }, { name: 'kinds-admin', role: 'admin' });
    admin = { Authorization: `Bearer ${token.token}` };
  });

  async function build(request: ReportRequest, audience: 'exec' | 'team'): Promise<ReportDocument> {
    const key = `${request.kind}:${audience}`;
    const known = documents.get(key);
    if (known) return known;
    const document = await buildReport(demo.context, LOCAL_OPERATOR, { ...request, audience }, new Date());
    documents.set(key, document);
    return document;
  }

  for (const { title, ...request } of KINDS) {
    it(`builds ${request.kind} for both audiences, each sourced figure equal to its API number`, async () => {
      for (const audience of ['team', 'exec'] as const) {
        const document = await build(request, audience);
        expect(document.kind).toBe(request.kind);
        expect(document.title.startsWith(title)).toBe(true);
        expect(document.audience).toBe(audience);
        const { checked, mismatches } = await checkReportSources(demo.app, document, admin, responses);
        expect(mismatches).toEqual([]);
        expect(checked).toBeGreaterThan(2);
      }
    }, 600_000);

    it(`gives ${request.kind} the same numbers in both versions, the team version deeper`, async () => {
      const team = await build(request, 'team');
      const exec = await build(request, 'exec');
      const teamValues = new Map(
        listFigures(team).map(({ section, figure }) => [`${section}/${figure.label}`, figure.value]),
      );
      const shared = listFigures(exec);
      expect(shared.length).toBeGreaterThan(0);
      for (const { section, figure } of shared) {
        expect(teamValues.get(`${section}/${figure.label}`), `${section}/${figure.label}`).toBe(figure.value);
      }
      // The board is one page for every reader; the other kinds go deeper for the team.
      if (request.kind === 'board') expect(team.sections.length).toBe(exec.sections.length);
      else expect(team.sections.length).toBeGreaterThan(exec.sections.length);
      expect(exec.sections.every((section) => section.depth !== 'team')).toBe(true);
    }, 600_000);
  }

  it('refuses a risk memo on an unknown risk, naming the register ids', async () => {
    const attempt = buildReport(
      demo.context,
      LOCAL_OPERATOR,
      { kind: 'risk-memo', item: 'R-99' },
      new Date(),
    );
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/R-01, R-02/);
  }, 120_000);

  it('refuses a decision brief on an unknown record, naming the known ids', async () => {
    const attempt = buildReport(
      demo.context,
      LOCAL_OPERATOR,
      { kind: 'decision-brief', item: 'ADR-0099' },
      new Date(),
    );
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/ADR-0001.*ADR-0007/);
  }, 120_000);

  it('asks the board for at most three things and shows five to seven headline KPIs', async () => {
    const board = await build(KINDS[1] as ReportRequest, 'exec');
    const kpis = board.sections.find((section) => section.id === 'kpis')?.blocks[0];
    expect(kpis?.type).toBe('figures');
    if (kpis?.type === 'figures') {
      expect(kpis.items.length).toBeGreaterThanOrEqual(5);
      expect(kpis.items.length).toBeLessThanOrEqual(7);
      expect(kpis.items.every((tile) => tile.source?.path.startsWith('/api/kpis?asOf='))).toBe(true);
    }
    const asks = board.sections.find((section) => section.id === 'asks')?.blocks[0];
    expect(asks?.type === 'list' ? asks.items.length : 0).toBeLessThanOrEqual(3);
    const [scores, mitigations] = board.sections.find((section) => section.id === 'risks')?.blocks ?? [];
    expect(scores?.type === 'figures' ? scores.items.length : 0).toBe(3);
    expect(
      mitigations?.type === 'list' ? mitigations.items.filter((line) => line.includes('due ')) : [],
    ).toHaveLength(3);
  }, 600_000);

  it('prints the board update on one A4 page and the quarterly review with its objectives', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-report-kinds-pdf-'));
    try {
      const boardFile = path.join(dir, 'board.pdf');
      // Both audiences get the same board page; the executive one is printed.
      await writeFile(
        boardFile,
        (await renderReport(await build(KINDS[1] as ReportRequest, 'exec'), 'pdf')) as Buffer,
      );
      const { stdout: info } = await run('pdfinfo', [boardFile]);
      expect(info).toMatch(/^Pages:\s+1$/m);
      expect(info).toMatch(/Page size:.*\(A4\)/);

      const quarterlyFile = path.join(dir, 'quarterly.pdf');
      await writeFile(
        quarterlyFile,
        (await renderReport(await build(KINDS[0] as ReportRequest, 'exec'), 'pdf')) as Buffer,
      );
      const { stdout: text } = await run('pdftotext', [quarterlyFile, '-']);
      const okrs = (await (await demo.app.request('/api/okrs?quarter=2026-Q4')).json()) as {
        items: { title: string }[];
      };
      expect(okrs.items.length).toBeGreaterThan(0);
      const flat = text.replace(/\s+/g, ' ');
      for (const objective of okrs.items) expect(flat).toContain(objective.title);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
