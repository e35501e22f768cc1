/**
 * The sensitive people fields, for the roles allowed to see them (people partners and administrators).
 * The read is authorized and audited before the file is read, so a refused reader never causes the data to
 * be loaded. The local operator of a workspace (the CLI) acts as an administrator: whoever can read the
 * folder can read the file anyway, but the read is still logged.
 */
import type { PersonPrivate } from '../domain/person-private.js';
import type { Viewer } from '../domain/privacy.js';
import { authorize } from './access.service.js';
import type { AppContext } from './context.js';

export { LOCAL_OPERATOR, type Viewer } from '../domain/privacy.js';

export interface PersonPrivateView extends PersonPrivate {
  name: string;
}

export async function readPrivatePeople(
  context: Pick<AppContext, 'workspace' | 'store'>,
  viewer: Viewer,
): Promise<PersonPrivateView[]> {
  await authorize(context, viewer, 'people.private', { resource: 'people-private.yaml' });
  const names = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  const entries = await context.workspace.peoplePrivate();
  return entries.map((entry) => ({ name: names.get(entry.person) ?? entry.person, ...entry }));
}
