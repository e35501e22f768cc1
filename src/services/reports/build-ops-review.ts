/**
 * The operational excellence review: reliability trends (incidents per week by severity, time to resolve,
 * SLO attainment and error budgets), recurring causes, postmortem follow-ups by owner, and on-call load.
 * The team version adds the incident list and every SLO; the numbers are the same in both.
 */
import type { ReportDocument, ReportSection } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import {
  buildActionItemBlocks,
  buildOncallBlocks,
  buildPostmortemsPublishedBlocks,
  buildRecurrenceBlocks,
} from './sections-followups.js';
import {
  buildIncidentSeverityChart,
  buildIncidentTableBlocks,
  buildSloBlocks,
  readIncidentFigures,
  readRecoveryFigures,
} from './sections-reliability.js';
import type { ReportInput } from './types.js';

/** Weeks in the incident trend chart. */
const TREND_WEEKS = 8;

export async function buildOpsReviewReport(context: AppContext, input: ReportInput): Promise<ReportDocument> {
  const incidents = await readIncidentFigures(context, input);
  const chart = await buildIncidentSeverityChart(context, input, { weeks: TREND_WEEKS });
  const recovery = await readRecoveryFigures(context, input);
  const incidentTable = await buildIncidentTableBlocks(context, input);
  const slos = await buildSloBlocks(context, input);
  const recurrence = await buildRecurrenceBlocks(context, input);
  const postmortems = await buildPostmortemsPublishedBlocks(context, input);
  const actions = await buildActionItemBlocks(context, input);
  const oncall = await buildOncallBlocks(context, input);

  const sections: ReportSection[] = [
    {
      id: 'reliability',
      title: 'Reliability trends',
      blocks: [
        { type: 'figures', items: incidents },
        chart,
        { type: 'paragraph', text: 'Median time from start to resolution, by severity:' },
        { type: 'figures', items: recovery },
      ],
    },
    { id: 'incidents', title: 'Incidents of the period', blocks: incidentTable, depth: 'team' },
    { id: 'slos', title: 'SLO attainment and error budgets', blocks: slos },
    { id: 'recurring', title: 'Recurring defects and causes', blocks: recurrence },
    { id: 'follow-ups', title: 'Postmortem follow-ups', blocks: [...postmortems, ...actions] },
    { id: 'oncall', title: 'On-call load', blocks: oncall },
  ];
  return {
    kind: input.kind,
    title: 'Operational excellence review',
    subtitle: `${input.period.label}, with the ${TREND_WEEKS} weeks before it`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: input.now.toISOString(),
    sections,
  };
}
