/** The HTTP API: one sub-app per resource under `/api`, errors mapped in one place. */
import { Hono } from 'hono';
import type { AppContext } from '../services/context.js';
import { viewerMiddleware } from './auth.js';
import { presentError, presentNotFound } from './errors.js';
import { accessRoutes } from './routes/access.js';
import { architectureReviewRoutes } from './routes/architecture-reviews.js';
import { attritionRoutes } from './routes/attrition.js';
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
import { metricRoutes } from './routes/metrics.js';
import { okrRoutes } from './routes/okrs.js';
import { onboardingRoutes } from './routes/onboarding.js';
import { oncallRoutes } from './routes/oncall.js';
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

export function createApp(context: AppContext, options: { log?: (message: string) => void } = {}) {
  const api = new Hono()
    .use(viewerMiddleware(context))
    .route('/health', healthRoutes(context))
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

  const app = new Hono().route('/api', api);
  app.onError((error, c) => presentError(error, c, options.log));
  app.notFound(presentNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
