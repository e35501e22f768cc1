/**
 * The new leader's 30-60-90 assessment: delivery health against the DORA bands, reliability posture
 * (incidents, SLOs, postmortem practice), architecture risks and talent risks, each with the findings
 * behind it, then a plan for the first 30, 60 and 90 days drawn from those findings' recommended actions.
 */
import type { ReportBlock, ReportDocument, ReportSection } from '../../reports/document.js';
import { type AppContext, withReadCache } from '../context.js';
import {
  ASSESSMENT_AREAS,
  type AssessmentArea,
  architectureFigures,
  findingsByArea,
  planActions,
  talentBlocks,
} from './kind-assessment.js';
import { doraBand, doraFigures, readOverview } from './kind-delivery.js';
import {
  incidentCountFigures,
  postmortemFigures,
  readReliability,
  resolveTimeFigures,
  sloBlocks,
} from './kind-reliability.js';
import { type Finding, findingsTable, readFindings } from './kind-risks.js';
import { lastFullDay, reportAsOf } from './kind-source.js';
import type { ReportInput } from './types.js';

const AREA_TITLES: Record<AssessmentArea, string> = {
  delivery: 'Delivery health',
  reliability: 'Reliability posture',
  architecture: 'Architecture risks',
  talent: 'Talent risks',
};

const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'recoveryTime'] as const;

export async function buildAssessmentReport(shared: AppContext, input: ReportInput): Promise<ReportDocument> {
  const context = withReadCache(shared);
  const { now, viewer } = input;
  const asOf = reportAsOf(context, input);
  const window = { from: input.period.from, to: lastFullDay(context, input) };
  const overview = await readOverview(context, window, now);
  const previous = await readOverview(context, input.period.previous, now);
  const reliability = await readReliability(context, window, now);
  const slo = sloBlocks(reliability);
  const architecture = await architectureFigures(context, asOf, now);
  const talent = await talentBlocks(context, viewer, asOf);
  const findings = await readFindings(context, viewer, asOf, now);
  const byArea = findingsByArea(findings);

  const bands = DORA_KEYS.map((key) => doraBand(overview, key)).filter(
    (band): band is string => band !== null,
  );
  const areaBlocks: Record<AssessmentArea, ReportBlock[]> = {
    delivery: [
      {
        type: 'paragraph',
        text:
          bands.length > 0
            ? `Against the DORA performance bands the organization reads ${bands.join(', ')} over ${window.from} to ${window.to}.`
            : 'No DORA band can be given: the window has too little delivery data.',
      },
      { type: 'figures', items: doraFigures(overview, previous) },
    ],
    reliability: [
      { type: 'figures', items: [...incidentCountFigures(reliability), ...postmortemFigures(reliability)] },
      ...slo.summary,
    ],
    architecture: [{ type: 'figures', items: architecture }],
    talent,
  };

  const sections: ReportSection[] = [
    {
      id: 'summary',
      title: 'Summary',
      blocks: [
        {
          type: 'paragraph',
          text: `${findings.length} open findings visible to this reader: ${countBy(findings, 'high')} high, ${countBy(findings, 'medium')} medium, ${countBy(findings, 'low')} low.`,
        },
        {
          type: 'list',
          items: ASSESSMENT_AREAS.map((area) => `${AREA_TITLES[area]}: ${describeArea(byArea[area])}.`),
        },
      ],
    },
    ...ASSESSMENT_AREAS.flatMap((area): ReportSection[] => [
      {
        id: area,
        title: AREA_TITLES[area],
        blocks: [...areaBlocks[area], findingsTable(byArea[area], `Findings behind the ${area} picture`, 5)],
      },
      {
        id: `${area}-detail`,
        title: `${AREA_TITLES[area]} in detail`,
        depth: 'team',
        blocks: [
          ...(area === 'reliability'
            ? [{ type: 'figures' as const, items: resolveTimeFigures(reliability) }, slo.table]
            : []),
          findingsTable(byArea[area], `Every ${area} finding`, byArea[area].length),
          ...byArea[area].slice(0, 10).map(
            (finding): ReportBlock => ({
              type: 'paragraph',
              text: `${finding.id}: ${finding.summary} ${finding.why}`,
            }),
          ),
        ],
      },
    ]),
    {
      id: 'plan',
      title: 'The 30-60-90 day plan',
      blocks: planActions(findings).flatMap((horizon): ReportBlock[] => [
        { type: 'paragraph', text: horizon.title },
        horizon.items.length > 0
          ? { type: 'list', items: horizon.items, ordered: true }
          : { type: 'paragraph', text: 'Nothing the findings call for in this horizon.' },
      ]),
    },
  ];

  return {
    kind: 'assessment',
    title: `Engineering assessment for the first 90 days`,
    subtitle: `Data from ${window.from} to ${window.to}; registers and findings on ${asOf}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: now.toISOString(),
    sections: input.audience === 'team' ? sections : sections.filter((section) => section.depth !== 'team'),
  };
}

function countBy(findings: readonly Finding[], severity: Finding['severity']): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

function describeArea(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no open finding';
  const high = countBy(findings, 'high');
  return `${findings.length} finding(s)${high > 0 ? `, ${high} high` : ''}; first: ${findings[0]?.title}`;
}
