/**
 * The one gate to people data. A use case that reads sensitive data first asks `authorize` (a read over the
 * whole organization) or `authorizePeople` (a read a manager may make within the teams they manage) for a
 * capability: the answer is written to the audit log whether it is yes or no, a refusal throws, and a yes
 * is a `Grant`, which the readers of sensitive data take as an argument, so no code path reaches them
 * without passing here (and being logged). API tokens, which give HTTP requests their role, live here too.
 *
 * Managers and their subtree: a manager holds the people capabilities of their role only for the team they
 * manage and the teams below it (domain/team-subtree.ts). A `PeopleGrant` carries that scope, and the
 * services narrow their answers to it; a read that reaches past it (another team, another person, or a
 * figure or breakdown over the whole organization) is refused and audited like any refusal. A manager who
 * manages no team reads no people data: refusing is safer than showing them everything.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  UnauthenticatedError,
} from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import {
  ANONYMOUS,
  type Capability,
  hasCapability,
  isPeopleCapability,
  rolesWith,
  toViewer,
  VIEWER_ROLES,
  type Viewer,
  type ViewerRole,
} from '../domain/privacy.js';
import { toRefString } from '../domain/refs.js';
import { teamSubtree } from '../domain/team-subtree.js';
import {
  type ApiTokenRow,
  type AuditEntry,
  type AuditFilter,
  type AuditRow,
  appendAudit,
  countAudit,
  findLiveToken,
  insertApiToken,
  listApiTokens,
  listAudit,
  markTokenUsed,
  readNewestAuditId,
  revokeApiToken,
} from '../store/index.js';
import type { AppContext, LoadedWorkspace } from './context.js';
import { resolveTeamFilter } from './team-filter.js';

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

/** Whose data a people grant covers: everyone, or the teams and people of a manager's subtree. */
export type PeopleScope =
  | { readonly kind: 'organization' }
  | {
      readonly kind: 'subtree';
      /** The team the manager manages. */
      readonly root: string;
      /** The root and the teams below it. */
      readonly teams: ReadonlySet<string>;
      /** The members of those teams. */
      readonly people: ReadonlySet<string>;
    };

/** A grant to people data with the scope the answer must keep to. Only `authorizePeople` makes one. */
export interface PeopleGrant<C extends Capability = Capability> extends Grant<C> {
  readonly scope: PeopleScope;
}

/**
 * What a people read reaches besides the caller's own scope: one team or one person (as written, short or
 * full), or `organization` for a figure or breakdown no subtree can narrow (a tenure breakdown, the funnel
 * by source). Absent, the read covers the caller's scope: everyone, or a manager's subtree.
 */
export type Reach = { team?: string | undefined; person?: string | undefined } | 'organization';

export interface PeopleReadRequest extends ReadRequest {
  reach?: Reach;
}

const ORGANIZATION: PeopleScope = { kind: 'organization' };

/**
 * Audits the request and returns the grant, or throws NotAllowedError (HTTP 403) after auditing the refusal.
 * The read covers the whole organization: a manager is refused it for a people capability (`refusalFor`).
 */
export async function authorize<C extends Capability>(
  context: AccessContext,
  viewer: Viewer,
  capability: C,
  request: ReadRequest,
): Promise<Grant<C>> {
  const refused = refusalFor(viewer, capability, request);
  await auditRead(context, viewer, capability, request, refused);
  if (refused) throw refused;
  return { viewer, capability } as Grant<C>;
}

/**
 * `authorize` for a read a manager may make within their subtree: the grant's scope says whose data the
 * answer may hold, and a reach past it is refused (and audited as refused) before anything is read.
 */
export async function authorizePeople<C extends Capability>(
  context: Pick<AppContext, 'store' | 'workspace'>,
  viewer: Viewer,
  capability: C,
  request: PeopleReadRequest,
): Promise<PeopleGrant<C>> {
  let scope: PeopleScope | NotAllowedError = ORGANIZATION;
  let refused = roleRefusal(viewer, capability, request);
  if (!refused && isPeopleCapability(capability) && viewer.role === 'manager') {
    scope = managerScope(context.workspace.model, viewer, request);
    refused = scope instanceof NotAllowedError ? scope : reachRefusal(scope, viewer, request);
  }
  await auditRead(context, viewer, capability, request, refused);
  if (refused) throw refused;
  return { viewer, capability, scope } as PeopleGrant<C>;
}

