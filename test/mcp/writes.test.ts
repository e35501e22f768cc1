/**
 * The MCP server's write tools on the synced demo, through the SDK's client in process: each write needs
 * its capability, is audited as `mcp <tool>` whether allowed or refused, and lands where the API's would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR, type Viewer } from '../../src/domain/privacy.js';
import { readAuditLog } from '../../src/services/access.service.js';
import { listFindings, readFinding, runAdvisor } from '../../src/services/findings.service.js';
import { listIncidents, showIncident } from '../../src/services/incidents.service.js';
import { reloadWorkspace } from '../../src/services/workspace-reload.js';
import { connectMcp, type McpConnection } from '../support/mcp.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const ADMIN: Viewer = { role: 'admin', actor: 'mcp writes admin' };
const MANAGER: Viewer = { role: 'manager', actor: 'mcp writes manager' };
const VIEWER: Viewer = { role: 'viewer', actor: 'mcp writes viewer' };

describe('the MCP write tools on the synced demo', () => {
  const demo = useSyncedDemo('sextant-mcp-writes-');
  let admin: McpConnection;
  let manager: McpConnection;
  let viewer: McpConnection;

  beforeAll(async () => {
    admin = await connectMcp(demo.context, ADMIN);
    manager = await connectMcp(demo.context, MANAGER);
    viewer = await connectMcp(demo.context, VIEWER);
  }, 120_000);

  afterAll(async () => {
    for (const connection of [admin, manager, viewer]) await connection?.close();
  });

  const auditOf = async (actor: string) =>
    (await readAuditLog(demo.context, LOCAL_OPERATOR, { actor })).filter((row) =>
      row.resource.startsWith('mcp '),
    );

  it('declares an incident for an administrator, listed and audited as allowed', async () => {
    const opened = await admin.callJson<{ id: string; status: string; severity: string }>('open-incident', {
      severity: 'SEV-2',
      title: 'Checkout latency above 2 s',
    });
    expect(opened).toMatchObject({ status: 'declared', severity: 'SEV-2' });
    expect(opened.id).toMatch(/^sextant:INC-\d+$/);
    const listed = await listIncidents(demo.context, { source: 'sextant' }, new Date());
    expect(listed.items.map((incident) => incident.id)).toContain(opened.id);
    expect(await auditOf(ADMIN.actor)).toContainEqual(
      expect.objectContaining({
        resource: 'mcp open-incident',
        capability: 'records.write',
        outcome: 'allowed',
        role: 'admin',
        detail: { severity: 'SEV-2' },
      }),
    );
  });

  it('refuses the viewer role, naming the capability and the roles that have it, and audits the refusal', async () => {
    const before = (await listIncidents(demo.context, {}, new Date())).total;
    const answer = await viewer.call('open-incident', { severity: 'SEV-1', title: 'Everything is down' });
    expect(answer.isError).toBe(true);
    expect(answer.texts[0]).toMatch(/^not_allowed: .*"viewer".*records\.write.*manager, leader, admin/);
    expect((await listIncidents(demo.context, {}, new Date())).total).toBe(before);
    expect(await auditOf(VIEWER.actor)).toContainEqual(
      expect.objectContaining({
        resource: 'mcp open-incident',
        capability: 'records.write',
        outcome: 'refused',
      }),
    );
  });

  it('refuses every write to the viewer role with the capability it needs', async () => {
    const calls: [string, Record<string, unknown>, string][] = [
      ['record-incident-update', { incident: 'INC-1', note: 'looking' }, 'records.write'],
      ['update-key-result', { keyResult: 'kr-pe-runbooks', value: 12 }, 'okrs.write'],
      ['acknowledge-finding', { id: 'F-00000000' }, 'findings.manage'],
    ];
    for (const [tool, args, capability] of calls) {
      const answer = await viewer.call(tool, args);
      expect(answer.isError, tool).toBe(true);
      expect(answer.texts[0], tool).toContain(capability);
      expect(await auditOf(VIEWER.actor), tool).toContainEqual(
        expect.objectContaining({ resource: `mcp ${tool}`, capability, outcome: 'refused' }),
      );
    }
  });

  it('records an executive update and a status move on a Sextant incident, in its timeline', async () => {
    const { id } = await manager.callJson<{ id: string }>('open-incident', {
      severity: 'SEV-3',
      title: 'Search results stale',
    });
    const updated = await manager.callJson<{ status: string; timeline: { kind: string; text: string }[] }>(
      'record-incident-update',
      { incident: id, note: 'Index rebuild under way', audience: 'executive', status: 'investigating' },
    );
    expect(updated.status).toBe('investigating');
    expect(updated.timeline.map((entry) => entry.kind)).toEqual(['declared', 'status', 'update']);
    const stored = await showIncident(demo.context, id, new Date());
    expect(stored.timeline.at(-1)).toMatchObject({ kind: 'update', audience: 'executive' });
    expect(await auditOf(MANAGER.actor)).toContainEqual(
      expect.objectContaining({
        resource: 'mcp record-incident-update',
        outcome: 'allowed',
        detail: { incident: id, status: 'investigating', audience: 'executive' },
      }),
    );
  });

  it('answers a write the service refuses with a tool error naming the field or the reason', async () => {
    const { id } = await manager.callJson<{ id: string }>('open-incident', {
      severity: 'SEV-4',
      title: 'Noise',
    });
    const empty = await manager.call('record-incident-update', { incident: id });
    expect(empty.isError).toBe(true);
    expect(empty.texts[0]).toMatch(/^invalid_input: .*nothing to record/s);
    const future = await manager.call('record-incident-update', {
      incident: id,
      note: 'later',
      at: '2999-01-01T00:00:00Z',
    });
    expect(future.texts[0]).toMatch(/field at: the time is later than now/);
    const imported = (await listIncidents(demo.context, {}, new Date())).items.find(
      (incident) => incident.source !== 'sextant',
    );
    expect(imported).toBeDefined();
    const foreign = await manager.call('record-incident-update', {
      incident: imported?.id,
      note: 'mine now',
    });
    expect(foreign.texts[0]).toMatch(/^not_allowed: .*change it there/);
    const unknown = await manager.call('record-incident-update', { incident: 'INC-99999', note: 'hello' });
    expect(unknown.texts[0]).toMatch(/^not_found: No incident sextant:INC-99999/);
  });

  it('checks in a key result into its okrs file, and says when this server still holds the old workspace', async () => {
    const file = path.join(demo.dir, 'okrs', '2026-Q4.yaml');
    const answer = await manager.call('update-key-result', {
      keyResult: 'kr-pe-runbooks',
      value: 11,
      note: 'payments runbook exercised',
      date: '2026-11-23',
    });
    expect(answer.isError, answer.texts[0]).toBe(false);
    expect(JSON.parse(answer.texts[0] ?? '')).toMatchObject({
      keyResult: 'kr-pe-runbooks',
      file: 'okrs/2026-Q4.yaml',
      checkIn: { date: '2026-11-23', value: 11 },
      checkIns: 4,
    });
    expect(answer.texts[1]).toMatch(/once the workspace is reloaded/);
    expect(await auditOf(MANAGER.actor)).toContainEqual(
      expect.objectContaining({
        resource: 'mcp update-key-result',
        capability: 'okrs.write',
        outcome: 'allowed',
        detail: { keyResult: 'kr-pe-runbooks', date: '2026-11-23' },
      }),
    );
    expect(await readFile(file, 'utf8')).toContain(
      '{ date: 2026-11-23, value: 11, note: payments runbook exercised }',
    );
  });

  it('shows the check-in at once when the server can reload the workspace', async () => {
    const context = { ...demo.context };
    const reloading = await connectMcp(context, MANAGER, {
      reloadWorkspace: () => reloadWorkspace(context),
    });
    try {
      const answer = await reloading.call('update-key-result', {
        keyResult: 'kr-ck-errors',
        value: 3.1,
        date: '2026-11-23',
      });
      expect(answer.isError, answer.texts[0]).toBe(false);
      expect(answer.texts).toHaveLength(1);
      const okr = await reloading.callJson<{ keyResult: { current: { value: number } | null } }>('get-okr', {
        id: 'kr-ck-errors',
      });
      expect(okr.keyResult.current?.value).toBe(3.1);
    } finally {
      await reloading.close();
    }
  });

  it('refuses a check-in on a key result that reads a metric, and a value that is not a number', async () => {
    const linked = await manager.call('update-key-result', { keyResult: 'kr-lead-time', value: 2 });
    expect(linked.texts[0]).toMatch(/^conflict: kr-lead-time reads its value from the metric/);
    const text = await manager.call('update-key-result', { keyResult: 'kr-pe-runbooks', value: 'eleven' });
    expect(text.isError).toBe(true);
    expect(text.texts[0]).toMatch(/value/);
  });

  it('acknowledges a finding for a manager: its status is acknowledged, with who did it', async () => {
    await runAdvisor(demo.context, { asOf: '2026-11-23' }, new Date('2026-11-24T06:00:00Z'));
    const open = (await listFindings(demo.context, MANAGER)).find((finding) => finding.status === 'new');
    if (!open) throw new Error('the demo has no new finding to acknowledge');
    const answer = await manager.callJson<{ id: string; status: string; note: string }>(
      'acknowledge-finding',
      {
        id: open.id,
        note: 'on the staff agenda',
      },
    );
    expect(answer).toMatchObject({ id: open.id, status: 'acknowledged', note: 'on the staff agenda' });
    const stored = await readFinding(demo.context, MANAGER, open.id);
    expect(stored).toMatchObject({ status: 'acknowledged', changedBy: MANAGER.actor });
    expect(await auditOf(MANAGER.actor)).toContainEqual(
      expect.objectContaining({
        resource: 'mcp acknowledge-finding',
        capability: 'findings.manage',
        outcome: 'allowed',
        detail: { finding: open.id },
      }),
    );
  }, 600_000);
});
