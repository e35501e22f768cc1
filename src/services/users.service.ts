/**
 * Local users and their sessions, for people who sign in to the dashboard rather than carry a token.
 *
 * Rules and reasons:
 * - A password is kept only as its scrypt hash (memory-hard: 32 MiB and about a tenth of a second per
 *   guess), with its own salt and parameters, so the parameters can grow without breaking older hashes.
 * - Signing in with an unknown name costs the same hash as a wrong password, and both get the same answer,
 *   so the answer does not tell which names exist.
 * - A session is a random secret in an HttpOnly cookie, kept only as its SHA-256 hash, with a CSRF token
 *   that every write made with the cookie must echo; it ends after twelve hours, on sign-out, or when the
 *   password changes.
 * - A session's viewer acts as `user:<name>` in the audit log, so it never reads as a token of the same name.
 * - A user made by an OIDC sign-in has no password; signing in with one as that user costs the decoy hash
 *   and gets the wrong-password answer. Both kinds of sign-in open their session the same way (`openSession`).
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { ConflictError, InputError, NotFoundError, UnauthenticatedError } from '../domain/errors.js';
import { toViewer, type Viewer, type ViewerRole } from '../domain/privacy.js';
import {
  countLiveCredentials,
  deleteSession,
  deleteUser,
  findSession,
  findUserByOidcSubject,
  findUserCredentials,
  insertSession,
  insertUser,
  listUsers,
  type UserRow,
  updateUserAccess,
  updateUserOidcSubject,
  updateUserPassword,
} from '../store/index.js';
import {
  assertAccessName,
  assertManagesFitsRole,
  assertRole,
  hashSecret,
  type ManagedTeam,
} from './access.service.js';
import type { AppContext } from './context.js';
import { candidateName, type OidcIdentity } from './oidc-claims.js';

export type { UserRow } from '../store/index.js';

type UsersContext = Pick<AppContext, 'store'>;

export const SESSION_HOURS = 12;
export const MIN_PASSWORD_LENGTH = 12;
const SCRYPT = { N: 32_768, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function scryptAsync(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash nobody's password matches, verified when the name is unknown so both answers cost the same. */
let decoy: Promise<string> | undefined;
const readDecoy = () => {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoy;
};

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new InputError('Password too short', [
      {
        path: 'password',
        found: `${password.length} characters`,
        expected: `at least ${MIN_PASSWORD_LENGTH} characters`,
        message: 'too short',
      },
    ]);
}

export async function createUser(
  context: UsersContext,
  input: { name: string; role: string; password: string; manages?: ManagedTeam | undefined },
): Promise<UserRow> {
  assertAccessName(input.name, 'user');
  assertRole(input.role);
  assertManagesFitsRole(input.role, input.manages);
  checkPassword(input.password);
  const user = await insertUser(context.store, {
    name: input.name,
    role: input.role,
    manages: input.manages ?? null,
    passwordHash: await hashPassword(input.password),
  });
  if (!user) throw new ConflictError(`A user named "${input.name}" exists already`);
  return user;
}

export function listAllUsers(context: UsersContext): Promise<UserRow[]> {
  return listUsers(context.store);
}

/** Sets a new password; the user's sessions end. */
export async function setUserPassword(context: UsersContext, name: string, password: string): Promise<void> {
  checkPassword(password);
  if (!(await updateUserPassword(context.store, name, await hashPassword(password))))
    throw new NotFoundError(`No user named "${name}"`);
}

/**
 * Changes a user's role or managed team; their sessions carry the change from their next request. A team
 * given is kept only by a manager: a user moved to another role stops managing, and `manages: null` ends it.
 */
export async function changeUserAccess(
  context: UsersContext,
  name: string,
  change: { role?: string | undefined; manages?: ManagedTeam | null | undefined },
): Promise<UserRow> {
  const current = await findUserCredentials(context.store, name);
  if (!current) throw new NotFoundError(`No user named "${name}"`);
  const role = change.role ?? current.role;
  assertRole(role);
  const manages =
    change.manages !== undefined
      ? change.manages
      : role === 'manager'
        ? (current.manages as ManagedTeam | null)
        : null;
  assertManagesFitsRole(role, manages ?? undefined);
  const updated = await updateUserAccess(context.store, name, { role, manages });
  if (!updated) throw new NotFoundError(`No user named "${name}"`);
  return updated;
}

export async function removeUser(context: UsersContext, name: string): Promise<void> {
  if (!(await deleteUser(context.store, name))) throw new NotFoundError(`No user named "${name}"`);
}

export interface SignedIn {
  /** The cookie's value: shown to the browser only. */
  secret: string;
  csrfToken: string;
  viewer: Viewer;
  expiresAt: Date;
}

