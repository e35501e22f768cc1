import { Hono } from 'hono';
import { InputError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import { resolveFlagBodyFormat } from '../../services/release-flag-import.js';
import {
  checkReleaseAntiPatterns,
  computeReleaseMetricsReport,
  importFeatureFlagPayload,
  listReleaseMetricDefinitions,
  listReleases,
  showRelease,
  signOffRelease,
} from '../../services/releases.service.js';
import { type AuthEnv, writesNeed } from '../auth.js';
import { presentPage } from '../presenters.js';
import { splitPageQuery } from '../query.js';

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
 * checklist items, release metrics, release anti-patterns, and the feature flag import. Release ids hold
 * `:` and `/` (they are deployment ids); send them URL-encoded or as they are, both match.
 *
 * `POST /flags` takes a flag export as the body: CSV (`Content-Type: text/csv`), JSON (an array, or
 * `{ "flags": [...] }`) or JSON Lines (`application/x-ndjson`); `?format=csv|json|jsonl` overrides the
 * content type. Every row is checked first; one bad row answers 400 with every issue and writes nothing.
 */
export function releaseRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .use(writesNeed('records.write', 'releases'))
    .get('/', async (c) => {
      const { page, filters } = splitPageQuery(c);
      const { releases, ...rest } = await listReleases(context, filters, new Date());
      return c.json({ ...rest, ...presentPage(c, page, releases) });
    })
    .get('/metrics', async (c) =>
      c.json({
        definitions: listReleaseMetricDefinitions(),
        ...(await computeReleaseMetricsReport(context, c.req.query(), new Date())),
      }),
    )
    .get('/anti-patterns', async (c) =>
      c.json(await checkReleaseAntiPatterns(context, c.req.query(), new Date())),
    )
    .post('/flags', async (c) => {
      const format = resolveFlagBodyFormat(c.req.header('content-type'), c.req.query('format'));
      const result = await importFeatureFlagPayload(context, { text: await c.req.text(), format });
      return c.json(result, 201);
    })
    .post('/:id{.+}/signoffs', async (c) => {
      const body = await readJsonBody(c);
      const result = await signOffRelease(context, c.req.param('id'), body, new Date());
      return c.json(result, 201);
    })
    .get('/:id{.+}', async (c) => c.json(await showRelease(context, c.req.param('id'), new Date())));
}
