/**
 * The Sextant surfaces a procedure can point at: the CLI commands (paths under `sextant`) and API routes
 * of one feature. Each procedure adds its own sentence on what the feature does for it (`carriedBy`).
 * A test walks the real CLI program and API app, so every path named here must exist there.
 */
import type { SextantFeature } from './types.js';

interface Surface {
  commands: readonly string[];
  api: readonly string[];
}

const surface = (commands: string[], api: string[]): Surface => ({ commands, api });

export const SURFACES = {
  slos: surface(['slos list', 'slos show'], ['GET /api/slos', 'GET /api/slos/:service/:slo']),
  incidents: surface(
    ['incidents list', 'incidents show', 'metrics incidents'],
    ['GET /api/incidents', 'GET /api/metrics/incidents'],
  ),
  postmortems: surface(
    ['postmortems list', 'postmortems check', 'postmortems actions'],
    ['GET /api/postmortems', 'GET /api/postmortems/check', 'GET /api/postmortems/actions'],
  ),
  oncall: surface(['oncall'], ['GET /api/oncall']),
  delivery: surface(
    ['metrics dora', 'metrics overview'],
    ['GET /api/metrics/:family', 'GET /api/metrics/overview'],
  ),
  builds: surface(['metrics builds'], ['GET /api/metrics/:family']),
  reviews: surface(['metrics prs'], ['GET /api/metrics/:family']),
  overview: surface(['metrics overview', 'metrics explain'], ['GET /api/metrics/overview']),
  releases: surface(
    ['releases show', 'releases signoff', 'releases check'],
    ['GET /api/releases/:id{.+}', 'GET /api/releases/anti-patterns'],
  ),
  vulns: surface(
    ['vulns list', 'vulns sla', 'vulns overdue'],
    ['GET /api/vulnerabilities', 'GET /api/vulnerabilities/sla'],
  ),
  dependencies: surface(
    ['dependencies list', 'dependencies critical-path'],
    ['GET /api/dependencies', 'GET /api/dependencies/critical-path'],
  ),
  services: surface(['services list', 'services show'], ['GET /api/services', 'GET /api/services/:name']),
  teams: surface(['teams list', 'teams show'], ['GET /api/teams', 'GET /api/teams/:name']),
  decisionRights: surface(
    ['who-decides'],
    ['GET /api/decision-rights', 'GET /api/decision-rights/who-decides'],
  ),
  rituals: surface(['rituals list', 'rituals agenda'], ['GET /api/rituals', 'GET /api/rituals/agenda']),
  knowledge: surface(['services knowledge'], ['GET /api/knowledge']),
  framework: surface(['framework coverage'], ['GET /api/framework/coverage']),
  okrs: surface(['okrs list', 'okrs tree'], ['GET /api/okrs', 'GET /api/okrs/tree']),
  experiments: surface(
    ['experiments list', 'experiments show'],
    ['GET /api/experiments', 'GET /api/experiments/:id'],
  ),
  maturity: surface(['maturity'], ['GET /api/maturity']),
  roadmap: surface(['roadmap list', 'roadmap show'], ['GET /api/roadmap', 'GET /api/roadmap/:id']),
  capacity: surface(['capacity'], ['GET /api/capacity']),
  risks: surface(['risks list', 'risks heatmap'], ['GET /api/risks', 'GET /api/risks/heatmap']),
  debt: surface(['debt list', 'debt show'], ['GET /api/debt', 'GET /api/debt/:id']),
  decisions: surface(['decisions list', 'decisions show'], ['GET /api/decisions', 'GET /api/decisions/:id']),
  architectureReviews: surface(
    ['decisions reviews list', 'decisions reviews show'],
    ['GET /api/architecture-reviews', 'GET /api/architecture-reviews/:id'],
  ),
  vendors: surface(['vendors list', 'vendors show'], ['GET /api/vendors', 'GET /api/vendors/:id']),
  vendorRenewals: surface(['vendors renewals'], ['GET /api/vendors/renewals']),
  vendorSelection: surface(
    ['vendors select'],
    ['GET /api/vendors/evaluations', 'GET /api/vendors/evaluations/:id'],
  ),
  budget: surface(['budget show', 'budget forecast'], ['GET /api/budget']),
  headcountScenarios: surface(['budget scenario'], ['GET /api/budget/scenarios']),
  controls: surface(
    ['controls list', 'controls readiness'],
    ['GET /api/controls', 'GET /api/controls/readiness'],
  ),
  hiring: surface(
    ['hiring plan', 'hiring funnel', 'hiring calibration'],
    ['GET /api/hiring/plan', 'GET /api/hiring/funnel', 'GET /api/hiring/calibration'],
  ),
  onboarding: surface(
    ['onboarding list', 'onboarding cohort'],
    ['GET /api/onboarding', 'GET /api/onboarding/cohort'],
  ),
  talent: surface(['talent grid', 'talent risks'], ['GET /api/talent/grid', 'GET /api/talent/risks']),
  succession: surface(['talent succession'], ['GET /api/talent/succession', 'GET /api/talent/coverage']),
  attrition: surface(
    ['attrition summary', 'attrition leavers'],
    ['GET /api/attrition', 'GET /api/attrition/leavers'],
  ),
  equity: surface(
    ['attrition equity', 'attrition promotions'],
    ['GET /api/attrition/equity', 'GET /api/attrition/promotions'],
  ),
  surveys: surface(
    ['surveys results', 'surveys trend'],
    ['GET /api/surveys/:id/results', 'GET /api/surveys/trend/:kind'],
  ),
  reports: surface(
    ['report', 'kpis', 'findings'],
    ['GET /api/reports/:kind', 'GET /api/kpis', 'GET /api/findings'],
  ),
} satisfies Record<string, Surface>;

export type SurfaceName = keyof typeof SURFACES;

export function carriedBy(name: SurfaceName, does: string): SextantFeature {
  const { commands, api } = SURFACES[name];
  return { commands, api, does };
}
