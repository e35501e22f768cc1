import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import { addActionItem } from '../../services/postmortem-action-items.js';
import {
  checkPostmortems,
  listPostmortemActionItems,
  listPostmortems,
  showPostmortem,
} from '../../services/postmortems.service.js';
import { type AuthEnv, writesNeed } from '../auth.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parseQuery, splitPageQuery } from '../query.js';

/**
 * `/api/postmortems`: the list with checklist scores, the check of all of them (unknown incidents as
 * issues), the action items across them (`?overdue=true&owner=…`), and one postmortem by file name or
 * incident id (URL-encoded). `POST /:which/action-items` adds an action item to the postmortem's file
 * (`records.write`, audited with the other writes).
 */
export function postmortemRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .use(writesNeed('records.write', 'postmortem action items'))
    .get('/', async (c) =>
      c.json(presentPage(c, parseQuery(c, pageQuerySchema), await listPostmortems(context, new Date()))),
    )
    .get('/check', async (c) => c.json(await checkPostmortems(context)))
    .get('/actions', async (c) => {
      const { page, filters } = splitPageQuery(c);
      return c.json(presentPage(c, page, await listPostmortemActionItems(context, filters, new Date())));
    })
    .get('/:which', async (c) => c.json(await showPostmortem(context, c.req.param('which'), new Date())))
    .post('/:which/action-items', async (c) => {
      const body = await c.req.json().catch(() => undefined);
      return c.json(await addActionItem(context, c.get('viewer'), c.req.param('which'), body), 201);
    });
}
