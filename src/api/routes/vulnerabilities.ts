import { Hono } from 'hono';
import { InputError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import {
  computeVulnerabilitySla,
  importVulnerabilityPayload,
  listOverdueVulnerabilities,
  listVulnerabilityFindings,
} from '../../services/vulnerabilities.service.js';
import { type AuthEnv, writesNeed } from '../auth.js';
import { presentPage } from '../presenters.js';
import { splitPageQuery } from '../query.js';

/**
 * `/api/vulnerabilities`: findings (filtered by team, service, severity, open), the remediation SLA figures
 * for a scope and window, the overdue list per team, and imports. An import body is a Dependabot alert
 * list or event or a SARIF log as JSON, or CSV text (`Content-Type: text/csv`); `format`, `repository` and
 * `source` may be given in the query.
 */
export function vulnerabilityRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .use(writesNeed('records.write', 'vulnerability findings'))
    .get('/', async (c) => {
      const { page, filters } = splitPageQuery(c);
      return c.json(presentPage(c, page, await listVulnerabilityFindings(context, filters, new Date())));
    })
    .get('/sla', async (c) => c.json(await computeVulnerabilitySla(context, c.req.query(), new Date())))
    .get('/overdue', async (c) =>
      c.json(await listOverdueVulnerabilities(context, c.req.query(), new Date())),
    )
    .post('/import', async (c) => {
      const { format, repository, source } = c.req.query();
      const isCsv = (c.req.header('content-type') ?? '').startsWith('text/csv') || format === 'csv';
      const text = await c.req.text();
      let payload: { json: unknown } | { text: string };
      if (isCsv) payload = { text };
      else {
        try {
          payload = { json: JSON.parse(text) };
        } catch (error) {
          throw new InputError('The request body is not JSON', [
            { path: 'body', message: (error as Error).message, expected: 'JSON, or CSV sent as text/csv' },
          ]);
        }
      }
      const summary = await importVulnerabilityPayload(
        context,
        payload,
        { format, repository, source },
        new Date(),
      );
      return c.json(summary, 201);
    });
}
