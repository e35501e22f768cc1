/**
 * /api/kpis: the KPI scorecard under the caller's role (docs/kpis.md). `/` is every card (`?asOf=&section=
 * &status=`), `/catalog` the definitions alone (`?section=`), `/:id` one card (`?asOf=`); an unknown id is a
 * 404 that lists the ids there are. People KPIs come back `withheld` for a role that may not read them.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import {
  KPI_SECTIONS,
  type KpiCatalogSection,
  listKpiCatalog,
  parseKpiScorecardQuery,
  readKpi,
  readKpiScorecard,
} from '../../services/kpis.service.js';
import type { AuthEnv } from '../auth.js';
import { parseQuery } from '../query.js';

export const catalogQuery = z.strictObject({
  section: z.enum(KPI_SECTIONS as [KpiCatalogSection, ...KpiCatalogSection[]]).optional(),
});
export const cardQuery = z.strictObject({ asOf: z.iso.date().optional() });

export function kpisRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', async (c) =>
      c.json(await readKpiScorecard(context, c.get('viewer'), parseKpiScorecardQuery(c.req.query()))),
    )
    .get('/catalog', (c) => {
      const { section } = parseQuery(c, catalogQuery);
      return c.json({ kpis: listKpiCatalog(section) });
    })
    .get('/:id', async (c) => {
      const { asOf } = parseQuery(c, cardQuery);
      return c.json(
        await readKpi(context, c.get('viewer'), c.req.param('id'), asOf === undefined ? {} : { asOf }),
      );
    });
}
