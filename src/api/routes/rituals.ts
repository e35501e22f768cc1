import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { listRituals, ritualAgenda, ritualsCalendar } from '../../services/rituals.service.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parseQuery } from '../query.js';

export const agendaQuery = z.strictObject({ week: dateSchema.optional() });

/**
 * The rituals, mounted at `/api`: `/rituals` (with each one's next occurrence), `/rituals/agenda?week=`
 * (any day of the week; default this week) and `/rituals.ics`, the iCalendar file a calendar subscribes to.
 */
export function ritualRoutes(context: AppContext) {
  return new Hono()
    .get('/rituals', (c) =>
      c.json(presentPage(c, parseQuery(c, pageQuerySchema), listRituals(context, new Date()))),
    )
    .get('/rituals/agenda', (c) => c.json(ritualAgenda(context, parseQuery(c, agendaQuery).week, new Date())))
    .get('/rituals.ics', (c) =>
      c.body(ritualsCalendar(context, new Date()), 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="rituals.ics"',
      }),
    );
}
