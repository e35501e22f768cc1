/** The HTTP API: one sub-app per resource under `/api`, errors mapped in one place. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import type { OidcSettings } from '../config.js';
import type { AppContext } from '../services/context.js';
import { viewerMiddleware } from './auth.js';
import { dashboardRoutes } from './dashboard.js';
import type { ErrorBody } from './errors.js';
import { presentError, presentNotFound } from './errors.js';
import { accessRoutes } from './routes/access.js';
import { architectureReviewRoutes } from './routes/architecture-reviews.js';
import { attritionRoutes } from './routes/attrition.js';
import { authRoutes } from './routes/auth.js';
import { budgetRoutes } from './routes/budget.js';
import { capacityRoutes } from './routes/capacity.js';
import { apiRoutes, resourceRoutes } from './routes/catalog.js';
import { controlRoutes } from './routes/controls.js';
import { debtRoutes } from './routes/debt.js';
import { decisionRightsRoutes } from './routes/decision-rights.js';
import { decisionRoutes } from './routes/decisions.js';
import { dependencyRoutes } from './routes/dependencies.js';
import { dxScorecardRoutes } from './routes/dx-scorecard.js';
import { experimentRoutes } from './routes/experiments.js';
import { findingsRoutes } from './routes/findings.js';
import { frameworkRoutes } from './routes/framework.js';
import { healthRoutes } from './routes/health.js';
import { hiringRoutes } from './routes/hiring.js';
import { incidentRoutes } from './routes/incidents.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { kpisRoutes } from './routes/kpis.js';
import { maturityRoutes } from './routes/maturity.js';
import { mcpRoutes } from './routes/mcp.js';
import { metricRoutes } from './routes/metrics.js';
import { okrRoutes } from './routes/okrs.js';
import { onboardingRoutes } from './routes/onboarding.js';
import { oncallRoutes } from './routes/oncall.js';
import { openApiRoutes } from './routes/openapi.js';
import { orgRoutes } from './routes/org.js';
import { peopleRoutes } from './routes/people.js';
import { postmortemRoutes } from './routes/postmortems.js';
import { releaseRoutes } from './routes/releases.js';
import { reportsRoutes } from './routes/reports.js';
import { riskRoutes } from './routes/risks.js';
import { ritualRoutes } from './routes/rituals.js';
import { roadmapRoutes } from './routes/roadmap.js';
import { serviceRoutes } from './routes/services.js';
import { sloRoutes } from './routes/slos.js';
import { surveyRoutes } from './routes/surveys.js';
import { talentRoutes } from './routes/talent.js';
import { teamRoutes } from './routes/teams.js';
import { vendorRoutes } from './routes/vendors.js';
import { vulnerabilityRoutes } from './routes/vulnerabilities.js';
import { githubWebhookRoutes } from './routes/webhooks-github.js';
import { gitlabWebhookRoutes } from './routes/webhooks-gitlab.js';
import { incidentWebhookRoutes } from './routes/webhooks-incidents.js';

export interface AppOptions {
  log?: (message: string) => void;
  /** Served beyond localhost: reads need credentials too. */
  requireAuthentication?: boolean;
  /** The identity provider dashboard users may sign in through: from the environment when absent, none when null. */
  oidc?: OidcSettings | null;
}

/** Request bodies: 1 MiB, except deliveries and imports, which carry whole exports. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_IMPORT_BODY_BYTES = 25 * 1024 * 1024;
const LARGE_BODY_PATHS = [
  /^\/api\/webhooks\//,
  /^\/api\/vulnerabilities\/import$/,
  /^\/api\/releases\/flags$/,
];

function limitBodies() {
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        c.json<ErrorBody>(
          {
            error: { code: 'payload_too_large', message: `The request body is larger than ${maxSize} bytes` },
          },
          413,
        ),
    });
  const small = limit(MAX_BODY_BYTES);
  const large = limit(MAX_IMPORT_BODY_BYTES);
  return createMiddleware((c, next) =>
    LARGE_BODY_PATHS.some((pattern) => pattern.test(c.req.path)) ? large(c, next) : small(c, next),
  );
}

/**
 * Headers for every answer: no framing, no sniffing, no referrer beyond the origin, and a content policy
 * that lets the HTML reports style themselves and show their inline charts but run nothing.
 */
