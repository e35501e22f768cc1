/** Local users and their sign-in sessions: plain queries; the users service decides. */
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { ViewerRole } from '../domain/privacy.js';
import { sessions, users } from './schema/index.js';
import type { StoreSession } from './store.js';

export interface UserRow {
  name: string;
  role: ViewerRole;
  /** For a manager: the team whose subtree they read; null otherwise. */
  manages: string | null;
  createdAt: Date;
  passwordChangedAt: Date;
  /** Whether the user may sign in with a password; a user made by an OIDC sign-in has none. */
  hasPassword: boolean;
  /** `<issuer>#<sub>` of the OIDC identity the user signs in with; null when none. */
  oidcSubject: string | null;
}

const userColumns = {
  name: users.name,
  role: users.role,
  manages: users.manages,
  createdAt: users.createdAt,
  passwordChangedAt: users.passwordChangedAt,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  oidcSubject: users.oidcSubject,
};

/** Inserts the user and returns it; null when a user of that name, or with that OIDC subject, exists already. */
export async function insertUser(
  store: StoreSession,
  user: {
    name: string;
    role: ViewerRole;
    manages?: string | null;
    passwordHash: string | null;
    oidcSubject?: string;
  },
): Promise<UserRow | null> {
  const rows = await store.db.insert(users).values(user).onConflictDoNothing().returning(userColumns);
  return (rows[0] as UserRow | undefined) ?? null;
}

/** The user who signs in with this OIDC identity (`<issuer>#<sub>`); null when none does. */
export async function findUserByOidcSubject(
  store: StoreSession,
  oidcSubject: string,
): Promise<UserRow | null> {
  const [row] = await store.db.select(userColumns).from(users).where(eq(users.oidcSubject, oidcSubject));
  return (row as UserRow | undefined) ?? null;
}

/** Sets the user's role, managed team or both (what is given); the changed user, or null when there is none. */
export async function updateUserAccess(
  store: StoreSession,
  name: string,
  access: { role: ViewerRole; manages?: string | null },
): Promise<UserRow | null> {
  const rows = await store.db.update(users).set(access).where(eq(users.name, name)).returning(userColumns);
  return (rows[0] as UserRow | undefined) ?? null;
}

/** Links the user to an OIDC identity, or unlinks it with null; false when there is no such user. */
export async function updateUserOidcSubject(
  store: StoreSession,
  name: string,
  oidcSubject: string | null,
): Promise<boolean> {
  const rows = await store.db
    .update(users)
    .set({ oidcSubject })
    .where(eq(users.name, name))
    .returning({ name: users.name });
  return rows.length === 1;
}

export async function listUsers(store: StoreSession): Promise<UserRow[]> {
  return (await store.db.select(userColumns).from(users).orderBy(users.name)) as UserRow[];
}

/** The user with its password hash (null when it signs in only through OIDC), for signing in; null when there is none. */
export async function findUserCredentials(
  store: StoreSession,
  name: string,
): Promise<(UserRow & { passwordHash: string | null }) | null> {
  const [row] = await store.db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.name, name));
  return (row as (UserRow & { passwordHash: string | null }) | undefined) ?? null;
}

/** Sets a new password and ends the user's sessions; false when there is no such user. */
export async function updateUserPassword(
  store: StoreSession,
  name: string,
  passwordHash: string,
): Promise<boolean> {
  return store.transaction(async (tx) => {
    const rows = await tx.db
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()` })
      .where(eq(users.name, name))
      .returning({ name: users.name });
    await tx.db.delete(sessions).where(eq(sessions.userName, name));
    return rows.length === 1;
  });
}

/** Deletes the user and, by cascade, its sessions; false when there is no such user. */
export async function deleteUser(store: StoreSession, name: string): Promise<boolean> {
  const rows = await store.db.delete(users).where(eq(users.name, name)).returning({ name: users.name });
  return rows.length === 1;
}

export async function countLiveCredentials(store: StoreSession): Promise<{ users: number; tokens: number }> {
  const [row] = await store.query<{ users: string | number; tokens: string | number }>(
    'select (select count(*) from users) as users, (select count(*) from api_tokens where revoked_at is null) as tokens',
  );
  return { users: Number(row?.users ?? 0), tokens: Number(row?.tokens ?? 0) };
}

export async function insertSession(
  store: StoreSession,
  session: { idHash: string; userName: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await store.db.insert(sessions).values(session);
}

/** The live session with this hash, its user's role and managed team; null when unknown or expired. */
export interface SessionRow {
  userName: string;
  role: ViewerRole;
  manages: string | null;
  csrfToken: string;
  expiresAt: Date;
}

export async function findSession(
  store: StoreSession,
  idHash: string,
  now: Date,
): Promise<SessionRow | null> {
  const [row] = await store.db
    .select({
      userName: sessions.userName,
      role: users.role,
      manages: users.manages,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.name, sessions.userName))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  return (row as SessionRow | undefined) ?? null;
}

/** Ends one session, and drops every expired one on the way. */
export async function deleteSession(store: StoreSession, idHash: string, now: Date): Promise<void> {
  await store.db.delete(sessions).where(eq(sessions.idHash, idHash));
  await store.db.delete(sessions).where(lte(sessions.expiresAt, now));
}
