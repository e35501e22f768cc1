/**
 * Staffing in reports, only under the viewer's capabilities: headcount and leavers (people.aggregates,
 * never for fewer than five people), open positions, hiring plan attainment and overdue roles
 * (hiring.pipeline). What the viewer may not see is said, never shown as zero.
 */
import { NotAllowedError } from '../../domain/errors.js';
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import { mayRead } from '../access.service.js';
import { attritionSummary } from '../attrition.service.js';
import type { AppContext } from '../context.js';
import { hiringPlan } from '../hiring.service.js';
import type { ReportInput } from './types.js';

export async function buildStaffingBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const figures: ReportFigure[] = [];
  const blocks: ReportBlock[] = [];
  const { from, to } = input.period;
  if (mayRead(input.viewer, 'people.aggregates')) {
    // The same "today" the API route gives the service (the UTC date of now).
    const today = input.now.toISOString().slice(0, 10);
    const summary = await attritionSummary(context, input.viewer, { from, to }, today);
    const path = `/api/attrition?from=${from}&to=${to}`;
    if (summary.scope.kind === 'shown') {
      figures.push(
        {
          label: 'Headcount (average)',
          value: summary.scope.averageHeadcount,
          unit: 'count',
          source: { path, pointer: '/scope/averageHeadcount' },
        },
        {
          label: 'Leavers',
          value: summary.scope.leavers.all.count,
          unit: 'count',
          direction: 'lower-is-better',
          source: { path, pointer: '/scope/leavers/all/count' },
        },
      );
    } else {
      blocks.push({
        type: 'callout',
        tone: 'info',
        text: 'Headcount and leavers are withheld: the group is under five people or there is no people data.',
      });
    }
  } else {
    blocks.push({
      type: 'callout',
      tone: 'info',
      text: 'Headcount and leavers need the people.aggregates capability (leader, people partner or admin).',
    });
  }
  if (mayRead(input.viewer, 'hiring.pipeline')) {
    try {
      const plan = await hiringPlan(context, input.viewer, { asOf: to }, input.now);
      const path = `/api/hiring/plan?asOf=${to}`;
      figures.push({
        label: 'Open positions',
        value: plan.byStatus.open ?? 0,
        unit: 'count',
        source: { path, pointer: '/byStatus/open' },
      });
      if (plan.attainment.kind === 'value') {
        figures.push({
          label: 'Hiring plan attainment',
          value: plan.attainment.value,
          unit: 'fraction',
          target: plan.attainment.target,
          status: plan.attainment.value >= plan.attainment.target ? 'on-target' : 'off-target',
          direction: 'higher-is-better',
          source: { path, pointer: '/attainment/value' },
        });
      }
      const starts = plan.positions.filter(
        (position) => position.filledOn && position.filledOn >= from && position.filledOn <= to,
      );
      blocks.push({
        type: 'table',
        caption: 'Hiring: positions filled in the period and overdue roles',
        columns: [
          { key: 'id', label: 'Position' },
          { key: 'role', label: 'Role' },
          { key: 'team', label: 'Team' },
          { key: 'state', label: 'State' },
        ],
        rows: [
          ...starts.map((position) => ({
            id: position.id,
            role: position.role,
            team: position.team,
            state: `filled ${position.filledOn}`,
          })),
          ...plan.overdue.map((position) => ({
            id: position.id,
            role: position.role,
            team: position.team,
            state: `${position.daysOverdue} days past target`,
          })),
        ],
        empty: 'No position filled in the period, and none overdue.',
      });
    } catch (error) {
      if (!(error instanceof NotAllowedError)) throw error;
      blocks.push({ type: 'missing', what: 'the hiring plan', needs: 'registers/hiring.yaml' });
    }
  } else {
    blocks.push({
      type: 'callout',
      tone: 'info',
      text: 'Hiring figures need the hiring.pipeline capability.',
    });
  }
  return figures.length > 0 ? [{ type: 'figures', items: figures }, ...blocks] : blocks;
}
