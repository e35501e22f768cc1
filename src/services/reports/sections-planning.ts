/**
 * Plans in reports: OKR key results judged as of the period's last day (those at risk or off track as
 * tiles) and the roadmap's initiatives due soon or slipping. Sources: `/api/okrs?asOf=` and
 * `/api/roadmap?asOf=`.
 */
import { shiftDayKey } from '../../domain/day-keys.js';
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { listOkrs } from '../okrs.service.js';
import { listRoadmap } from '../roadmap.service.js';
import type { ReportInput } from './types.js';

const TROUBLED = new Set(['at-risk', 'off-track']);

/** KR units as the report formatter names them. */
function toFormatUnit(unit: string): string {
  if (unit === 'percent' || unit === '%') return 'percent';
  return unit;
}

/**
 * Key results at risk or off track as tiles (current value against target); the team version also
 * lists every key result's status.
 */
export async function buildOkrBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const asOf = input.period.to;
  const list = await listOkrs(context, { asOf }, input.now);
  if (list.objectives.length === 0) {
    return [
      { type: 'missing', what: 'OKRs for the period', needs: 'an okrs/<quarter>.yaml file in the workspace' },
    ];
  }
  const path = `/api/okrs?asOf=${asOf}`;
  const troubled: ReportFigure[] = [];
  const rows: Record<string, string | number | null>[] = [];
  list.objectives.forEach((objective, objectiveIndex) => {
    objective.keyResults.forEach((kr, krIndex) => {
      const unit = toFormatUnit(kr.unit);
      if (TROUBLED.has(kr.status)) {
        troubled.push({
          label: kr.title,
          value: kr.current?.value ?? null,
          unit,
          target: kr.target,
          status: 'off-target',
          direction: kr.baseline !== null && kr.target < kr.baseline ? 'lower-is-better' : 'higher-is-better',
          source: { path, pointer: `/items/${objectiveIndex}/keyResults/${krIndex}/current/value` },
          note: kr.status.replace('-', ' '),
        });
      }
      rows.push({ objective: objective.title, kr: kr.title, status: kr.status, owner: kr.owner ?? '—' });
    });
  });
  const krCount = rows.length;
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text: `${troubled.length} of ${krCount} key results are at risk or off track as of ${asOf}.`,
    },
  ];
  if (troubled.length > 0) blocks.push({ type: 'figures', items: troubled });
  if (input.audience === 'team') {
    blocks.push({
      type: 'table',
      caption: 'Key results',
      columns: [
        { key: 'objective', label: 'Objective' },
        { key: 'kr', label: 'Key result' },
        { key: 'status', label: 'Status' },
        { key: 'owner', label: 'Owner' },
      ],
      rows,
    });
  }
  return blocks;
}

/** Initiatives whose target falls within `aheadDays` after the period, or that are slipping. */
export async function buildRoadmapDueBlocks(
  context: AppContext,
  input: ReportInput,
  options: { aheadDays?: number } = {},
): Promise<ReportBlock[]> {
  const asOf = input.period.to;
  const roadmap = await listRoadmap(context, { asOf }, input.now);
  const horizon = shiftDayKey(asOf, options.aheadDays ?? 28);
  const rows: Record<string, string | number | null | { value: number | null; unit: string }>[] = [];
  for (const theme of roadmap.themes) {
    for (const initiative of theme.initiatives) {
      const slipping = initiative.schedule.kind === 'slipping';
      const due =
        initiative.target !== null && initiative.target !== undefined && initiative.target <= horizon;
      if (initiative.status === 'done' || (!slipping && !due)) continue;
      rows.push({
        initiative: initiative.title,
        owner: initiative.owner?.name ?? '—',
        target: initiative.target ?? '—',
        progress: {
          value: initiative.progress.kind === 'value' ? initiative.progress.ratio : null,
          unit: 'fraction',
        },
        schedule: slipping
          ? `slipping: ${(initiative.schedule as { reason?: string }).reason ?? ''}`
          : 'on schedule',
      });
    }
  }
  return [
    {
      type: 'table',
      caption: `Roadmap items due by ${horizon} or slipping`,
      columns: [
        { key: 'initiative', label: 'Initiative' },
        { key: 'owner', label: 'Owner' },
        { key: 'target', label: 'Target' },
        { key: 'progress', label: 'Done', align: 'right' },
        { key: 'schedule', label: 'Schedule' },
      ],
      rows,
      empty: 'No roadmap item is due in the next four weeks, and none is slipping.',
    },
  ];
}