const HEADERS = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ['data:'],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
  crossOriginResourcePolicy: 'same-origin',
});

export function createApp(context: AppContext, options: AppOptions = {}) {
  const viewers = viewerMiddleware(context, {
    requireAuthentication: options.requireAuthentication ?? false,
  });
  const api = new Hono()
    .use(viewers)
    // A strong validator on every answer: a client holding the same body gets 304 without it.
    .use(etag())
    .route('/auth', authRoutes(context, { oidc: options.oidc }))
    .route('/health', healthRoutes(context))
    .route('/openapi.json', openApiRoutes())
    .route('/access', accessRoutes(context))
    .route('/teams', teamRoutes(context))
    .route('/people', peopleRoutes(context))
    .route('/services', serviceRoutes(context))
    .route('/apis', apiRoutes(context))
    .route('/resources', resourceRoutes(context))
    .route('/dependencies', dependencyRoutes(context))
    .route('/decision-rights', decisionRightsRoutes(context))
    .route('/decisions', decisionRoutes(context))
    .route('/architecture-reviews', architectureReviewRoutes(context))
    .route('/', ritualRoutes(context))
    .route('/budget', budgetRoutes(context))
    .route('/controls', controlRoutes(context))
    .route('/risks', riskRoutes(context))
    .route('/vendors', vendorRoutes(context))
    .route('/metrics', metricRoutes(context))
    .route('/vulnerabilities', vulnerabilityRoutes(context))
    .route('/incidents', incidentRoutes(context))
    .route('/postmortems', postmortemRoutes(context))
    .route('/slos', sloRoutes(context))
    .route('/releases', releaseRoutes(context))
    .route('/webhooks/github', githubWebhookRoutes(context))
    .route('/oncall', oncallRoutes(context))
    .route('/org', orgRoutes(context))
    .route('/knowledge', knowledgeRoutes(context))
    .route('/okrs', okrRoutes(context))
    .route('/roadmap', roadmapRoutes(context))
    .route('/capacity', capacityRoutes(context))
    .route('/debt', debtRoutes(context))
    .route('/framework', frameworkRoutes(context))
    .route('/experiments', experimentRoutes(context))
    .route('/maturity', maturityRoutes(context))
    .route('/hiring', hiringRoutes(context))
    .route('/onboarding', onboardingRoutes(context))
    .route('/talent', talentRoutes(context))
    .route('/attrition', attritionRoutes(context))
    .route('/surveys', surveyRoutes(context))
    .route('/dx-scorecard', dxScorecardRoutes(context))
    .route('/kpis', kpisRoutes(context))
    .route('/findings', findingsRoutes(context))
    .route('/reports', reportsRoutes(context))
    .route('/webhooks/gitlab', gitlabWebhookRoutes(context))
    .route('/webhooks/incidents', incidentWebhookRoutes(context));

  // The MCP server for AI assistants (src/mcp/), beside the API: the same viewers, its own protocol.
  const mcp = new Hono().use(viewers).route('/', mcpRoutes(context, options.log ? { log: options.log } : {}));
  const app = new Hono()
    .use('/api/*', HEADERS)
    .use('/mcp', HEADERS)
    .use(limitBodies())
    .route('/api', api)
    .route('/mcp', mcp);
  // Unknown API addresses are JSON 404s; everything else is the dashboard.
  app.all('/api/*', presentNotFound);
  app.route('/', dashboardRoutes());
  app.onError((error, c) => presentError(error, c, options.log));
  app.notFound(presentNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