async function auditRead(
  context: AccessContext,
  viewer: Viewer,
  capability: Capability,
  request: PeopleReadRequest,
  refused: NotAllowedError | null,
): Promise<void> {
  const scoped = viewer.role === 'manager' && isPeopleCapability(capability);
  await appendAudit(context.store, {
    actor: viewer.actor,
    role: viewer.role,
    capability,
    resource: request.resource,
    outcome: refused ? 'refused' : 'allowed',
    detail: { ...request.detail, ...(scoped ? { manages: viewer.manages ?? null } : {}) },
  });
}

/**
 * The refusal a viewer without the capability gets, naming it and the roles that have it; null when the
 * viewer holds it. A manager is refused a people capability here too: without a subtree to keep to, the
 * read would cover the whole organization. Audits nothing: for a caller that records the request itself
 * (the API's write log).
 */
export function refusalFor(
  viewer: Viewer,
  capability: Capability,
  request: Pick<ReadRequest, 'resource' | 'action'>,
): NotAllowedError | null {
  const refused = roleRefusal(viewer, capability, request);
  if (refused || !isPeopleCapability(capability) || viewer.role !== 'manager') return refused;
  return viewer.manages === undefined
    ? managesNothing(viewer, request)
    : new NotAllowedError(
        `The manager "${viewer.actor}" reads people data only for ${viewer.manages} and the teams below it; ${request.resource} covers the whole organization (${capability} over everyone is for ${leaderRoles(capability)})`,
      );
}

/**
 * Whether the viewer may read the capability's data over the whole organization, without reading anything
 * (to decide what to offer, e.g. open text, or a people section of a report). A manager may not.
 */
export function mayRead(viewer: Viewer, capability: Capability): boolean {
  return refusalFor(viewer, capability, { resource: capability }) === null;
}

function roleRefusal(
  viewer: Viewer,
  capability: Capability,
  request: Pick<ReadRequest, 'resource' | 'action'>,
): NotAllowedError | null {
  if (hasCapability(viewer.role, capability)) return null;
  return new NotAllowedError(
    `The role "${viewer.role}" may not ${request.action ?? 'read'} ${request.resource}; it needs ${capability}, which ${rolesWith(capability).join(', ')} have`,
  );
}

const leaderRoles = (capability: Capability) =>
  rolesWith(capability)
    .filter((role) => role !== 'manager')
    .join(', ');

function managesNothing(viewer: Viewer, request: Pick<ReadRequest, 'resource'>): NotAllowedError {
  return new NotAllowedError(
    `The manager "${viewer.actor}" manages no team, so it may not read ${request.resource}: a manager reads people data only for the team it manages and the teams below it (give the token or user one with --manages team:<name>)`,
  );
}

/** The manager's subtree, or the refusal when they manage no team or one the workspace no longer declares. */
function managerScope(
  model: Pick<OrgModel, 'teams' | 'people'>,
  viewer: Viewer,
  request: ReadRequest,
): PeopleScope | NotAllowedError {
  const root = viewer.manages;
  if (root === undefined) return managesNothing(viewer, request);
  if (!model.teams.some((team) => team.ref === root))
    return new NotAllowedError(
      `The manager "${viewer.actor}" manages ${root}, which model/teams.yaml no longer declares, so it may not read ${request.resource}`,
    );
  const subtree = teamSubtree(model, root);
  return { kind: 'subtree', root, teams: new Set(subtree.teams), people: new Set(subtree.people) };
}

/** The refusal of a read that reaches past the subtree; null when it keeps within it. */
function reachRefusal(
  scope: PeopleScope,
  viewer: Viewer,
  request: PeopleReadRequest,
): NotAllowedError | null {
  const { reach } = request;
  if (scope.kind === 'organization' || reach === undefined) return null;
  const outside = (what: string) =>
    new NotAllowedError(
      `The manager "${viewer.actor}" reads people data only for ${scope.root} and the teams below it (${[...scope.teams].join(', ')}); ${request.resource} ${what}`,
    );
  if (reach === 'organization') return outside('covers the whole organization');
  if (reach.team !== undefined && !scope.teams.has(refOrText(reach.team, 'team')))
    return outside(`for ${refOrText(reach.team, 'team')} is outside it`);
  if (reach.person !== undefined && !scope.people.has(refOrText(reach.person, 'person')))
    return outside(`for ${refOrText(reach.person, 'person')} is outside it`);
  return null;
}

