/**
 * Org health from evidence: every rule over one organization and its gathered evidence, findings ordered
 * most severe first, then by rule and id so the order is stable. The lookups the rules share are built
 * once, which keeps the whole assessment linear in the size of the organization and its evidence.
 */
import { detectCognitiveLoad } from './cognitive-load.js';
import { detectConwayMismatches } from './conway.js';
import { detectHeroCulture } from './hero-culture.js';
import { detectHiddenDependencies } from './hidden-dependency.js';
import { detectHubTeams } from './hub-team.js';
import { detectMatrixManagement } from './matrix-management.js';
import { buildOrgIndex, type OrgIndex } from './org-index.js';
import { detectSpanOfControl } from './span-of-control.js';
import { detectStaleCollaborations } from './stale-collaboration.js';
import { detectTeamSizes } from './team-size.js';
import {
  ORG_HEALTH_RULES,
  type OrgHealthFinding,
  type OrgHealthInput,
  type OrgHealthRule,
  SEVERITY_ORDER,
} from './types.js';

export { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
export * from './types.js';

const DETECTORS: Record<OrgHealthRule, (input: OrgHealthInput, index: OrgIndex) => OrgHealthFinding[]> = {
  'conway-mismatch': detectConwayMismatches,
  'hub-team': detectHubTeams,
  'matrix-management': detectMatrixManagement,
  'hero-culture': detectHeroCulture,
  'team-size': detectTeamSizes,
  'span-of-control': detectSpanOfControl,
  'cognitive-load': detectCognitiveLoad,
  'stale-collaboration': detectStaleCollaborations,
  'hidden-dependency': detectHiddenDependencies,
};

export function assessOrgHealth(
  input: OrgHealthInput,
  options: { rules?: readonly OrgHealthRule[] } = {},
): OrgHealthFinding[] {
  const index = buildOrgIndex(input.model);
  const rules = options.rules ?? ORG_HEALTH_RULES;
  const ruleOrder = new Map<string, number>(ORG_HEALTH_RULES.map((rule, i) => [rule, i]));
  return rules
    .flatMap((rule) => DETECTORS[rule](input, index))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * The findings that concern one team: about the team itself, a service it owns, one of its members, or
 * citing the team among their records.
 */
export function selectTeamFindings(
  findings: readonly OrgHealthFinding[],
  input: Pick<OrgHealthInput, 'model'>,
  team: string,
): OrgHealthFinding[] {
  const related = new Set<string>([team]);
  for (const service of input.model.services) if (service.owner === team) related.add(service.ref);
  for (const person of input.model.people)
    if (person.teams.some((allocation) => allocation.team === team)) related.add(person.ref);
  return findings.filter(
    (finding) => related.has(finding.subject) || finding.evidence.records.includes(team),
  );
}
