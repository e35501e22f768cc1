import { type Context, Hono } from 'hono';
import { InputError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import {
  listIncidents,
  openIncident,
  resolveIncident,
  showIncident,
  updateIncident,
} from '../../services/incidents.service.js';
import { type AuthEnv, writesNeed } from '../auth.js';
import { presentPage } from '../presenters.js';
import { splitPageQuery } from '../query.js';

/**
 * `/api/incidents`: incidents from every source, newest first, with what is overdue on open ones (GET,
 * filters `open`, `severity`, `service`, `team`, `status`, `source`, and `scope`, `from`, `to` as the
 * metrics take them; paged in the store's query); declaring one (POST); one in full (`/:id`, e.g. `INC-7` or
 * `pagerduty:Q1ABC`); recording updates (`POST /:id/updates`) and resolving (`POST /:id/resolve`). Each
 * write answers with the incident as `GET /:id` shows it.
 */
export function incidentRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .use(writesNeed('records.write', 'incidents'))
    .get('/', async (c) => {
      const { page, filters } = splitPageQuery(c);
      const { assessedAt, items, total } = await listIncidents(context, { ...filters, ...page }, new Date());
      return c.json({ assessedAt, ...presentPage(c, page, { items, total }) });
    })
    .post('/', async (c) => {
      const now = new Date();
      const id = await openIncident(context, await readJsonBody(c), now);
      return c.json(await showIncident(context, id, now), 201, {
        Location: `/api/incidents/${encodeURIComponent(id)}`,
      });
    })
    .get('/:id', async (c) => c.json(await showIncident(context, c.req.param('id'), new Date())))
    .post('/:id/updates', async (c) => {
      const now = new Date();
      const id = await updateIncident(context, c.req.param('id'), await readJsonBody(c), now);
      return c.json(await showIncident(context, id, now));
    })
    .post('/:id/resolve', async (c) => {
      const now = new Date();
      const id = await resolveIncident(context, c.req.param('id'), await readJsonBody(c), now);
      return c.json(await showIncident(context, id, now));
    });
}

/** The request body as JSON; an empty body is `{}` (resolving needs no fields). */
async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(
      'The request body is not JSON',
      [{ path: 'body', message: (error as Error).message, expected: 'a JSON object' }],
      { cause: error },
    );
  }
}
