/** /api/attrition: people data, decided and audited by the services under the caller's role (docs/privacy.md). */
import { Hono } from 'hono';
import { z } from 'zod';
import { attritionSummary, listLeavers, promotionSummary } from '../../services/attrition.service.js';
import { equityReview } from '../../services/attrition-equity.service.js';
import { exportAttrition, toCsv } from '../../services/attrition-export.js';
import type { AppContext } from '../../services/context.js';
import type { AuthEnv } from '../auth.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

const day = z.iso.date();
export const attritionWindowQuery = z.strictObject({ from: day.optional(), to: day.optional() });
const recordsFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
export const attritionSummaryQuery = attritionWindowQuery.extend({
  by: z.enum(['team', 'tenure']).optional(),
  records: recordsFlag.optional(),
});
export const promotionsQuery = attritionWindowQuery.extend({ records: recordsFlag.optional() });
export const equityQuery = attritionWindowQuery.extend({ dimension: z.string().min(1).optional() });
export const attritionExportQuery = attritionWindowQuery.extend({
  format: z.enum(['csv', 'json']).default('json'),
});

const today = () => new Date().toISOString().slice(0, 10);

export function attritionRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', async (c) =>
      c.json(await attritionSummary(context, c.get('viewer'), parseQuery(c, attritionSummaryQuery), today())),
    )
    .get('/leavers', async (c) => {
      const { page, filters } = parsePagedQuery(c, attritionWindowQuery);
      const { window, leavers } = await listLeavers(context, c.get('viewer'), filters, today());
      return c.json({ window, ...presentPage(c, page, leavers) });
    })
    .get('/promotions', async (c) =>
      c.json(await promotionSummary(context, c.get('viewer'), parseQuery(c, promotionsQuery), today())),
    )
    .get('/equity', async (c) =>
      c.json(await equityReview(context, c.get('viewer'), parseQuery(c, equityQuery), today())),
    )
    .get('/export', async (c) => {
      const { format, ...window } = parseQuery(c, attritionExportQuery);
      const rows = await exportAttrition(context, c.get('viewer'), window, today());
      if (format === 'json') return c.json({ rows });
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'attachment; filename="attrition.csv"');
      return c.body(toCsv(rows));
    });
}
