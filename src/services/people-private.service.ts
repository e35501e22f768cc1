/**
 * The sensitive people fields, for the roles allowed to see them (people partners and administrators).
 * The role check comes before the file is read, so a refused reader never causes the data to be loaded.
 * The local operator of a workspace (the CLI) acts as an administrator: whoever can read the folder can
 * read the file anyway. Over HTTP there is no route until authentication gives requests a role.
 */
import { NotAllowedError } from '../domain/errors.js';
import {
  canReadPrivatePeople,
  type PersonPrivate,
  PRIVATE_READER_ROLES,
  type ViewerRole,
} from '../domain/person-private.js';
import type { LoadedWorkspace } from './context.js';

export interface Viewer {
  role: ViewerRole;
}

/** The local operator of a workspace: the CLI runs with the rights of the folder's owner. */
export const LOCAL_OPERATOR: Viewer = { role: 'admin' };

export interface PersonPrivateView extends PersonPrivate {
  name: string;
}

/** Throws NotAllowedError (HTTP 403, exit code of a refused action) unless the viewer may read the fields. */
export function assertCanReadPrivatePeople(viewer: Viewer): void {
  if (canReadPrivatePeople(viewer.role)) return;
  throw new NotAllowedError(
    `The role "${viewer.role}" may not read people-private data; only ${PRIVATE_READER_ROLES.join(' and ')} may`,
  );
}

export async function readPrivatePeople(
  context: { workspace: LoadedWorkspace },
  viewer: Viewer,
): Promise<PersonPrivateView[]> {
  assertCanReadPrivatePeople(viewer);
  const names = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  const entries = await context.workspace.peoplePrivate();
  return entries.map((entry) => ({ name: names.get(entry.person) ?? entry.person, ...entry }));
}
