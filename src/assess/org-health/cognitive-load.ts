/**
 * Cognitive load, from two sides:
 * - assessed: the latest assessment on or before `asOf` (intrinsic + extraneous against the capacity of
 *   10): above capacity is overloaded, at `atCapacity` or more is at capacity; `risingAssessments`
 *   assessments in a row, each higher than the one before, is a rising trend, reported even below
 *   capacity and raising an at-capacity finding to high;
 * - owned: more services than a team of its type can carry (`maxServices`), counted from each service's
 *   declared owner.
 */
import { COGNITIVE_LOAD_CAPACITY, type CognitiveLoad, type Team } from '../../domain/team.js';
import { assessLoad } from '../team-profile.js';
import { buildOrgIndex, type OrgIndex } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import type { OrgHealthFinding, OrgHealthInput, Severity } from './types.js';

const RULE = 'cognitive-load';

export function detectCognitiveLoad(
  input: OrgHealthInput,
  index: OrgIndex = buildOrgIndex(input.model),
): OrgHealthFinding[] {
  return input.model.teams.flatMap((team) => [
    ...detectAssessedLoad(team, input.asOf),
    ...detectServiceCount(team, index),
  ]);
}

const total = (assessment: CognitiveLoad) => assessment.intrinsic + assessment.extraneous;

function detectAssessedLoad(team: Team, asOf: string): OrgHealthFinding[] {
  const { risingAssessments } = ORG_HEALTH_THRESHOLDS.cognitiveLoad;
  const assessments = team.cognitiveLoad
    .filter((assessment) => assessment.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = assessments.at(-1);
  if (!latest) return [];
  const recent = assessments.slice(-risingAssessments);
  const rising =
    recent.length === risingAssessments &&
    recent.every((assessment, i) => i === 0 || total(assessment) > total(recent[i - 1] as CognitiveLoad));
  const measured = assessLoad(latest);
  const load = measured.total;
  const overloaded = measured.status === 'overloaded';
  const full = measured.status !== 'ok';
  if (!full && !rising) return [];
  const severity: Severity = overloaded || (full && rising) ? 'high' : full ? 'medium' : 'low';
  const state = overloaded ? 'overloaded' : full ? 'at capacity' : 'rising';
  const trend = recent.map(total).join(' → ');
  return [
    {
      id: `${RULE}:${team.ref}`,
      rule: RULE,
      check: 'assessed-load',
      severity,
      subject: team.ref,
      title: `${team.ref} is ${state}${full && rising ? ', and rising' : ''} (cognitive load ${load}/${COGNITIVE_LOAD_CAPACITY})`,
      detail:
        `The assessment of ${latest.date} scores ${latest.intrinsic} intrinsic + ${latest.extraneous} extraneous = ` +
        `${load} against a capacity of ${COGNITIVE_LOAD_CAPACITY}` +
        (rising ? `; the last ${recent.length} assessments went ${trend}.` : '.'),
      evidence: {
        metrics: {
          load,
          intrinsic: latest.intrinsic,
          extraneous: latest.extraneous,
          capacity: COGNITIVE_LOAD_CAPACITY,
          assessments: assessments.length,
          rising: rising ? 1 : 0,
        },
        records: [team.ref, ...recent.map((assessment) => `${team.ref}#cognitive-load@${assessment.date}`)],
      },
      recommendation:
        latest.extraneous >= latest.intrinsic
          ? 'Cut the extraneous load first: hand tooling and process toil to the platform, remove manual steps, reduce interruptions.'
          : 'Reduce the domain the team carries: move a service or sub-domain to another team, or split the team along a seam in its work.',
    },
  ];
}

function detectServiceCount(team: Team, index: OrgIndex): OrgHealthFinding[] {
  const max = ORG_HEALTH_THRESHOLDS.cognitiveLoad.maxServices[team.type];
  const owned = index.servicesByOwner.get(team.ref) ?? [];
  if (owned.length <= max) return [];
  return [
    {
      id: `${RULE}/services:${team.ref}`,
      rule: RULE,
      check: 'services-per-team',
      severity: owned.length >= 2 * max ? 'high' : 'medium',
      subject: team.ref,
      title: `${team.ref} owns ${owned.length} services, more than a ${team.type} team can carry (${max})`,
      detail: `${team.ref} owns ${owned.length} services (${owned.map((service) => service.ref).join(', ')}); we allow a ${team.type} team ${max}.`,
      evidence: {
        metrics: { services: owned.length, max },
        records: [team.ref, ...owned.map((service) => service.ref)],
      },
      recommendation:
        'Move the services furthest from the team’s mission to a team whose mission they fit, retire what is no longer used, or let the platform absorb the generic ones.',
    },
  ];
}
