/**
 * Groups and users → teams and people. A team needs a Team Topologies type and a mission, which
 * Backstage does not have: the type comes from the annotation `sextant.io/team-type` (stream-aligned
 * when absent) and the mission from the description (a placeholder when absent), both reported. A
 * person's role comes from `sextant.io/role` ("engineer" when absent, reported); `memberOf` becomes
 * their teams, their time split evenly when there are several since Backstage records no share.
 */
import type { PersonInput } from '../../domain/person.js';
import { emailSchema } from '../../domain/primitives.js';
import { DEFAULT_NAMESPACE } from '../../domain/refs.js';
import { TEAM_TYPES, type TeamInput, type TeamType } from '../../domain/team.js';
import type { CatalogRefs } from './catalog-refs.js';
import { ANNOTATIONS } from './descriptor.js';
import type { Entity } from './entities.js';
import { type EntityReport, optional } from './report.js';

export const DEFAULT_ROLE = 'engineer';
export const DEFAULT_TEAM_TYPE: TeamType = 'stream-aligned';
export const MISSION_PLACEHOLDER = 'Not written yet (imported from Backstage without a description)';

export function toTeam(entity: Entity<'Group'>, report: EntityReport): TeamInput {
  const annotated = entity.annotations[ANNOTATIONS.teamType];
  let type: TeamType = DEFAULT_TEAM_TYPE;
  if (annotated === undefined) {
    report.default('type', DEFAULT_TEAM_TYPE, `no ${ANNOTATIONS.teamType} annotation`);
  } else if ((TEAM_TYPES as readonly string[]).includes(annotated)) {
    type = annotated as TeamType;
  } else {
    report.problem(
      ['metadata', 'annotations', ANNOTATIONS.teamType],
      'is not a team type',
      annotated,
      TEAM_TYPES.join(', '),
    );
  }
  const description = entity.description?.trim();
  if (!description) report.default('mission', MISSION_PLACEHOLDER, 'the group has no description');
  if (entity.spec.type !== 'team') {
    report.lose('spec.type', `a group of type ${entity.spec.type} with members is imported as a team`);
  }
  return {
    ...nameOf(entity),
    ...optional('title', entity.spec.profile.displayName ?? entity.title),
    type,
    mission: description || MISSION_PLACEHOLDER,
  };
}

export function toPerson(entity: Entity<'User'>, refs: CatalogRefs, report: EntityReport): PersonInput {
  const { spec } = entity;
  const role = entity.annotations[ANNOTATIONS.role];
  if (role === undefined) report.default('role', DEFAULT_ROLE, `no ${ANNOTATIONS.role} annotation`);
  const teams = refs.list(entity, report, 'memberOf', spec.memberOf, ['group'], 'team');
  let memberships: NonNullable<PersonInput['teams']> = teams;
  if (teams.length > 1) {
    const share = Math.floor(100 / teams.length) / 100;
    memberships = teams.map((team) => ({ team, allocation: share }));
    report.default('teams', `allocation ${share} in each`, 'Backstage memberships carry no share of time');
  }
  const { email } = spec.profile;
  const validEmail = email === undefined || emailSchema.safeParse(email).success;
  if (!validEmail) report.lose('spec.profile.email', `${JSON.stringify(email)} is not an email address`);
  return {
    ...nameOf(entity),
    ...optional('displayName', spec.profile.displayName ?? entity.title),
    ...(validEmail ? optional('email', email) : {}),
    role: role ?? DEFAULT_ROLE,
    ...(memberships.length === 0 ? {} : { teams: memberships }),
  };
}

/** `name`, and `namespace` unless it is the default one. */
export function nameOf(entity: Entity): { name: string; namespace?: string } {
  const { name, namespace } = entity.ref;
  return namespace === DEFAULT_NAMESPACE ? { name } : { name, namespace };
}
