/**
 * The risk memo: one risk of the register, its score now and at the end of the previous period, its key
 * risk indicators with their readings, the mitigations and their owners, the findings and incidents that
 * touch the same teams and services, and the decision the memo asks for.
 */
import { InputError, NotFoundError } from '../../domain/errors.js';
import type { ReportBlock, ReportDocument, ReportFigure, ReportSection } from '../../reports/document.js';
import { type AppContext, withReadCache } from '../context.js';
import { listIncidents } from '../incidents.service.js';
import { getRisk, type RiskView } from '../risks.service.js';
import { type Finding, findingsTable, readFindings } from './kind-risks.js';
import {
  apiPath,
  figureAt,
  joinWords,
  reportAsOf,
  type SourcedResult,
  shiftDay,
  shortRef,
} from './kind-source.js';
import type { ReportInput } from './types.js';

/** How far back the memo looks for incidents on the risk's services. */
const INCIDENT_DAYS = 90;

export async function buildRiskMemoReport(shared: AppContext, input: ReportInput): Promise<ReportDocument> {
  const context = withReadCache(shared);
  const { now, viewer } = input;
  const asOf = reportAsOf(context, input);
  const id = input.item ?? '';
  const current = await readRiskOrExplain(context, id, asOf, now);
  const risk = current.body as RiskView;
  const before = await readRiskOrExplain(context, id, input.period.previous.to, now);
  const related = relatedFindings(await readFindings(context, viewer, asOf, now), risk);
  const incidents = await readIncidents(context, risk, shiftDay(asOf, -INCIDENT_DAYS + 1), asOf, now);

  const sections: ReportSection[] = [
    {
      id: 'risk',
      title: 'The risk',
      blocks: [
        { type: 'paragraph', text: risk.description ?? risk.title },
        {
          type: 'list',
          items: [
            `Category: ${risk.category}; status: ${risk.status}.`,
            `Owner: ${risk.owner.name}.`,
            `Concerns: ${joinWords([...risk.teams, ...risk.services].map(shortRef)) || 'the whole organization'}.`,
            `Next review: ${risk.reviewDate}${risk.reviewOverdue ? ' (overdue)' : ''}.`,
          ],
        },
      ],
    },
    { id: 'score', title: 'Score and trend', blocks: scoreBlocks(current, before) },
    { id: 'indicators', title: 'Key risk indicators', blocks: indicatorBlocks(current) },
    { id: 'mitigation', title: 'Mitigation and owners', blocks: [mitigationTable(risk)] },
    {
      id: 'evidence',
      title: 'Related findings and incidents',
      blocks: [
        { type: 'figures', items: incidents.map((result) => incidentFigure(result)) },
        findingsTable(related, 'Open findings on the same teams and services', 5),
      ],
    },
    {
      id: 'evidence-detail',
      title: 'Incidents in detail',
      depth: 'team',
      blocks: [incidentTable(incidents), findingsTable(related, 'Every related finding', related.length)],
    },
    {
      id: 'decision',
      title: 'The decision asked',
      blocks: [{ type: 'paragraph', text: decisionAsked(risk) }],
    },
  ];

  return {
    kind: 'risk-memo',
    title: `Risk memo ${risk.id}: ${risk.title}`,
    subtitle: `Register read on ${asOf}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: now.toISOString(),
    sections: input.audience === 'team' ? sections : sections.filter((section) => section.depth !== 'team'),
  };
}

/** The risk as `/api/risks/:id` answers; an unknown id is bad input that lists the register's ids. */
async function readRiskOrExplain(
  context: AppContext,
  id: string,
  asOf: string,
  now: Date,
): Promise<SourcedResult> {
  try {
    return {
      path: apiPath(`/api/risks/${encodeURIComponent(id)}`, { asOf }),
      body: await getRisk(context, id, { asOf }, now),
    };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const ids = (await context.workspace.governance()).risks.risks.map((risk) => risk.id);
    throw new InputError(
      `No risk ${JSON.stringify(id)} in registers/risks.yaml`,
      [
        {
          path: 'item',
          message: 'unknown risk',
          found: JSON.stringify(id),
          expected: `one of ${ids.join(', ') || '(none)'}`,
        },
      ],
      { cause: error },
    );
  }
}

function scoreBlocks(current: SourcedResult, before: SourcedResult): ReportBlock[] {
  const risk = current.body as RiskView;
  const previous = (before.body as RiskView).residual.score;
  const residual: ReportFigure = {
    ...figureAt(current, '/residual/score', {
      label: 'Residual score',
      unit: 'score',
      direction: 'lower-is-better',
    }),
    previous,
    note: `${risk.residual.level}${risk.residual.assessed ? '' : ', not yet reassessed after mitigation'}`,
  };
  const inherent = figureAt(current, '/inherent/score', {
    label: 'Inherent score',
    unit: 'score',
    direction: 'lower-is-better',
    note: risk.inherent.level,
  });
  const likelihood = figureAt(current, '/residual/likelihood', {
    label: 'Residual likelihood (1-5)',
    unit: 'score',
  });
  const impact = figureAt(current, '/residual/impact', { label: 'Residual impact (1-5)', unit: 'score' });
  const change = risk.residual.score - previous;
  const trend =
    change === 0
      ? `The residual score is unchanged since ${before.path.split('asOf=')[1] ?? 'the previous period'}.`
      : `The residual score ${change > 0 ? 'rose' : 'fell'} by ${Math.abs(change)} since the end of the previous period.`;
  return [
    { type: 'figures', items: [residual, inherent, likelihood, impact] },
    { type: 'paragraph', text: trend },
  ];
}

function indicatorBlocks(current: SourcedResult): ReportBlock[] {
  const risk = current.body as RiskView;
  if (risk.indicators.length === 0) {
    return [
      {
        type: 'missing',
        what: 'Key risk indicators',
        needs: 'an indicator (metric, threshold) on the risk in registers/risks.yaml',
      },
    ];
  }
  const figures: ReportFigure[] = risk.indicators.map((indicator, index) => {
    const figure = figureAt(current, `/indicators/${index}/value`, {
      label: `${indicator.metric.title} (${shortRef(indicator.scope)})`,
      unit: indicator.metric.unit,
      direction: indicator.bad === 'above' ? 'lower-is-better' : 'higher-is-better',
    });
    if (figure.value === null) return { ...figure, note: indicator.needs ?? 'no reading in the window' };
    return {
      ...figure,
      target: indicator.threshold,
      status: indicator.status === 'breached' ? 'off-target' : 'on-target',
    };
  });
  return [{ type: 'figures', items: figures }];
}

function mitigationTable(risk: RiskView): ReportBlock {
  return {
    type: 'table',
    columns: [
      { key: 'action', label: 'Mitigation' },
      { key: 'owner', label: 'Owner' },
      { key: 'due', label: 'Due' },
      { key: 'status', label: 'Status' },
    ],
    rows: risk.mitigations.map((mitigation) => ({
      action: mitigation.action,
      owner: mitigation.owner.name,
      due: mitigation.due,
      status: mitigation.overdue ? `${mitigation.status}, overdue` : mitigation.status,
    })),
    empty: 'No mitigation is recorded.',
  };
}

/** Findings about the risk's teams or services, or with records on them. */
export function relatedFindings(
  findings: readonly Finding[],
  risk: Pick<RiskView, 'teams' | 'services'>,
): Finding[] {
  const refs = new Set([...risk.teams, ...risk.services]);
  return findings.filter(
    (finding) => refs.has(finding.subject) || finding.evidence.records.some((record) => refs.has(record)),
  );
}

async function readIncidents(
  context: AppContext,
  risk: RiskView,
  since: string,
  until: string,
  now: Date,
): Promise<SourcedResult[]> {
  const results: SourcedResult[] = [];
  for (const service of risk.services) {
    const query = { service: shortRef(service), since, until };
    results.push({ path: apiPath('/api/incidents', query), body: await listIncidents(context, query, now) });
  }
  return results;
}

function incidentFigure(result: SourcedResult): ReportFigure {
  const service = new URLSearchParams(result.path.split('?')[1]).get('service') ?? '';
  return figureAt(result, '/total', {
    label: `Incidents on ${service}, last ${INCIDENT_DAYS} days`,
    unit: 'count',
  });
}

function incidentTable(results: readonly SourcedResult[]): ReportBlock {
  const rows = results.flatMap(
    (result) =>
      (
        result.body as {
          items: {
            key: string;
            severity: string;
            title: string;
            service: string | null;
            startedAt: string;
            status: string;
          }[];
        }
      ).items,
  );
  return {
    type: 'table',
    columns: [
      { key: 'key', label: 'Incident' },
      { key: 'severity', label: 'Severity' },
      { key: 'service', label: 'Service' },
      { key: 'title', label: 'Title' },
      { key: 'started', label: 'Started' },
      { key: 'status', label: 'Status' },
    ],
    rows: rows.map((row) => ({
      key: row.key,
      severity: row.severity,
      service: row.service,
      title: row.title,
      started: row.startedAt.slice(0, 10),
      status: row.status,
    })),
    empty: `No incident on these services in the last ${INCIDENT_DAYS} days.`,
  };
}

/** What the memo asks of its reader, from the state of the risk. */
export function decisionAsked(
  risk: Pick<RiskView, 'residual' | 'overdueMitigations' | 'breachedIndicators' | 'mitigations' | 'owner'>,
): string {
  const open = risk.mitigations.filter((mitigation) => mitigation.status !== 'done');
  if (risk.residual.level === 'high' && open.length === 0) {
    return `Decide whether to accept this risk at its residual score of ${risk.residual.score} or to fund a new mitigation; none is open today.`;
  }
  const asks: string[] = [];
  if (risk.breachedIndicators > 0)
    asks.push(
      `treat the ${risk.breachedIndicators} breached indicator(s) as a trigger: bring the open mitigations forward or add capacity to them`,
    );
  if (risk.overdueMitigations > 0)
    asks.push(
      `agree new dates for the ${risk.overdueMitigations} overdue mitigation(s) with their owners, or drop them`,
    );
  if (risk.residual.level === 'high')
    asks.push(`confirm that a high residual risk is acceptable until the mitigations land`);
  if (asks.length === 0)
    return `No decision is needed now: keep the mitigations on plan and review on schedule (owner ${risk.owner.name}).`;
  return `The memo asks the reader to ${joinWords(asks)}.`;
}
