/**
 * What people do with a finding: acknowledge it, snooze it until a day with a reason, resolve it with a
 * reason, reopen it. Each needs `findings.manage` (manager and above), and a finding about people also
 * needs its own capability: managing it would otherwise reveal it. Each records who and when.
 */

import type { StoredFinding } from '../advisor/lifecycle.js';
import * as lifecycle from '../advisor/lifecycle.js';
import { NotFoundError } from '../domain/errors.js';
import type { Viewer } from '../domain/privacy.js';
import { findStoredFinding, saveFindings } from '../store/index.js';
import { authorize, mayRead } from './access.service.js';
import type { AppContext } from './context.js';
import { workspaceToday } from './findings-days.js';
import { type Finding, presentFinding } from './findings-present.js';

export async function acknowledgeFinding(
  context: AppContext,
  viewer: Viewer,
  id: string,
  input: { note?: string },
  now: Date = new Date(),
): Promise<Finding> {
  return transition(context, viewer, id, 'acknowledge', (finding) =>
    lifecycle.acknowledgeFinding(finding, input, { actor: viewer.actor, at: now.toISOString() }),
  );
}

export async function snoozeFinding(
  context: AppContext,
  viewer: Viewer,
  id: string,
  input: { until: string; reason: string },
  now: Date = new Date(),
): Promise<Finding> {
  const today = workspaceToday(context, now);
  return transition(context, viewer, id, 'snooze', (finding) =>
    lifecycle.snoozeFinding(finding, input, { actor: viewer.actor, at: now.toISOString(), today }),
  );
}

export async function resolveFinding(
  context: AppContext,
  viewer: Viewer,
  id: string,
  input: { reason: string },
  now: Date = new Date(),
): Promise<Finding> {
  return transition(context, viewer, id, 'resolve', (finding) =>
    lifecycle.resolveFinding(finding, input, { actor: viewer.actor, at: now.toISOString() }),
  );
}

export async function reopenFinding(
  context: AppContext,
  viewer: Viewer,
  id: string,
  input: { note?: string } = {},
  now: Date = new Date(),
): Promise<Finding> {
  return transition(context, viewer, id, 'reopen', (finding) =>
    lifecycle.reopenFinding(finding, input, { actor: viewer.actor, at: now.toISOString() }),
  );
}

async function transition(
  context: AppContext,
  viewer: Viewer,
  id: string,
  action: string,
  apply: (finding: StoredFinding) => StoredFinding,
): Promise<Finding> {
  await authorize(context, viewer, 'findings.manage', { resource: 'findings', detail: { id, action } });
  return context.store.transaction(async (tx) => {
    const finding = await findStoredFinding(tx, id);
    if (!finding || (finding.capability && !mayRead(viewer, finding.capability)))
      throw new NotFoundError(`No finding ${JSON.stringify(id)}; \`sextant findings --all\` lists them`);
    const next = apply(finding);
    await saveFindings(tx, [next]);
    return presentFinding(next);
  });
}
