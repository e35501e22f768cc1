/** `sextant tokens create|list|revoke` and `sextant audit`. The local operator acts as an administrator. */
import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import {
  createApiToken,
  listTokens,
  readAuditLog,
  resolveManagedTeam,
  revokeToken,
} from '../../services/access.service.js';
import { printData, printJson, say } from '../output.js';
import { formatTable } from '../table.js';
import { withContext } from '../with-context.js';

/** Said when a manager is given no team: they will be refused every read of people data. */
export const MANAGES_NOTHING =
  'It manages no team, so it reads no people data; a manager needs --manages team:<name> for that.';

/** The role as the commands say it: `manager of team:default/checkout`. */
export function describeRole(row: { role: string; manages: string | null }): string {
  return row.manages === null ? row.role : `${row.role} of ${row.manages}`;
}

export async function runTokensCreate(
  name: string,
  options: { role: string; manages?: string; json?: boolean },
  command: Command,
) {
  await withContext(command, async (context) => {
    const manages =
      options.manages === undefined ? undefined : resolveManagedTeam(context.workspace, options.manages);
    const created = await createApiToken(context, { name, role: options.role, manages });
    if (options.json) printJson(created);
    else {
      printData(created.token);
      say(`Token "${created.name}" (${describeRole(created)}) created. Keep it now: it is not shown again.`);
      if (created.role === 'manager' && created.manages === null) say(MANAGES_NOTHING);
    }
  });
}

export async function runTokensList(options: { json?: boolean }, command: Command) {
  await withContext(command, async (context) => {
    const rows = await listTokens(context);
    if (options.json) return printJson(rows);
    if (rows.length === 0)
      return printData('No tokens. Create one with: sextant tokens create NAME --role ROLE');
    printData(
      formatTable(
        ['name', 'role', 'manages', 'created', 'last used', 'revoked'],
        rows.map((row) => [
          row.name,
          row.role,
          row.manages ?? '-',
          row.createdAt.toISOString().slice(0, 16),
          row.lastUsedAt?.toISOString().slice(0, 16) ?? '-',
          row.revokedAt?.toISOString().slice(0, 16) ?? '-',
        ]),
      ),
    );
  });
}

export async function runTokensRevoke(name: string, _options: unknown, command: Command) {
  await withContext(command, async (context) => {
    await revokeToken(context, name);
    say(`Token "${name}" revoked.`);
  });
}

const auditOptions = z.strictObject({
  actor: z.string().min(1).optional(),
  since: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
  json: z.boolean().optional(),
});

export async function runAudit(raw: Record<string, unknown>, command: Command) {
  const parsed = auditOptions.safeParse(raw);
  if (!parsed.success)
    throw new InputError(
      'Invalid options',
      parsed.error.issues.map((issue) => ({
        path: `--${String(issue.path[0])}`,
        message: issue.message,
        found: String(raw[String(issue.path[0])]),
      })),
    );
  const options = parsed.data;
  await withContext(command, async (context) => {
    const rows = await readAuditLog(context, LOCAL_OPERATOR, {
      ...(options.actor ? { actor: options.actor } : {}),
      ...(options.since ? { from: new Date(`${options.since}T00:00:00Z`) } : {}),
      ...(options.limit ? { limit: options.limit } : {}),
    });
    if (options.json) return printJson(rows);
    printData(
      formatTable(
        ['at', 'actor', 'role', 'capability', 'resource', 'outcome'],
        rows.map((row) => [
          row.at.toISOString().slice(0, 19),
          row.actor,
          row.role,
          row.capability,
          row.resource,
          row.outcome,
        ]),
      ),
    );
  });
}
