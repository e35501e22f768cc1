/**
 * The one gate to people data. A use case that reads sensitive data first asks `authorize` for a
 * capability: the answer is written to the audit log whether it is yes or no, a refusal throws, and a yes
 * is a `Grant`, which the readers of sensitive data take as an argument, so no code path reaches them
 * without passing here (and being logged). API tokens, which give HTTP requests their role, live here too.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  UnauthenticatedError,
} from '../domain/errors.js';
import {
  ANONYMOUS,
  type Capability,
  hasCapability,
  rolesWith,
  VIEWER_ROLES,
  type Viewer,
  type ViewerRole,
} from '../domain/privacy.js';
import {
  type ApiTokenRow,
  type AuditEntry,
  type AuditRow,
  appendAudit,
  insertApiToken,
  listApiTokens,
  listAudit,
  revokeApiToken,
  useApiToken,
} from '../store/index.js';
import type { AppContext } from './context.js';

export type { Capability, Viewer, ViewerRole } from '../domain/privacy.js';
export { ANONYMOUS, LOCAL_OPERATOR, MIN_GROUP_SIZE, VIEWER_ROLES } from '../domain/privacy.js';

declare const granted: unique symbol;

/** Proof that `viewer` was allowed `capability` and that the read was audited. Only `authorize` makes one. */
export interface Grant<C extends Capability = Capability> {
  readonly viewer: Viewer;
  readonly capability: C;
  readonly [granted]: true;
}

/** What is being read, for the audit log: a resource name and the query's parameters (never the data). */
export interface ReadRequest {
  resource: string;
  detail?: Record<string, unknown>;
  /** What the request does with the resource, for the refusal's wording; `read` when absent. */
  action?: 'read' | 'change';
}

type AccessContext = Pick<AppContext, 'store'>;

/** Audits the request and returns the grant, or throws NotAllowedError (HTTP 403) after auditing the refusal. */
export async function authorize<C extends Capability>(
  context: AccessContext,
  viewer: Viewer,
  capability: C,
  request: ReadRequest,
): Promise<Grant<C>> {
  const refused = refusalFor(viewer, capability, request);
  await appendAudit(context.store, {
    actor: viewer.actor,
    role: viewer.role,
    capability,
    resource: request.resource,
    outcome: refused ? 'refused' : 'allowed',
    detail: request.detail ?? {},
  });
  if (refused) throw refused;
  return { viewer, capability } as Grant<C>;
}

/**
 * The refusal a viewer without the capability gets, naming it and the roles that have it; null when the
 * viewer holds it. Audits nothing: for a caller that records the request itself (the API's write log).
 */
export function refusalFor(
  viewer: Viewer,
  capability: Capability,
  request: Pick<ReadRequest, 'resource' | 'action'>,
): NotAllowedError | null {
  if (hasCapability(viewer.role, capability)) return null;
  return new NotAllowedError(
    `The role "${viewer.role}" may not ${request.action ?? 'read'} ${request.resource}; it needs ${capability}, which ${rolesWith(capability).join(', ')} have`,
  );
}

/** Whether the viewer would be allowed, without reading anything (to decide what to offer, e.g. open text). */
export function mayRead(viewer: Viewer, capability: Capability): boolean {
  return hasCapability(viewer.role, capability);
}

export async function readAuditLog(
  context: AccessContext,
  viewer: Viewer,
  filter: { from?: Date; to?: Date; actor?: string; limit?: number } = {},
): Promise<AuditRow[]> {
  await authorize(context, viewer, 'audit.read', { resource: 'audit log', detail: { ...filter } });
  return listAudit(context.store, { ...filter, limit: filter.limit ?? 200 });
}

const ACCESS_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** A token's or a user's name: lower-case letters, digits, ".", "_" or "-", at most 64. */
export function assertAccessName(name: string, what: 'token' | 'user'): void {
  if (!ACCESS_NAME.test(name))
    throw new InputError(`Invalid ${what} name`, [
      {
        path: 'name',
        found: JSON.stringify(name),
        expected: 'lower-case letters, digits, ".", "_" or "-", at most 64',
        message: `not a ${what} name`,
      },
    ]);
}

/** The hex SHA-256 a token or a session secret is kept as. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function assertRole(role: string): asserts role is ViewerRole {
  if (!(VIEWER_ROLES as readonly string[]).includes(role))
    throw new InputError('Unknown role', [
      { path: 'role', found: role, expected: VIEWER_ROLES.join(' | '), message: 'not a role' },
    ]);
}

/** Creates a token and returns its secret, which is never shown again (only its hash is kept). */
export async function createApiToken(
  context: AccessContext,
  input: { name: string; role: string },
): Promise<{ name: string; role: ViewerRole; token: string }> {
  assertAccessName(input.name, 'token');
  assertRole(input.role);
  const token = `sxt_${randomBytes(24).toString('base64url')}`;
  const created = await insertApiToken(context.store, {
    name: input.name,
    role: input.role,
    tokenHash: hashSecret(token),
  });
  if (!created)
    throw new ConflictError(`A token named "${input.name}" exists already; names are never reused`);
  return { name: input.name, role: input.role, token };
}

export function listTokens(context: AccessContext): Promise<ApiTokenRow[]> {
  return listApiTokens(context.store);
}

export async function revokeToken(context: AccessContext, name: string): Promise<void> {
  if (!(await revokeApiToken(context.store, name))) throw new NotFoundError(`No live token named "${name}"`);
}

/**
 * The viewer an HTTP request acts as: the token's role, or the anonymous viewer without an Authorization
 * header. A header that is not `Bearer <token>` of a live token is refused rather than treated as anonymous.
 */
export async function resolveViewer(
  context: AccessContext,
  authorization: string | undefined,
): Promise<Viewer> {
  if (authorization === undefined || authorization === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
  const row = await useApiToken(context.store, hashSecret(match[1]));
  if (!row) throw new UnauthenticatedError('The token is unknown or revoked');
  return { role: row.role, actor: row.name };
}

/** Appends one audit entry: the HTTP layer logs every write and every sign-in through here. */
export function recordAudit(context: AccessContext, entry: AuditEntry): Promise<void> {
  return appendAudit(context.store, entry);
}
