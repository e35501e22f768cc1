/**
 * CI success rate: successful executions ÷ finished executions in the window, cancelled ones excluded
 * from both (see build-facts.ts for which records count).
 */
import { recordId } from '../../domain/records/index.js';
import { type MetricDefinition, type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { type BuildFacts, selectFinishedExecutions } from './build-facts.js';

export const successRateDefinition: MetricDefinition = {
  id: 'builds.success-rate',
  version: 1,
  title: 'CI success rate',
  description:
    'Pipeline runs (or jobs, when asked) that finished in the window with success, divided by all that ' +
    'finished in the window with success or failure; cancelled ones are left out. Each re-run counts.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

export type SuccessRateResult = MetricResult<RateValue>;

export function computeSuccessRate(facts: BuildFacts): SuccessRateResult {
  const finished = selectFinishedExecutions(facts).filter((run) =>
    isInWindow(Date.parse(run.finishedAt), facts.window),
  );
  const succeeded = finished.filter((run) => run.result === 'success').length;
  return toRateResult(
    successRateDefinition,
    facts.window,
    facts.scope,
    { numerator: succeeded, denominator: finished.length, recordIds: finished.map(recordId) },
    `at least 1 CI ${facts.level ?? 'run'} finished (not cancelled) in the window`,
  );
}
