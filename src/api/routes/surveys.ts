/**
 * /api/surveys: survey definitions, protected results, open answers and submissions, decided and audited
 * by the services under the caller's role (docs/people/surveys.md). No route returns an individual response.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { toSurveyExportCsv } from '../../services/survey-export.js';
import {
  listSurveys,
  readSurveyExport,
  readSurveyOpenText,
  readSurveyResults,
  readSurveyTrend,
  submitSurveyResponse,
} from '../../services/surveys.service.js';
import type { AuthEnv } from '../auth.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parseQuery } from '../query.js';

export const resultsQuery = z.strictObject({
  team: z.string().min(1).optional(),
  by: z.enum(['team', 'tenure']).optional(),
});
export const openTextQuery = z.strictObject({ team: z.string().min(1).optional() });
export const surveyExportQuery = z.strictObject({ format: z.enum(['csv', 'json']).default('csv') });

export function surveyRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const page = parseQuery(c, pageQuerySchema);
      return c.json(presentPage(c, page, await listSurveys(context, c.get('viewer'), new Date())));
    })
    .get('/trend/:kind', async (c) =>
      c.json(await readSurveyTrend(context, c.get('viewer'), c.req.param('kind'), new Date())),
    )
    .get('/:id/results', async (c) =>
      c.json(
        await readSurveyResults(
          context,
          c.get('viewer'),
          c.req.param('id'),
          parseQuery(c, resultsQuery),
          new Date(),
        ),
      ),
    )
    .get('/:id/open-text', async (c) =>
      c.json(
        await readSurveyOpenText(
          context,
          c.get('viewer'),
          c.req.param('id'),
          parseQuery(c, openTextQuery),
          new Date(),
        ),
      ),
    )
    .get('/:id/export', async (c) => {
      const { format } = parseQuery(c, surveyExportQuery);
      const data = await readSurveyExport(context, c.get('viewer'), c.req.param('id'), format, new Date());
      if (format === 'json') return c.json(data);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${data.survey.id}-results.csv"`);
      return c.body(toSurveyExportCsv(data.sections));
    })
    .post('/:id/responses', async (c) => {
      const body = await c.req.json().catch(() => undefined);
      return c.json(
        await submitSurveyResponse(context, c.get('viewer'), c.req.param('id'), body, new Date()),
        201,
      );
    });
}
