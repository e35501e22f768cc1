import { Hono } from 'hono';
import { InputError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import {
  checkReleaseAntiPatterns,
  computeReleaseMetricsReport,
  listReleaseMetricDefinitions,
  listReleases,
  showRelease,
  signOffRelease,
} from '../../services/releases.service.js';

/** A JSON body, or a 400 naming what was wrong with it. */
async function readJsonBody(c: { req: { json: () => Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json();
  } catch (error) {
    throw new InputError(
      'The request body is not JSON',
      [{ path: 'body', message: 'is not valid JSON', expected: '{ "item": …, "by": …, "note": … }' }],
      { cause: error },
    );
  }
}

/**
 * `/api/releases`: the releases of a scope and window, one release with its checklist, sign-offs on its
 * checklist items, release metrics and release anti-patterns. Release ids hold `:` and `/` (they are
 * deployment ids); send them URL-encoded or as they are, both match.
 */
export function releaseRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => c.json(await listReleases(context, c.req.query(), new Date())))
    .get('/metrics', async (c) =>
      c.json({
        definitions: listReleaseMetricDefinitions(),
        ...(await computeReleaseMetricsReport(context, c.req.query(), new Date())),
      }),
    )
    .get('/anti-patterns', async (c) =>
      c.json(await checkReleaseAntiPatterns(context, c.req.query(), new Date())),
    )
    .post('/:id{.+}/signoffs', async (c) => {
      const body = await readJsonBody(c);
      const result = await signOffRelease(context, c.req.param('id'), body, new Date());
      return c.json(result, 201);
    })
    .get('/:id{.+}', async (c) => c.json(await showRelease(context, c.req.param('id'), new Date())));
}
