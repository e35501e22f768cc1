/**
 * Plan-versus-actual sections for the quarterly review and the board page: investment balance (finished
 * work by category against the agreed split), headcount by team from the model, the hiring plan (only for
 * a viewer who may read the pipeline) and budget against actuals.
 */
import type { Viewer } from '../../domain/privacy.js';
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import { mayRead } from '../access.service.js';
import { showBudget } from '../budget.service.js';
import { readCapacityAllocation } from '../capacity.service.js';
import type { AppContext } from '../context.js';
import { hiringPlan } from '../hiring.service.js';
import { listTeamViews } from '../org-views.service.js';
import { apiPath, figureAt, type SourcedResult } from './kind-source.js';

const CATEGORIES = ['feature', 'reliability', 'debt', 'security', 'other'] as const;

interface CategoryCell {
  actual: number;
  target: number;
}
interface TeamAllocationBody {
  team: string;
  total: { kind: string; n?: number; categories?: Record<string, CategoryCell> };
}

export async function readCapacity(context: AppContext, from: string, to: string, asOf: string, now: Date) {
  const query = { from: from.slice(0, 7), to: to.slice(0, 7), asOf };
  return { path: apiPath('/api/capacity', query), body: await readCapacityAllocation(context, query, now) };
}

/** Investment balance: a stacked bar of each team's split, and the teams furthest from the agreed split. */
export function investmentBlocks(capacity: SourcedResult): { summary: ReportBlock[]; table: ReportBlock } {
  const teams = (capacity.body as { teams: TeamAllocationBody[] }).teams;
  const measured = teams
    .map((team, index) => ({ team, index }))
    .filter((row) => row.team.total.kind === 'value' && row.team.total.categories);
  if (measured.length === 0) {
    const missing: ReportBlock = {
      type: 'missing',
      what: 'Investment balance',
      needs: 'finished work items from Jira or another tracker, and a capacity.yaml split',
    };
    return { summary: [missing], table: missing };
  }
  const cell = (team: TeamAllocationBody, category: string) =>
    team.total.categories?.[category]?.actual ?? null;
  const chart: ReportBlock = {
    type: 'chart',
    chart: {
      kind: 'stacked-bar',
      title: 'Finished work by category, per team (%)',
      unit: 'percent',
      x: measured.map((row) => row.team.team.replace(/^team:default\//, '')),
      series: CATEGORIES.map((category) => ({
        name: category,
        values: measured.map((row) => cell(row.team, category)),
      })),
    },
  };
  // The largest gaps against the agreed split, in either direction, are what a review discusses.
  const gaps = measured
    .flatMap((row) =>
      CATEGORIES.map((category) => {
        const entry = row.team.total.categories?.[category];
        return entry ? { row, category, gap: entry.actual - entry.target, target: entry.target } : null;
      }),
    )
    .filter((gap): gap is NonNullable<typeof gap> => gap !== null && Math.abs(gap.gap) >= 10)
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
    .slice(0, 6);
  const figures: ReportFigure[] = gaps.map((gap) => ({
    ...figureAt(capacity, `/teams/${gap.row.index}/total/categories/${gap.category}/actual`, {
      label: `${gap.row.team.team.replace(/^team:default\//, '')}: ${gap.category}`,
      unit: 'percent',
    }),
    target: gap.target,
    status: 'off-target' as const,
  }));
  const summary: ReportBlock[] = [
    {
      type: 'paragraph',
      text:
        gaps.length === 0
          ? 'Every team stayed within 10 points of its agreed split.'
          : `${gaps.length} team categories are 10 points or more away from the agreed split (share of finished work).`,
    },
    chart,
  ];
  if (figures.length > 0) summary.push({ type: 'figures', items: figures });
  const table: ReportBlock = {
    type: 'table',
    caption: 'Share of finished work by category (actual / agreed, %)',
    columns: [
      { key: 'team', label: 'Team' },
      { key: 'items', label: 'Items', align: 'right' },
      ...CATEGORIES.map((category) => ({ key: category, label: category, align: 'right' as const })),
    ],
    rows: measured.map(({ team }) => ({
      team: team.team.replace(/^team:default\//, ''),
      items: team.total.n ?? null,
      ...Object.fromEntries(
        CATEGORIES.map((category) => {
          const entry = team.total.categories?.[category];
          return [category, entry ? `${entry.actual} / ${entry.target}` : null];
        }),
      ),
    })),
  };
  return { summary, table };
}

export async function readHeadcount(context: AppContext, asOf: string): Promise<SourcedResult> {
  const { snapshot, teams } = await listTeamViews(context, { asOf });
  const items = teams.map((team) => ({ ref: team.ref, title: team.title, profile: team.profile }));
  return { path: apiPath('/api/teams', { asOf }), body: { ...snapshot, items, total: items.length } };
}

export function headcountBlocks(headcount: SourcedResult): { total: number; table: ReportBlock } {
  const items = (
    headcount.body as { items: { title: string; profile: { size?: { headcount?: number; fte?: number } } }[] }
  ).items;
  const total = items.reduce((sum, team) => sum + (team.profile.size?.headcount ?? 0), 0);
  return {
    total,
    table: {
      type: 'table',
      caption: 'People per team in the organization model',
      columns: [
        { key: 'team', label: 'Team' },
        { key: 'headcount', label: 'People', align: 'right' },
        { key: 'fte', label: 'FTE', align: 'right' },
      ],
      rows: items.map((team) => ({
        team: team.title,
        headcount: team.profile.size?.headcount ?? null,
        fte: team.profile.size?.fte ?? null,
      })),
    },
  };
}

/** The hiring plan, or null when the viewer may not read the pipeline. */
export async function readHiring(
  context: AppContext,
  viewer: Viewer,
  asOf: string,
  now: Date,
): Promise<SourcedResult | null> {
  if (!mayRead(viewer, 'hiring.pipeline')) return null;
  return {
    path: apiPath('/api/hiring/plan', { asOf }),
    body: await hiringPlan(context, viewer, { asOf }, now),
  };
}

export interface OverduePosition {
  id: string;
  role: string;
  daysOverdue: number;
}

export function overduePositions(plan: SourcedResult | null): OverduePosition[] {
  return plan ? (plan.body as { overdue: OverduePosition[] }).overdue : [];
}

/** Hiring plan progress, or a note that the viewer may not read the pipeline. */
export function hiringBlocks(plan: SourcedResult | null): ReportBlock[] {
  if (!plan) {
    return [
      {
        type: 'callout',
        tone: 'info',
        text: 'Hiring plan progress is withheld: it needs the hiring pipeline permission.',
      },
    ];
  }
  const overdue = overduePositions(plan);
  const blocks: ReportBlock[] = [
    {
      type: 'figures',
      items: [
        {
          ...figureAt(plan, '/attainment/value', {
            label: 'Hiring plan attainment',
            unit: 'fraction',
            direction: 'higher-is-better',
          }),
          ...targetOf(plan),
        },
        figureAt(plan, '/byStatus/open', { label: 'Open positions', unit: 'count' }),
        figureAt(plan, '/byStatus/filled', { label: 'Positions filled', unit: 'count' }),
        figureAt(plan, '/timeToFill/median/days', {
          label: 'Time to fill (median)',
          unit: 'days',
          direction: 'lower-is-better',
        }),
      ],
    },
  ];
  if (overdue.length > 0) {
    blocks.push({
      type: 'callout',
      tone: 'warning',
      text: `Past their target date: ${overdue.map((position) => `${position.id} ${position.role} (${position.daysOverdue} days)`).join('; ')}.`,
    });
  }
  return blocks;
}

function targetOf(plan: SourcedResult): { target?: number } {
  const target = (plan.body as { attainment?: { target?: number } }).attainment?.target;
  return typeof target === 'number' ? { target } : {};
}

export async function readBudget(context: AppContext, now: Date): Promise<SourcedResult> {
  return { path: '/api/budget', body: await showBudget(context, { now }) };
}

/** Budget against actuals for the fiscal year to date, and the year-end forecast. */
export function budgetFigures(budget: SourcedResult): ReportFigure[] {
  const currency = ((budget.body as { currency?: string }).currency ?? 'EUR').toLowerCase();
  const unit = currency === 'eur' || currency === 'usd' ? currency : 'currency';
  return [
    figureAt(budget, '/total/yearToDate/plan', { label: 'Budget to date', unit }),
    figureAt(budget, '/total/yearToDate/actual', { label: 'Spent to date', unit }),
    figureAt(budget, '/total/yearToDate/variance/percent', {
      label: 'Variance to date (%)',
      unit: 'percent',
    }),
    figureAt(budget, '/total/forecast/amount', { label: 'Year-end forecast', unit }),
    figureAt(budget, '/total/plan', { label: 'Annual budget', unit }),
  ];
}

/** Each budget category's year to date, for the team version. */
export function budgetTable(budget: SourcedResult): ReportBlock {
  const categories = (
    budget.body as {
      categories: {
        category: string;
        plan: number;
        yearToDate: { plan: number; actual: number; variance: { percent: number; flag: string } };
      }[];
    }
  ).categories;
  return {
    type: 'table',
    caption: 'Budget by category, fiscal year to date',
    columns: [
      { key: 'category', label: 'Category' },
      { key: 'plan', label: 'Plan to date', unit: 'eur', align: 'right' },
      { key: 'actual', label: 'Actual', unit: 'eur', align: 'right' },
      { key: 'variance', label: 'Variance %', unit: 'percent', align: 'right' },
      { key: 'flag', label: 'Flag' },
    ],
    rows: categories.map((category) => ({
      category: category.category,
      plan: category.yearToDate.plan,
      actual: category.yearToDate.actual,
      variance: category.yearToDate.variance.percent,
      flag: category.yearToDate.variance.flag,
    })),
  };
}
