/**
 * Whether the incidents the postmortems review exist: each postmortem's `incident` is a record id
 * (`source:key`) that must name an incident in the database. `sextant postmortems check` and
 * `sextant validate` both ask; validate reads the database only when one exists, and never creates one.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { type Issue, StoreLockedError } from '../domain/errors.js';
import type { Postmortem } from '../domain/postmortem.js';
import { queryRecords, type Store } from '../store/index.js';
import { openWorkspaceStore } from './context.js';
import { findEmbeddedDataDir } from './store-location.js';

/** Every postmortem reviewing an incident `known` lacks, at the line of its `incident` field. */
export function findUnknownIncidents(
  postmortems: readonly Postmortem[],
  known: ReadonlySet<string>,
): Issue[] {
  const example = known.values().next().value;
  return postmortems
    .filter((postmortem) => !known.has(postmortem.incident))
    .map((postmortem) => ({
      file: postmortem.file,
      line: postmortem.lines.incident,
      path: 'incident',
      message: 'unknown incident',
      found: postmortem.incident,
      expected:
        example === undefined
          ? 'the id (source:key) of an incident in the database, which holds none; run `sextant sync` or import incidents first'
          : `the id (source:key) of one of the ${known.size} incidents in the database, e.g. ${example}; run \`sextant sync\` if the incident is newer`,
    }));
}

/** The ids (`source:key`) of every incident in the store. */
export async function loadIncidentIds(store: Store): Promise<Set<string>> {
  const incidents = await queryRecords(store, 'incident', { fields: [] });
  return new Set(incidents.map((incident) => `${incident.source}:${incident.key}`));
}

/** Whether validate looked the incidents up, and why not when it did not. */
export type IncidentLookup = { checked: true; incidents: number } | { checked: false; reason: string };

/**
 * For `sextant validate`: the postmortems whose incident the workspace's database lacks. Opens the
 * database only to read incident ids; skips the check (saying why) when there is no database yet or
 * another process holds the embedded one, since neither makes the workspace files wrong.
 */
export async function checkPostmortemIncidents(
  workspaceDir: string,
  postmortems: readonly Postmortem[],
): Promise<{ lookup: IncidentLookup; issues: Issue[] }> {
  if (postmortems.length === 0) return { lookup: { checked: false, reason: 'no postmortems' }, issues: [] };
  const dataDir = findEmbeddedDataDir(workspaceDir);
  if (dataDir !== null && !(await exists(path.join(dataDir, 'PG_VERSION')))) {
    return {
      lookup: { checked: false, reason: 'no database yet; `sextant sync` creates it' },
      issues: [],
    };
  }
  let store: Store;
  try {
    store = await openWorkspaceStore(workspaceDir);
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    return {
      lookup: { checked: false, reason: 'another Sextant process holds the database' },
      issues: [],
    };
  }
  try {
    const known = await loadIncidentIds(store);
    return {
      lookup: { checked: true, incidents: known.size },
      issues: findUnknownIncidents(postmortems, known),
    };
  } finally {
    await store.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
