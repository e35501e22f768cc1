import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import { readHealth } from '../../services/health.service.js';

export function healthRoutes(context: AppContext) {
  return new Hono().get('/', async (c) => c.json(await readHealth(context)));
}
