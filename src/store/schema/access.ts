/**
 * Who may call the HTTP API, and what sensitive data was read. A token is kept only as its SHA-256 hash:
 * the secret is shown once, when it is created. Local users sign in to the dashboard with a password kept
 * only as its scrypt hash; a session is kept only as the SHA-256 hash of its cookie, with the CSRF token
 * that writes made with the cookie must carry. The audit log records every read of people data, allowed
 * or refused, with the actor, their role, the capability asked for and what was asked; it is append-only.
 */
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { VIEWER_ROLES } from '../../domain/privacy.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const roleList = sql.raw(VIEWER_ROLES.map((role) => `'${role}'`).join(', '));

export const apiTokens = pgTable(
  'api_tokens',
  {
    /** The token's name, unique, e.g. `hr-partner` or `dashboard`. */
    name: text('name').primaryKey(),
    role: text('role').notNull(),
    /** For a manager: the team (`team:<name>`) whose subtree the token may read; null is the whole organization. */
    manages: text('manages'),
    /** Hex SHA-256 of the secret. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: instant('created_at').notNull().defaultNow(),
    revokedAt: instant('revoked_at'),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [check('api_tokens_role_check', sql`${t.role} in (${roleList})`)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: instant('at').notNull().defaultNow(),
    actor: text('actor').notNull(),
    role: text('role').notNull(),
    /** The capability asked for, e.g. `people.talent`. */
    capability: text('capability').notNull(),
    /** What was read: a resource name and its scope, e.g. `talent.grid` or `surveys.results dx-2026-q3`. */
    resource: text('resource').notNull(),
    outcome: text('outcome').notNull(),
    /** The query's parameters (filters, scope); never the data returned. */
    detail: jsonb('detail').notNull().default({}),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    check('audit_log_outcome_check', sql`${t.outcome} in ('allowed', 'refused')`),
  ],
);

export const users = pgTable(
  'users',
  {
    /** The sign-in name, unique, e.g. `ana`. */
    name: text('name').primaryKey(),
    role: text('role').notNull(),
    /** For a manager: the team (`team:<name>`) whose subtree the user may read; null is the whole organization. */
    manages: text('manages'),
    /** `scrypt$<N>$<r>$<p>$<salt>$<hash>`, salt and hash in base64url; null for a user who signs in only through OIDC. */
    passwordHash: text('password_hash'),
    /** `<issuer>#<sub>` of the OIDC identity this user signs in with, if any. */
    oidcSubject: text('oidc_subject').unique(),
    createdAt: instant('created_at').notNull().defaultNow(),
    passwordChangedAt: instant('password_changed_at').notNull().defaultNow(),
  },
  (t) => [check('users_role_check', sql`${t.role} in (${roleList})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** Hex SHA-256 of the cookie's secret. */
    idHash: text('id_hash').primaryKey(),
    userName: text('user_name')
      .notNull()
      .references(() => users.name, { onDelete: 'cascade' }),
    /** Sent back on sign-in; writes made with the cookie carry it in `X-CSRF-Token`. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('sessions_user_name_idx').on(t.userName)],
);
