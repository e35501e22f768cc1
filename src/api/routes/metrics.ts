import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import { computeIncidentMetricsReport } from '../../services/incident-metrics.service.js';
import {
  computeMetricReport,
  explainMetric,
  findFamilyReport,
  listMetricDefinitions,
  METRIC_FAMILIES,
  REPORT_FAMILIES,
} from '../../services/metrics.service.js';
import { readOverview } from '../../services/overview-cache.js';

const familyParam = z.enum(REPORT_FAMILIES);
const catalogFamily = z.enum(METRIC_FAMILIES);

/**
 * `/api/metrics`: the catalog, DORA and flow together (`/overview`, read from the facts kept at ingest), one
 * family for a scope and window, and the records behind a figure.
 */
export function metricRoutes(context: AppContext) {
  return new Hono()
    .get('/', (c) => c.json({ families: listMetricDefinitions() }))
    .get('/overview', async (c) => c.json(await readOverview(context, c.req.query(), new Date())))
    .get('/incidents', async (c) =>
      c.json(await computeIncidentMetricsReport(context, c.req.query(), new Date())),
    )
    .get('/explain/:metric', async (c) =>
      c.json(await explainMetric(context, c.req.param('metric'), c.req.query(), new Date())),
    )
    .get('/:family', async (c) => {
      const family = familyParam.safeParse(c.req.param('family'));
      if (!family.success) {
        const elsewhere = catalogFamily.safeParse(c.req.param('family'));
        if (elsewhere.success) {
          throw new NotFoundError(
            `The ${elsewhere.data} metrics are reported at ${findFamilyReport(elsewhere.data).api}`,
          );
        }
        throw new NotFoundError(
          `No metric family ${c.req.param('family')}; expected one of ${REPORT_FAMILIES.join(', ')}`,
        );
      }
      return c.json(await computeMetricReport(context, family.data, c.req.query(), new Date()));
    });
}
