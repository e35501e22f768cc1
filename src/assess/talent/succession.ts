/**
 * Succession of critical roles: for each role, who could take over now and who in one to two years, and
 * the coverage of the whole set of roles.
 *
 * Rules and reasons:
 * - A role's status is its best readiness: `ready-now` when anyone is ready now, `1-2-years` when only
 *   later successors are named, `none` when nobody is.
 * - Coverage is counted over roles, not people: the share of critical roles with a ready-now successor,
 *   and the share with any named successor (ready now or in one to two years). With no critical roles
 *   declared there is nothing to divide by, which is said rather than shown as 0 %.
 */
import type { CriticalRole, Readiness } from '../../domain/talent.js';

export type SuccessionStatus = Readiness | 'none';

export interface RoleSuccession {
  id: string;
  title: string;
  holder: string;
  services: string[];
  readyNow: string[];
  inOneToTwoYears: string[];
  status: SuccessionStatus;
}

export type SuccessionCoverage =
  | {
      kind: 'value';
      roles: number;
      readyNow: { roles: number; ratio: number };
      /** Roles with any named successor, ready now or in one to two years. */
      withSuccessor: { roles: number; ratio: number };
      withoutSuccessor: number;
    }
  | { kind: 'insufficient-data'; n: 0; needs: string };

export function assessRoleSuccession(role: CriticalRole): RoleSuccession {
  const readyNow = role.successors.filter((s) => s.readiness === 'ready-now').map((s) => s.person);
  const later = role.successors.filter((s) => s.readiness === '1-2-years').map((s) => s.person);
  return {
    id: role.id,
    title: role.title,
    holder: role.holder,
    services: role.services,
    readyNow,
    inOneToTwoYears: later,
    status: readyNow.length > 0 ? 'ready-now' : later.length > 0 ? '1-2-years' : 'none',
  };
}

export function assessSuccessionCoverage(roles: readonly CriticalRole[]): SuccessionCoverage {
  if (roles.length === 0) return { kind: 'insufficient-data', n: 0, needs: 'at least one critical role' };
  const statuses = roles.map((role) => assessRoleSuccession(role).status);
  const readyNow = statuses.filter((status) => status === 'ready-now').length;
  const withSuccessor = statuses.filter((status) => status !== 'none').length;
  return {
    kind: 'value',
    roles: roles.length,
    readyNow: { roles: readyNow, ratio: readyNow / roles.length },
    withSuccessor: { roles: withSuccessor, ratio: withSuccessor / roles.length },
    withoutSuccessor: roles.length - withSuccessor,
  };
}
