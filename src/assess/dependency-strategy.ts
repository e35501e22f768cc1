/**
 * A suggested resolution strategy for each dependency, from its type and its state on the "as of" day,
 * chosen among the playbook's six (contract-first, embedded engineer, shared interface, reprioritize,
 * decouple, eliminate). A strategy the workspace declares is kept; the suggestion is shown beside it with
 * its reason, and whether the two agree.
 *
 * The rules, first match wins:
 * - Closed (available, done, cancelled): nothing to resolve.
 * - Blocking and overdue: reprioritize, i.e. the provider moves it to the top of its backlog (and the
 *   delay is escalated) because the consumer has been unable to start past the date it needed.
 * - Blocking, not started: with little time left (`URGENT_DAYS`) or high risk, embed an engineer from the
 *   provider so the work starts where it is needed; otherwise agree the contract first so both teams
 *   build at once and the consumer is no longer blocked.
 * - Blocking, in progress: with little time left or high risk, embed an engineer; otherwise agree the
 *   interface and let the consumer work against a mock until the real thing lands.
 * - Non-blocking: overdue, decouple (a feature flag or adapter lets the consumer ship without it);
 *   otherwise keep to the shared interface and its mock.
 * - Soft: a workaround exists, so overdue means eliminate the dependency and keep the workaround;
 *   otherwise decouple so the consumer ships on the workaround and switches later.
 */
import type { Dependency, RESOLUTION_STRATEGIES } from '../domain/dependency.js';
import { assessDependency } from './dependency-state.js';

export type ResolutionStrategy = (typeof RESOLUTION_STRATEGIES)[number];

/** Fewer days than this before the needed-by date leave no time to negotiate: act inside the provider team. */
export const URGENT_DAYS = 14;

export interface StrategySuggestion {
  ref: string;
  /** What the workspace declares; kept as it is. */
  declared: ResolutionStrategy | null;
  /** What the type and state suggest; null when there is nothing left to resolve. */
  suggested: ResolutionStrategy | null;
  reason: string;
  /** Whether declared and suggested are the same; null when either is missing. */
  agrees: boolean | null;
}

export function suggestStrategy(dependency: Dependency, asOf: string): StrategySuggestion {
  const { suggested, reason } = pickStrategy(dependency, asOf);
  return {
    ref: dependency.ref,
    declared: dependency.strategy,
    suggested,
    reason,
    agrees: dependency.strategy === null || suggested === null ? null : dependency.strategy === suggested,
  };
}

function pickStrategy(
  dependency: Dependency,
  asOf: string,
): { suggested: ResolutionStrategy | null; reason: string } {
  const state = assessDependency(dependency, asOf);
  if (!state.open) {
    return {
      suggested: null,
      reason:
        dependency.status === 'available'
          ? 'available: the consumer can integrate it now'
          : `${dependency.status}: nothing left to resolve`,
    };
  }
  const left =
    state.daysToNeededBy === null ? 'no needed-by date' : `${state.daysToNeededBy} days before it is needed`;
  const urgent = state.daysToNeededBy !== null && state.daysToNeededBy < URGENT_DAYS;
  const pressed = urgent || dependency.risk === 'high';
  const why = urgent ? left : 'high risk';
  switch (dependency.type) {
    case 'blocking':
      if (state.overdue) {
        return {
          suggested: 'reprioritize',
          reason: `blocking and ${state.daysOverdue} days overdue: the provider moves it to the top of its backlog and the delay is escalated`,
        };
      }
      if (dependency.status === 'not-started') {
        return pressed
          ? {
              suggested: 'embedded-engineer',
              reason: `blocking, not started, ${why}: an engineer from the provider joins the consumer to build it`,
            }
          : {
              suggested: 'contract-first',
              reason: `blocking, not started, ${left}: agree the contract now so both teams build at once`,
            };
      }
      return pressed
        ? {
            suggested: 'embedded-engineer',
            reason: `blocking, in progress, ${why}: an engineer from the provider works alongside the consumer to land it`,
          }
        : {
            suggested: 'shared-interface',
            reason: `blocking, in progress, ${left}: agree the interface so the consumer works against a mock meanwhile`,
          };
    case 'non-blocking':
      return state.overdue
        ? {
            suggested: 'decouple',
            reason: `non-blocking and ${state.daysOverdue} days overdue: ship behind a flag or adapter without it`,
          }
        : {
            suggested: 'shared-interface',
            reason: `non-blocking, ${left}: keep working against the agreed interface and its mock`,
          };
    case 'soft':
      return state.overdue
        ? {
            suggested: 'eliminate',
            reason: `soft and ${state.daysOverdue} days overdue: keep the workaround and drop the dependency`,
          }
        : {
            suggested: 'decouple',
            reason: `soft, ${left}: ship on the workaround and switch when it arrives`,
          };
  }
}