export async function signIn(
  context: UsersContext,
  input: { name: string; password: string },
  now: Date,
): Promise<SignedIn> {
  const user = await findUserCredentials(context.store, input.name);
  const stored = user?.passwordHash ?? null;
  const matches = await verifyPassword(input.password, stored ?? (await readDecoy()));
  if (!user || stored === null || !matches) throw new UnauthenticatedError('Wrong user name or password');
  return openSession(context, user, now);
}

/**
 * Opens a session for a user who has proved who they are, by password or through the identity provider.
 */
export async function openSession(
  context: UsersContext,
  user: { name: string; role: ViewerRole; manages?: string | null },
  now: Date,
): Promise<SignedIn> {
  const secret = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await insertSession(context.store, {
    idHash: hashSecret(secret),
    userName: user.name,
    csrfToken,
    expiresAt,
  });
  return { secret, csrfToken, viewer: sessionViewer(user.name, user.role, user.manages ?? null), expiresAt };
}

/** The session's viewer and CSRF token; null when the cookie names no live session. */
export async function resolveSession(
  context: UsersContext,
  secret: string,
  now: Date,
): Promise<{ viewer: Viewer; csrfToken: string } | null> {
  const session = await findSession(context.store, hashSecret(secret), now);
  if (!session) return null;
  return {
    viewer: sessionViewer(session.userName, session.role, session.manages),
    csrfToken: session.csrfToken,
  };
}

export async function signOut(context: UsersContext, secret: string, now: Date): Promise<void> {
  await deleteSession(context.store, hashSecret(secret), now);
}

function sessionViewer(name: string, role: ViewerRole, manages: string | null): Viewer {
  return toViewer(role, `user:${name}`, manages);
}

/** Most suffixes tried for a new OIDC user's name (`ana`, `ana-2` … `ana-20`) before giving up. */
const MAX_NAME_ATTEMPTS = 20;

/**
 * Signs in the user with this OIDC identity, making one on its first sign-in (oidc-claims.ts says how the
 * name and role are chosen). With a role claim, the provider's role replaces the stored one.
 */
export async function signInWithOidc(
  context: UsersContext,
  identity: OidcIdentity,
  now: Date,
): Promise<SignedIn & { provisioned: boolean }> {
  const known = await findUserByOidcSubject(context.store, identity.subject);
  if (known) {
    if (identity.roleFromProvider && known.role !== identity.role)
      await updateUserAccess(context.store, known.name, { role: identity.role });
    const role = identity.roleFromProvider ? identity.role : known.role;
    const user = { name: known.name, role, manages: known.manages };
    return { ...(await openSession(context, user, now)), provisioned: false };
  }
  const user = await provisionOidcUser(context, identity);
  return { ...(await openSession(context, user, now)), provisioned: true };
}

async function provisionOidcUser(context: UsersContext, identity: OidcIdentity): Promise<UserRow> {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const name = candidateName(identity.proposedName, attempt);
    assertAccessName(name, 'user');
    const user = await insertUser(context.store, {
      name,
      role: identity.role,
      passwordHash: null,
      oidcSubject: identity.subject,
    });
    if (user) return user;
    // The same identity's first sign-in in another tab may have made the user meanwhile.
    const raced = await findUserByOidcSubject(context.store, identity.subject);
    if (raced) return raced;
  }
  throw new ConflictError(
    `Users "${identity.proposedName}" to "${candidateName(identity.proposedName, MAX_NAME_ATTEMPTS)}" exist already; link this identity to a user with: sextant users link NAME ${identity.subject}`,
  );
}

const OIDC_SUBJECT = /^https?:\/\/[^#\s]+#[^\s]+$/;

/** Links a user to an OIDC identity (`<issuer>#<sub>`), or unlinks it with null. */
export async function linkUserToOidc(
  context: UsersContext,
  name: string,
  subject: string | null,
): Promise<void> {
  if (subject !== null) {
    if (!OIDC_SUBJECT.test(subject))
      throw new InputError('Invalid OIDC subject', [
        {
          path: 'subject',
          found: JSON.stringify(subject),
          expected: '<issuer>#<sub>, e.g. https://login.example.com#248289761001',
          message: 'not an OIDC subject',
        },
      ]);
    const holder = await findUserByOidcSubject(context.store, subject);
    if (holder && holder.name !== name)
      throw new ConflictError(`The user "${holder.name}" signs in with ${subject} already`);
  }
  if (!(await updateUserOidcSubject(context.store, name, subject)))
    throw new NotFoundError(`No user named "${name}"`);
}

/** Whether anyone could sign in or carry a token: serving beyond localhost needs one or the other. */
export async function hasCredentials(context: UsersContext): Promise<boolean> {
  const { users, tokens } = await countLiveCredentials(context.store);
  return users + tokens > 0;
}
