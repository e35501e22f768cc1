/**
 * /api/reports: the report kinds with the period each covers by default, and one report
 * (`/:kind?period=&format=md|html|pdf|json&audience=exec|team&item=`) built under the caller's role, in
 * the content type of its format.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import {
  assertReportKind,
  buildReport,
  listReportKinds,
  REPORT_AUDIENCES,
  REPORT_CONTENT_TYPES,
  REPORT_FORMATS,
  renderReport,
} from '../../services/reports/index.js';
import type { AuthEnv } from '../auth.js';
import { parseQuery } from '../query.js';

export const reportQuery = z.strictObject({
  period: z.string().min(1).optional(),
  format: z.enum(REPORT_FORMATS as ['md', 'html', 'pdf', 'json']).default('json'),
  audience: z.enum(REPORT_AUDIENCES).optional(),
  item: z.string().min(1).optional(),
});

export function reportsRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', (c) => c.json(listReportKinds(context, new Date())))
    .get('/:kind', async (c) => {
      const kind = assertReportKind(c.req.param('kind'));
      const { format, ...request } = parseQuery(c, reportQuery);
      const document = await buildReport(context, c.get('viewer'), { kind, ...request }, new Date());
      const body = await renderReport(document, format);
      c.header('content-type', REPORT_CONTENT_TYPES[format]);
      if (format === 'pdf') {
        c.header(
          'content-disposition',
          `inline; filename="${kind}-${document.period.label.replace(/\W+/g, '-')}.pdf"`,
        );
        return c.body(new Uint8Array(body as Buffer));
      }
      return c.body(body as string);
    });
}
