/** The HTTP API: one sub-app per resource under `/api`, errors mapped in one place. */
import { Hono } from 'hono';
import type { AppContext } from '../services/context.js';
import { presentError, presentNotFound } from './errors.js';
import { dependencyRoutes } from './routes/dependencies.js';
import { healthRoutes } from './routes/health.js';
import { metricRoutes } from './routes/metrics.js';
import { peopleRoutes } from './routes/people.js';
import { serviceRoutes } from './routes/services.js';
import { teamRoutes } from './routes/teams.js';
import { githubWebhookRoutes } from './routes/webhooks-github.js';
import { gitlabWebhookRoutes } from './routes/webhooks-gitlab.js';

export function createApp(context: AppContext, options: { log?: (message: string) => void } = {}) {
  const api = new Hono()
    .route('/health', healthRoutes(context))
    .route('/teams', teamRoutes(context))
    .route('/people', peopleRoutes(context))
    .route('/services', serviceRoutes(context))
    .route('/dependencies', dependencyRoutes(context))
    .route('/metrics', metricRoutes(context))
    .route('/webhooks/github', githubWebhookRoutes(context))
    .route('/webhooks/gitlab', gitlabWebhookRoutes(context));

  const app = new Hono().route('/api', api);
  app.onError((error, c) => presentError(error, c, options.log));
  app.notFound(presentNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
