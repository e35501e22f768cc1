/**
 * /api/findings: the advisor's findings under the caller's role (docs/advisor.md).
 * - `GET /` (`?severity=high,medium&status=…&concern=tech&subject=…&all=true`), `GET /rules`, `GET /:id`
 *   read; a finding about people is listed only to roles with its capability.
 * - `POST /run` (`{ "asOf"?: "YYYY-MM-DD" }`) and `POST /:id/{acknowledge,snooze,resolve,reopen}` write
 *   and need findings.manage (manager and above).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import { authorize } from '../../services/access.service.js';
import type { AppContext } from '../../services/context.js';
import {
  acknowledgeFinding,
  listAdvisorRules,
  listFindings,
  parseFindingFilter,
  readFinding,
  reopenFinding,
  resolveFinding,
  runAdvisor,
  snoozeFinding,
} from '../../services/findings.service.js';
import type { AuthEnv } from '../auth.js';
import { presentPage } from '../presenters.js';
import { parseQuery, splitPageQuery } from '../query.js';

const day = z.iso.date();
export const runBody = z.strictObject({ asOf: day.optional() });
export const noteBody = z.strictObject({ note: z.string().max(2000).optional() });
export const snoozeBody = z.strictObject({ until: day, reason: z.string().trim().min(1).max(2000) });
export const resolveBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const noQuery = z.strictObject({});

/** A JSON body checked against `schema`; an empty body counts as `{}`. A bad one is a 400 naming the field. */
async function readBody<T extends z.ZodType>(c: { req: { text: () => Promise<string> } }, schema: T) {
  const text = await c.req.text();
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError('The request body is not JSON', [{ path: 'body', message: 'is not valid JSON' }], {
        cause: error,
      });
    }
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.output<T>;
  throw new InputError(
    'Invalid request body',
    result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message })),
  );
}

export function findingsRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const { page, filters } = splitPageQuery(c);
      return c.json(
        presentPage(c, page, await listFindings(context, c.get('viewer'), parseFindingFilter(filters))),
      );
    })
    .get('/rules', (c) => {
      parseQuery(c, noQuery);
      return c.json(listAdvisorRules());
    })
    .post('/run', async (c) => {
      const body = await readBody(c, runBody);
      await authorize(context, c.get('viewer'), 'findings.manage', { resource: 'advisor run', detail: body });
      return c.json(await runAdvisor(context, body));
    })
    .get('/:id', async (c) => c.json(await readFinding(context, c.get('viewer'), c.req.param('id'))))
    .post('/:id/acknowledge', async (c) => {
      const body = await readBody(c, noteBody);
      return c.json(await acknowledgeFinding(context, c.get('viewer'), c.req.param('id'), body));
    })
    .post('/:id/snooze', async (c) => {
      const body = await readBody(c, snoozeBody);
      return c.json(await snoozeFinding(context, c.get('viewer'), c.req.param('id'), body));
    })
    .post('/:id/resolve', async (c) => {
      const body = await readBody(c, resolveBody);
      return c.json(await resolveFinding(context, c.get('viewer'), c.req.param('id'), body));
    })
    .post('/:id/reopen', async (c) => {
      const body = await readBody(c, noteBody);
      return c.json(await reopenFinding(context, c.get('viewer'), c.req.param('id'), body));
    });
}
