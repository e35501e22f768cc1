/**
 * What ends `sync` and `start` once everything is loaded: an advisor run, then today's KPI cards stored, so
 * the reports, the digest and the overview read them instead of waiting on them.
 */
import type { AppContext } from '../../services/context.js';
import { type AdvisorRunSummary, runAdvisor } from '../../services/findings.service.js';
import type { StoredScorecardSummary } from '../../services/kpi-stored.js';
import { storeScorecard } from '../../services/kpis.service.js';
import { say } from '../output.js';

/**
 * The advisor run that ends `sync` and `start`: the model and registers may have changed even when no
 * record did, so it always runs (for the advisor's default day) rather than trusting an earlier run.
 */
export async function adviseAfterSync(context: AppContext): Promise<AdvisorRunSummary> {
  say('Running the advisor over what was loaded…');
  return runAdvisor(context, {}, new Date());
}

/** Today's KPI cards, stored after the advisor so the overview and the reports read them at once. */
export async function storeKpisAfterSync(context: AppContext): Promise<StoredScorecardSummary> {
  say('Reading the KPI scorecard for today…');
  return storeScorecard(context, {}, new Date());
}

export function formatKpiSummary(summary: StoredScorecardSummary): string {
  return `KPI scorecard for ${summary.asOf}: ${summary.cards} cards stored in ${(summary.ms / 1000).toFixed(1)} s`;
}

export function formatRunSummary(summary: AdvisorRunSummary): string {
  const lines = [
    `Advisor run for ${summary.asOf}: ${summary.rules} rules in ${(summary.durationMs / 1000).toFixed(1)} s`,
    `  raised ${summary.raised}, opened ${summary.opened}, updated ${summary.updated}, cleared ${summary.cleared}, reopened ${summary.reopened}`,
  ];
  if (summary.withoutEvidence > 0)
    lines.push(`  dropped ${summary.withoutEvidence} draft(s) that carried no evidence`);
  if (summary.errors.length > 0) {
    lines.push(`  ${summary.errors.length} rule error(s):`);
    for (const error of summary.errors) lines.push(`    ${error.rule}: ${error.message}`);
  }
  return lines.join('\n');
}
