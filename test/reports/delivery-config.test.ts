/** The `reports` section of sextant.yaml: defaults, and errors that point at the line to fix. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../src/domain/errors.js';
import { loadWorkspace } from '../../src/workspace/index.js';

async function loadConfig(yaml: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-reports-config-'));
  try {
    await writeFile(path.join(dir, 'sextant.yaml'), yaml);
    return await loadWorkspace(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const VALID = `org:
  name: Acme
timezone: Europe/Berlin
reports:
  schedules:
    - name: weekly-staff
      cron: "0 8 * * MON"
      report: weekly-staff
      format: pdf
      targets:
        - type: dir
          path: out/reports
        - type: email
          to: [vp@acme.example]
          from: sextant@acme.example
          attach: true
    - name: digest
      cron: "30 7 * * MON-FRI"
      report: digest
      period: day
      targets:
        - type: slack
          webhookEnv: SLACK_LEADS_WEBHOOK
`;

describe('reports in sextant.yaml', () => {
  it('reads schedules with their defaults: markdown, executive audience, weekly, as a leader', async () => {
    const workspace = await loadConfig(VALID);
    const [staff, digest] = workspace.config.reports.schedules;
    expect(staff).toMatchObject({ name: 'weekly-staff', format: 'pdf', audience: 'exec', period: 'week' });
    expect(staff?.targets[1]).toEqual({
      type: 'email',
      to: ['vp@acme.example'],
      from: 'sextant@acme.example',
      attach: true,
    });
    expect(digest).toMatchObject({ report: 'digest', format: 'md', period: 'day', viewer: 'leader' });
  });

  it('has no schedules when the section is absent', async () => {
    const workspace = await loadConfig('org:\n  name: Acme\n');
    expect(workspace.config.reports).toEqual({ schedules: [] });
  });

  it('points each mistake at its file and line', async () => {
    const yaml = VALID.replace('"0 8 * * MON"', '"0 8 * * MONDAY-ish"')
      .replace('webhookEnv: SLACK_LEADS_WEBHOOK', 'webhookEnv: https://hooks.slack.com/services/T/B/X')
      .replace('name: digest', 'name: weekly-staff');
    const error = await loadConfig(yaml).catch((caught) => caught);
    expect(error).toBeInstanceOf(WorkspaceError);
    const issues = (error as WorkspaceError).issues.map((issue) => ({
      at: `${issue.file}:${issue.line}`,
      path: issue.path,
      expected: issue.expected,
    }));
    expect(issues).toEqual([
      {
        at: 'sextant.yaml:7',
        path: 'reports.schedules[0].cron',
        expected: expect.stringMatching(/^a cron expression such as "0 8 \* \* MON"/),
      },
      {
        at: 'sextant.yaml:17',
        path: 'reports.schedules[1].name',
        expected: 'another schedule is already named "weekly-staff"',
      },
      {
        at: 'sextant.yaml:23',
        path: 'reports.schedules[1].targets[0].webhookEnv',
        expected: expect.stringContaining('an environment variable name'),
      },
    ]);
  });

  it('refuses a PDF digest and a risk memo without its risk', async () => {
    const yaml = VALID.replace('report: digest', 'report: digest\n      format: pdf').replace(
      'report: weekly-staff',
      'report: risk-memo',
    );
    const error = await loadConfig(yaml).catch((caught) => caught);
    const messages = (error as WorkspaceError).issues.map((issue) => `${issue.line}: ${issue.expected}`);
    expect(messages).toEqual(['6: a risk-memo needs an item id', '20: a digest is md, html or json']);
  });
});
