/**
 * Flight risk as the talent review sees it: everyone whose declared flight risk is high, flagged harder
 * when losing them would hurt more.
 *
 * Rules and reasons: a high flight risk is `elevated`; it is `critical` when the person also holds a
 * critical role, is the only named successor of one (the plan for that role leaves with them), or sits in
 * the high-performance row of the grid. Those are the losses succession planning exists to prevent.
 */
import type { Band, CriticalRole } from '../../domain/talent.js';

export type Aggravation = 'holds-critical-role' | 'only-successor' | 'high-performer';

export interface FlightRisk {
  person: string;
  severity: 'elevated' | 'critical';
  aggravations: Aggravation[];
  /** Critical roles held. */
  holds: string[];
  /** Critical roles they are the only named successor of. */
  onlySuccessorOf: string[];
}

export function assessFlightRisk(input: {
  people: readonly { person: string; flightRisk: Band | null }[];
  roles: readonly CriticalRole[];
  /** Each placed person's performance band (after calibration). */
  performance: ReadonlyMap<string, Band>;
}): FlightRisk[] {
  return input.people
    .filter((entry) => entry.flightRisk === 'high')
    .map((entry) => {
      const holds = input.roles.filter((role) => role.holder === entry.person).map((role) => role.id);
      const onlySuccessorOf = input.roles
        .filter((role) => role.successors.length === 1 && role.successors[0]?.person === entry.person)
        .map((role) => role.id);
      const aggravations: Aggravation[] = [];
      if (holds.length > 0) aggravations.push('holds-critical-role');
      if (onlySuccessorOf.length > 0) aggravations.push('only-successor');
      if (input.performance.get(entry.person) === 'high') aggravations.push('high-performer');
      return {
        person: entry.person,
        severity: aggravations.length > 0 ? ('critical' as const) : ('elevated' as const),
        aggravations,
        holds,
        onlySuccessorOf,
      };
    })
    .sort((a, b) => b.aggravations.length - a.aggravations.length || a.person.localeCompare(b.person));
}
