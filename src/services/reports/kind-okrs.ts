/**
 * The OKR section of the quarterly review: each objective of the quarter with its roll-up progress and
 * status, and (team depth) every key result with its current reading against its target.
 */

import { NotFoundError } from '../../domain/errors.js';
import type { ReportBlock, ReportFigure, ReportSection } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { listOkrs, type ObjectiveView } from '../okrs.service.js';
import { apiPath, figureAt, type SourcedResult } from './kind-source.js';

const QUARTER = /^\d{4}-Q[1-4]$/;

export async function readOkrs(context: AppContext, periodLabel: string, asOf: string, now: Date) {
  const query = { ...(QUARTER.test(periodLabel) ? { quarter: periodLabel } : {}), asOf };
  let list: Awaited<ReturnType<typeof listOkrs>>;
  try {
    list = await listOkrs(context, query, now);
  } catch (error) {
    // A quarter without an OKR file is a quarter without objectives: the section says so.
    if (!(error instanceof NotFoundError)) throw error;
    return { objectives: [] as ObjectiveView[], result: { path: apiPath('/api/okrs', query), body: {} } };
  }
  const result: SourcedResult = {
    path: apiPath('/api/okrs', query),
    // The route's answer: the list with its items and total.
    body: {
      today: list.today,
      quarters: list.quarters,
      items: list.objectives,
      total: list.objectives.length,
    },
  };
  return { objectives: list.objectives, result };
}

const STATUS_WORDS: Record<string, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'not-started': 'not started',
  'no-data': 'no data',
};

export function okrSections(objectives: ObjectiveView[], result: SourcedResult): ReportSection[] {
  if (objectives.length === 0) {
    return [
      {
        id: 'okrs',
        title: 'Objectives and key results',
        blocks: [
          {
            type: 'missing',
            what: 'OKRs for this quarter',
            needs: 'an okrs/<quarter>.yaml file in the workspace',
          },
        ],
      },
    ];
  }
  const figures: ReportFigure[] = objectives.map((objective, index) => ({
    ...figureAt(result, `/items/${index}/rollUp/progress`, {
      label: objective.title,
      unit: 'fraction',
      direction: 'higher-is-better',
      note: STATUS_WORDS[objective.rollUp.status] ?? objective.rollUp.status,
    }),
    target: objective.rollUp.expected,
    status:
      objective.rollUp.status === 'on-track'
        ? 'on-target'
        : objective.rollUp.progress === null
          ? 'no-data'
          : 'off-target',
  }));
  const behind = objectives.filter((objective) => ['at-risk', 'off-track'].includes(objective.rollUp.status));
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text: `${objectives.length} objectives this quarter; progress is shown against the share of the quarter elapsed (${Math.round(
        (objectives[0]?.rollUp.expected ?? 0) * 100,
      )}%).`,
    },
    { type: 'figures', items: figures },
  ];
  if (behind.length > 0) {
    blocks.push({
      type: 'callout',
      tone: 'warning',
      text: `Behind plan: ${behind.map((objective) => `${objective.title} (${STATUS_WORDS[objective.rollUp.status]})`).join('; ')}.`,
    });
  }
  const keyResults = objectives.flatMap((objective) =>
    objective.keyResults.map((kr) => ({
      objective: objective.id,
      kr: kr.title,
      status: STATUS_WORDS[kr.status] ?? kr.status,
      baseline: kr.baseline ?? null,
      current: kr.current?.value ?? null,
      target: kr.target ?? null,
      progress: kr.progress === null ? null : { value: kr.progress, unit: 'fraction' },
    })),
  );
  return [
    { id: 'okrs', title: 'Objectives and key results', blocks },
    {
      id: 'okr-key-results',
      title: 'Key results in detail',
      depth: 'team',
      blocks: [
        {
          type: 'table',
          columns: [
            { key: 'objective', label: 'Objective' },
            { key: 'kr', label: 'Key result' },
            { key: 'status', label: 'Status' },
            { key: 'baseline', label: 'Baseline', align: 'right' },
            { key: 'current', label: 'Current', align: 'right' },
            { key: 'target', label: 'Target', align: 'right' },
            { key: 'progress', label: 'Progress', align: 'right' },
          ],
          rows: keyResults,
          empty: 'No key results.',
        },
      ],
    },
  ];
}
