/**
 * Who may call the HTTP API, and what sensitive data was read. A token is kept only as its SHA-256 hash:
 * the secret is shown once, when it is created. The audit log records every read of people data, allowed
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
