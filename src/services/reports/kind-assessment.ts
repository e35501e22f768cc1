/**
 * The parts of the new leader's assessment that no other report has: findings sorted into the four areas
 * a new leader assesses, architecture figures (undeclared dependencies, the debt register), talent risks
 * read only under the viewer's permissions, and the 30/60/90-day plan drawn from the findings' actions.
 */
import type { Viewer } from '../../domain/privacy.js';
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import { mayRead } from '../access.service.js';
import { attritionSummary } from '../attrition.service.js';
import type { AppContext } from '../context.js';
import { listDebt } from '../debt.service.js';
import { getHiddenDependencies } from '../dependencies.service.js';
import { readTalentRisks } from '../talent-risks.service.js';
import type { Finding } from './kind-risks.js';
import { apiPath, figureAt, type SourcedResult, shiftDay, shortRef } from './kind-source.js';

export const ASSESSMENT_AREAS = ['delivery', 'reliability', 'architecture', 'talent'] as const;
export type AssessmentArea = (typeof ASSESSMENT_AREAS)[number];

/** Which area a finding's framework concern belongs to; organization and process concerns count as delivery. */
export function areaOf(concern: string): AssessmentArea {
  if (concern.startsWith('people.')) return 'talent';
  if (/^tech\.(reliability|incident|observability|operations)/.test(concern)) return 'reliability';
  if (concern.startsWith('tech.')) return 'architecture';
  if (/dependenc|architecture|debt|risk/.test(concern)) return 'architecture';
  return 'delivery';
}

export function findingsByArea(findings: readonly Finding[]): Record<AssessmentArea, Finding[]> {
  const byArea: Record<AssessmentArea, Finding[]> = {
    delivery: [],
    reliability: [],
    architecture: [],
    talent: [],
  };
  for (const finding of findings) byArea[areaOf(finding.concern)].push(finding);
  return byArea;
}

const HORIZONS = [
  { days: 30, severity: 'high', text: 'First 30 days: stop the bleeding' },
  { days: 60, severity: 'medium', text: 'Days 31 to 60: fix the systems behind it' },
  { days: 90, severity: 'low', text: 'Days 61 to 90: build the habits' },
] as const;

/** Per horizon, the first recommended action of each finding of its severity, most severe findings first. */
export function planActions(
  findings: readonly Finding[],
  perHorizon = 6,
): { title: string; items: string[] }[] {
  return HORIZONS.map((horizon) => ({
    title: horizon.text,
    items: findings
      .filter((finding) => finding.severity === horizon.severity && finding.actions.length > 0)
      .slice(0, perHorizon)
      .map(
        (finding) =>
          `${finding.actions[0]} (${finding.id}: ${finding.title}${finding.owner ? `; owner ${shortRef(finding.owner)}` : ''})`,
      ),
  }));
}

export async function architectureFigures(
  context: AppContext,
  asOf: string,
  now: Date,
): Promise<ReportFigure[]> {
  const hidden: SourcedResult = {
    path: '/api/dependencies/hidden',
    body: await getHiddenDependencies(context, {}),
  };
  const { items, ...register } = await listDebt(context, { asOf }, now);
  const debt: SourcedResult = {
    path: apiPath('/api/debt', { asOf }),
    body: { ...register, items, total: items.length },
  };
  return [
    figureAt(hidden, '/total', {
      label: 'Team pairs calling each other without a declared dependency',
      unit: 'count',
      direction: 'lower-is-better',
    }),
    figureAt(debt, '/total', { label: 'Items in the technical debt register', unit: 'count' }),
  ];
}

/** Succession gaps, sole experts, flight risks and attrition: counts only, and only under the viewer's permissions. */
export async function talentBlocks(
  context: AppContext,
  viewer: Viewer,
  asOf: string,
): Promise<ReportBlock[]> {
  const blocks: ReportBlock[] = [];
  if (mayRead(viewer, 'people.talent')) {
    const risks = await readTalentRisks(context, viewer);
    const gaps = risks.singlePointsOfFailure.rolesWithoutSuccessor;
    const knowledge = risks.singlePointsOfFailure.knowledge;
    blocks.push({
      type: 'list',
      items: [
        `${gaps.length} key role(s) without a ready successor${gaps.length > 0 ? `: ${gaps.map((gap) => gap.title).join(', ')}` : ''}.`,
        knowledge.kind === 'value'
          ? `${knowledge.soleExperts.length} of ${knowledge.servicesChecked} critical services depend on one expert.`
          : `Knowledge concentration not assessed: ${knowledge.reason}.`,
        `${risks.flightRisks.length} people show flight-risk signals (names in \`sextant talent risks\`).`,
      ],
    });
  } else {
    blocks.push({
      type: 'callout',
      tone: 'info',
      text: 'Succession and flight risk are withheld: they need the talent permission.',
    });
  }
  if (mayRead(viewer, 'people.aggregates')) {
    const from = shiftDay(asOf, -364);
    const summary: SourcedResult = {
      path: apiPath('/api/attrition', { from, to: asOf }),
      body: await attritionSummary(context, viewer, { from, to: asOf }, asOf),
    };
    const shown = (summary.body as { scope: { kind: string } }).scope.kind === 'shown';
    blocks.push(
      shown
        ? {
            type: 'figures',
            items: [
              figureAt(summary, '/scope/leavers/all/annualizedRate', {
                label: 'Attrition, last 12 months (annualized)',
                unit: 'fraction',
                direction: 'lower-is-better',
              }),
              figureAt(summary, '/scope/leavers/regrettable/annualizedRate', {
                label: 'Regrettable attrition (annualized)',
                unit: 'fraction',
                direction: 'lower-is-better',
              }),
            ],
          }
        : {
            type: 'callout',
            tone: 'info',
            text: 'Attrition is withheld: the group is under the minimum size.',
          },
    );
  } else {
    blocks.push({
      type: 'callout',
      tone: 'info',
      text: 'Attrition is withheld: it needs the people aggregates permission.',
    });
  }
  return blocks;
}
