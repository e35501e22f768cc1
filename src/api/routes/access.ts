/** Who the caller is, the audit log (administrators) and API tokens (administrators). */
import { Hono } from 'hono';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import {
  authorize,
  createApiToken,
  listTokens,
  readAuditLog,
  revokeToken,
} from '../../services/access.service.js';
import type { AppContext } from '../../services/context.js';
import type { AuthEnv } from '../auth.js';
import { parseQuery } from '../query.js';

const auditQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const tokenBody = z.strictObject({ name: z.string().min(1), role: z.string().min(1) });

export function accessRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/me', (c) => c.json({ ...c.get('viewer') }))
    .get('/audit', async (c) => {
      const query = parseQuery(c, auditQuery);
      const rows = await readAuditLog(context, c.get('viewer'), {
        ...(query.from ? { from: new Date(query.from) } : {}),
        ...(query.to ? { to: new Date(query.to) } : {}),
        ...(query.actor ? { actor: query.actor } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
      return c.json({ items: rows.map((row) => ({ ...row, at: row.at.toISOString() })) });
    })
    .get('/tokens', async (c) => {
      await authorize(context, c.get('viewer'), 'tokens.manage', { resource: 'api tokens' });
      const rows = await listTokens(context);
      return c.json({
        items: rows.map((row) => ({
          name: row.name,
          role: row.role,
          createdAt: row.createdAt.toISOString(),
          revokedAt: row.revokedAt?.toISOString() ?? null,
          lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
        })),
      });
    })
    .post('/tokens', async (c) => {
      await authorize(context, c.get('viewer'), 'tokens.manage', {
        resource: 'api tokens',
        detail: { create: true },
      });
      const body = tokenBody.safeParse(await c.req.json().catch(() => undefined));
      if (!body.success)
        throw new InputError('The body must be a JSON object { "name": …, "role": … }', [
          { message: 'invalid token request', expected: '{ name: string, role: string }' },
        ]);
      return c.json(await createApiToken(context, body.data), 201);
    })
    .delete('/tokens/:name', async (c) => {
      await authorize(context, c.get('viewer'), 'tokens.manage', {
        resource: 'api tokens',
        detail: { revoke: c.req.param('name') },
      });
      await revokeToken(context, c.req.param('name'));
      return c.body(null, 204);
    });
}
