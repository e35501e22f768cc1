/** A workspace folder holding only decision records and review submissions, and the directory they resolve against. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OrgModel } from '../../domain/model.js';
import { workspaceConfigSchema } from '../../domain/workspace-config.js';
import type { GovernanceReadContext } from './part.js';

const EMPTY_MODEL: OrgModel = {
  teams: [],
  people: [],
  services: [],
  systems: [],
  domains: [],
  repositories: [],
  apis: [],
  resources: [],
  dependencies: [],
};

export function buildReadContext(root: string): GovernanceReadContext {
  return {
    root,
    config: workspaceConfigSchema.parse({ org: { name: 'Acme' } }),
    model: EMPTY_MODEL,
    directory: {
      people: new Set(['person:default/ada', 'person:default/grace']),
      teams: new Set(['team:default/checkout', 'team:default/platform']),
      catalog: new Set(['service:default/checkout-api', 'service:default/ledger']),
      declared: new Set(),
      okrIds: new Set(['O1', 'O1.KR2']),
    },
  };
}

/** Writes `files` (path → text) into a new temporary folder; `remove` deletes it. */
export async function writeFolder(files: Record<string, string>) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sextant-decisions-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** A decision record's text: front matter from `fields` (one `key: value` line each), then a body. */
export function adrText(
  fields: Record<string, string>,
  body = '## Context\n\nWhy.\n\n## Decision\n\nWhat.\n',
): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', '', body].join('\n');
}
