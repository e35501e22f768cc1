import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import { readKnowledgeConcentration } from '../../services/knowledge.service.js';
import { presentPage } from '../presenters.js';
import { splitPageQuery } from '../query.js';

/**
 * `/api/knowledge`: knowledge concentration (top authors, truck factor) per repository and service, from
 * git authorship. Query: `repository`, `service` (either or both; neither lists every repository and
 * service), `since` and `asOf` (days, YYYY-MM-DD, or instants) to count only commits authored in between.
 */
export function knowledgeRoutes(context: AppContext) {
  return new Hono().get('/', async (c) => {
    const { page, filters } = splitPageQuery(c);
    return c.json(presentPage(c, page, await readKnowledgeConcentration(context, filters)));
  });
}
