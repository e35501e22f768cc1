/**
 * Risk and finding sections shared by the quarterly review, the board page, the risk memo and the
 * assessment: the register's top risks by residual score, and the advisor's findings as a table.
 */
import type { Viewer } from '../../domain/privacy.js';
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { ensureAdvisorRun, type FindingFilter, listFindings } from '../findings.service.js';
import { listRisks, type RiskView } from '../risks.service.js';
import { apiPath, figureAt, type SourcedResult, shortRef } from './kind-source.js';

/** A finding as the findings service presents it (named here so this file does not need its export). */
export type Finding = Awaited<ReturnType<typeof listFindings>>[number];

export async function readRisks(context: AppContext, asOf: string, now: Date) {
  const list = await listRisks(context, { asOf }, now);
  const result: SourcedResult = {
    path: apiPath('/api/risks', { asOf }),
    body: { asOf: list.asOf, counts: list.counts, items: list.risks, total: list.risks.length },
  };
  return { risks: list.risks, result };
}

/** Open risks, highest residual score first (then inherent), as the register would be reviewed. */
export function rankRisks(risks: readonly RiskView[]): { risk: RiskView; index: number }[] {
  return risks
    .map((risk, index) => ({ risk, index }))
    .filter(({ risk }) => risk.status !== 'closed')
    .sort(
      (a, b) =>
        b.risk.residual.score - a.risk.residual.score ||
        b.risk.inherent.score - a.risk.inherent.score ||
        a.risk.id.localeCompare(b.risk.id),
    );
}

export function riskScoreFigure(result: SourcedResult, index: number, risk: RiskView): ReportFigure {
  return figureAt(result, `/items/${index}/residual/score`, {
    label: `${risk.id} ${risk.title}`,
    unit: 'score',
    direction: 'lower-is-better',
  });
}

/** The open mitigation a reader should know about: the first not done, overdue ones first. */
export function nextMitigation(risk: RiskView): string {
  const open = risk.mitigations.filter((mitigation) => mitigation.status !== 'done');
  const first = open.find((mitigation) => mitigation.overdue) ?? open[0];
  if (!first) return 'no open mitigation recorded';
  return `${first.action} (${first.owner.name}, due ${first.due}${first.overdue ? ', overdue' : ''})`;
}

export function riskTable(ranked: { risk: RiskView }[], limit: number): ReportBlock {
  return {
    type: 'table',
    caption: 'Open risks by residual score',
    columns: [
      { key: 'id', label: 'Risk' },
      { key: 'title', label: 'Title' },
      { key: 'owner', label: 'Owner' },
      { key: 'inherent', label: 'Inherent', align: 'right' },
      { key: 'residual', label: 'Residual', align: 'right' },
      { key: 'indicators', label: 'Breached KRIs', align: 'right' },
      { key: 'mitigation', label: 'Next mitigation' },
    ],
    rows: ranked.slice(0, limit).map(({ risk }) => ({
      id: risk.id,
      title: risk.title,
      owner: risk.owner.name,
      inherent: risk.inherent.score,
      residual: risk.residual.score,
      indicators: risk.breachedIndicators,
      mitigation: nextMitigation(risk),
    })),
    empty: 'No open risk in the register.',
  };
}

/** Findings for the report's day: the advisor runs first if nothing ran for that day since the last sync. */
export async function readFindings(
  context: AppContext,
  viewer: Viewer,
  asOf: string,
  now: Date,
  filter: FindingFilter = {},
): Promise<Finding[]> {
  await ensureAdvisorRun(context, { asOf }, now);
  return listFindings(context, viewer, filter);
}

export function findingsTable(findings: readonly Finding[], caption: string, limit: number): ReportBlock {
  return {
    type: 'table',
    caption,
    columns: [
      { key: 'id', label: 'Finding' },
      { key: 'severity', label: 'Severity' },
      { key: 'title', label: 'What the data shows' },
      { key: 'subject', label: 'About' },
      { key: 'owner', label: 'Suggested owner' },
    ],
    rows: findings.slice(0, limit).map((finding) => ({
      id: finding.id,
      severity: finding.severity,
      title: finding.title,
      subject: finding.subject === 'org' ? 'organization' : shortRef(finding.subject),
      owner: finding.owner ? shortRef(finding.owner) : null,
    })),
    empty: 'No open finding.',
  };
}
