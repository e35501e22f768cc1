/**
 * The workspace's declaration files as documents to read whole: `sextant.yaml` and the `model/` files the
 * loaded workspace read. People files are never documents: `model/people-private.yaml` is read only under
 * people.private (people-private.service.ts), and the people registers and surveys only through their
 * services, which gate each read and withhold small groups. Only a file on the list is read, so a name
 * cannot reach outside the workspace.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../domain/errors.js';
import { WORKSPACE_FILES } from '../workspace/index.js';
import { PEOPLE_PRIVATE_FILE } from '../workspace/people-private.js';
import type { WorkspaceContext } from './workspace.service.js';

export interface WorkspaceDocument {
  /** Relative to the workspace folder, e.g. `model/teams.yaml`. */
  file: string;
  text: string;
}

/** The documents in the order the workspace read them. */
export function listWorkspaceDocuments(context: WorkspaceContext): string[] {
  return context.workspace.files.filter(isDocument);
}

export async function readWorkspaceDocument(
  context: WorkspaceContext,
  file: string,
): Promise<WorkspaceDocument> {
  const documents = listWorkspaceDocuments(context);
  if (!documents.includes(file))
    throw new NotFoundError(`No workspace document ${file}; the documents are ${documents.join(', ')}`);
  return { file, text: await readFile(path.join(context.workspace.dir, file), 'utf8') };
}

function isDocument(file: string): boolean {
  if (file === PEOPLE_PRIVATE_FILE) return false;
  return file === WORKSPACE_FILES.config || /^model\/[^/]+\.ya?ml$/.test(file);
}
