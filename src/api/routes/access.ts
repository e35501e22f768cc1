/** Who the caller is, the audit log (administrators) and API tokens (administrators). */
import { Hono } from 'hono';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import {
  authorize,
  createApiToken,
  listTokens,
  readAuditPage,
  resolveManagedTeam,
  revokeToken,
} from '../../services/access.service.js';
import type { AppContext } from '../../services/context.js';
import type { AuthEnv } from '../auth.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parsePagedQuery, parseQuery } from '../query.js';

export const auditQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().min(1).optional(),
  before: z.coerce.number().int().min(1).optional().meta({
    description:
      'Only entries older than this entry id. The first page sets it in its next link, so the pages of one read stay the same while new entries are written.',
  }),
});
export const tokenBody = z.strictObject({
  name: z.string().min(1),
  role: z.string().min(1),
  manages: z.string().min(1).optional(),
});

/** A `path?query` with one parameter set. */
function withQueryValue(pathAndQuery: string, name: string, value: string): string {
  const url = new URL(pathAndQuery, 'http://sextant.invalid');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

export function accessRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/me', (c) => c.json({ ...c.get('viewer') }))
    .get('/audit', async (c) => {
      const { page, filters } = parsePagedQuery(c, auditQuery);
      const { items, total, beforeId } = await readAuditPage(
        context,
        c.get('viewer'),
        {
          ...(filters.from ? { from: new Date(filters.from) } : {}),
          ...(filters.to ? { to: new Date(filters.to) } : {}),
          ...(filters.actor ? { actor: filters.actor } : {}),
          ...(filters.before ? { beforeId: filters.before } : {}),
        },
        page,
      );
      const rows = items.map((row) => ({ ...row, at: row.at.toISOString() }));
      const answer = presentPage(c, page, { items: rows, total });
      return c.json({
        ...answer,
        next: answer.next && withQueryValue(answer.next, 'before', String(beforeId)),
      });
    })
    .get('/tokens', async (c) => {
      const page = parseQuery(c, pageQuerySchema);
      await authorize(context, c.get('viewer'), 'tokens.manage', { resource: 'api tokens' });
      const rows = await listTokens(context);
      const items = rows.map((row) => ({
        name: row.name,
        role: row.role,
        manages: row.manages,
        createdAt: row.createdAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
        lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      }));
      return c.json(presentPage(c, page, items));
    })
    .post('/tokens', async (c) => {
      await authorize(context, c.get('viewer'), 'tokens.manage', {
        resource: 'api tokens',
        detail: { create: true },
      });
      const body = tokenBody.safeParse(await c.req.json().catch(() => undefined));
      if (!body.success)
        throw new InputError('The body must be a JSON object { "name": …, "role": …, "manages"?: … }', [
          { message: 'invalid token request', expected: '{ name: string, role: string, manages?: string }' },
        ]);
      const { manages, ...input } = body.data;
      const managed = manages === undefined ? undefined : resolveManagedTeam(context.workspace, manages);
      return c.json(await createApiToken(context, { ...input, manages: managed }), 201);
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