/** The full reference of a team or person as written; the text itself when it is none (and so in no scope). */
function refOrText(text: string, kind: 'team' | 'person'): string {
  try {
    return toRefString(text, kind);
  } catch {
    return JSON.stringify(text);
  }
}

export async function readAuditLog(
  context: AccessContext,
  viewer: Viewer,
  filter: AuditFilter & { limit?: number; offset?: number } = {},
): Promise<AuditRow[]> {
  const { limit = 200, offset = 0, ...kept } = filter;
  return (await readAuditPage(context, viewer, kept, { limit, offset })).items;
}

/**
 * One page of the audit log, newest first, with how many entries the filter keeps in all. Reading the log
 * writes to it, so a read is pinned to the entries before `beforeId`: the first page pins the newest entry
 * then (its own read included) and answers the pin, which later pages pass back, so they neither repeat
 * nor skip an entry however many are written meanwhile.
 */
export async function readAuditPage(
  context: AccessContext,
  viewer: Viewer,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ items: AuditRow[]; total: number; beforeId: number }> {
  await authorize(context, viewer, 'audit.read', { resource: 'audit log', detail: { ...filter, ...page } });
  const pinned = { ...filter, beforeId: filter.beforeId ?? (await readNewestAuditId(context.store)) + 1 };
  const [items, total] = await Promise.all([
    listAudit(context.store, { ...pinned, ...page }),
    countAudit(context.store, pinned),
  ]);
  return { items, total, beforeId: pinned.beforeId };
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

declare const managedTeam: unique symbol;

/** A team reference checked against the workspace's teams: what a manager's token or user may manage. */
export type ManagedTeam = string & { readonly [managedTeam]: true };

/** The team `text` names (short or full), declared in the workspace, for `--manages`; else an InputError. */
export function resolveManagedTeam(workspace: Pick<LoadedWorkspace, 'model'>, text: string): ManagedTeam {
  return resolveTeamFilter(workspace, text, { path: 'manages', what: 'managed team' }) as ManagedTeam;
}

/** A managed team belongs to a manager only: any other role already reads the organization or none of it. */
export function assertManagesFitsRole(role: ViewerRole, manages: ManagedTeam | undefined): void {
  if (manages !== undefined && role !== 'manager')
    throw new InputError('A managed team is for the manager role', [
      {
        path: 'manages',
        found: manages,
        expected: `no --manages for the role "${role}"`,
        message: 'not a manager',
      },
    ]);
}

export function assertRole(role: string): asserts role is ViewerRole {
  if (!(VIEWER_ROLES as readonly string[]).includes(role))
    throw new InputError('Unknown role', [
      { path: 'role', found: role, expected: VIEWER_ROLES.join(' | '), message: 'not a role' },
    ]);
}

/**
 * Creates a token and returns its secret, which is never shown again (only its hash is kept). A manager's
 * token may name the team it manages (`resolveManagedTeam`); without one it reads no people data.
 */
export async function createApiToken(
  context: AccessContext,
  input: { name: string; role: string; manages?: ManagedTeam | undefined },
): Promise<{ name: string; role: ViewerRole; manages: string | null; token: string }> {
  assertAccessName(input.name, 'token');
  assertRole(input.role);
  assertManagesFitsRole(input.role, input.manages);
  const token = `sxt_${randomBytes(24).toString('base64url')}`;
  const manages = input.manages ?? null;
  const created = await insertApiToken(context.store, {
    name: input.name,
    role: input.role,
    manages,
    tokenHash: hashSecret(token),
  });
  if (!created)
    throw new ConflictError(`A token named "${input.name}" exists already; names are never reused`);
  return { name: input.name, role: input.role, manages, token };
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
  now: Date = new Date(),
): Promise<Viewer> {
  if (authorization === undefined || authorization === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
  const tokenHash = hashSecret(match[1]);
  const row = await findLiveToken(context.store, tokenHash);
  if (!row) throw new UnauthenticatedError('The token is unknown or revoked');
  // `last_used_at` to the minute: a busy client costs a read per request, not a write.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOKEN_USE_RESOLUTION_MS)
    await markTokenUsed(context.store, tokenHash, now);
  return toViewer(row.role, row.name, row.manages);
}

/** How stale a token's last use may grow before a use records it again. */
export const TOKEN_USE_RESOLUTION_MS = 60_000;

/** Appends one audit entry: the HTTP layer logs every write and every sign-in through here. */
export function recordAudit(context: AccessContext, entry: AuditEntry): Promise<void> {
  return appendAudit(context.store, entry);
}
