import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import {
  checkPostmortems,
  listPostmortemActionItems,
  listPostmortems,
  showPostmortem,
} from '../../services/postmortems.service.js';

/**
 * `/api/postmortems`: the list with checklist scores, the check of all of them (unknown incidents as
 * issues), the action items across them (`?overdue=true&owner=…`), and one postmortem by file name or
 * incident id (URL-encoded).
 */
export function postmortemRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => c.json({ postmortems: await listPostmortems(context, new Date()) }))
    .get('/check', async (c) => c.json(await checkPostmortems(context)))
    .get('/actions', async (c) =>
      c.json({ actionItems: await listPostmortemActionItems(context, c.req.query(), new Date()) }),
    )
    .get('/:which', async (c) => c.json(await showPostmortem(context, c.req.param('which'), new Date())));
}
