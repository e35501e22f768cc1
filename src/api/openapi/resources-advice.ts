/** What Sextant concludes: the KPI scorecard, the advisor's findings and the reports. */
import { REPORT_KINDS } from '../../domain/report-schedule.js';
import { findingFilterQuerySchema } from '../../services/findings-filter.js';
import { kpiScorecardQuerySchema } from '../../services/kpis.service.js';
import { REPORT_CONTENT_TYPES } from '../../services/reports/index.js';
import { noQuery, noteBody, resolveBody, runBody, snoozeBody } from '../routes/findings.js';
import { cardQuery, catalogQuery } from '../routes/kpis.js';
import { reportQuery } from '../routes/reports.js';
import type { OperationDoc, ResourceDoc } from './operation.js';

const FINDING_ID = 'The finding id, e.g. F-3a9c41d2.';

/** A change of a finding's status: each needs findings.manage and answers with the finding. */
function findingChange(action: string, summary: string, body: OperationDoc['body']): OperationDoc {
  return {
    method: 'post',
    path: `/api/findings/{id}/${action}`,
    operationId: `${action}Finding`,
    summary,
    params: { id: FINDING_ID },
    body,
    bodyOptional: action === 'acknowledge' || action === 'reopen',
    returns: 'The finding with its new status.',
  };
}

export const ADVICE_RESOURCES: readonly ResourceDoc[] = [
  {
    tag: 'kpis',
    description: 'The KPI scorecard; people KPIs come back withheld for a role that may not read them.',
    operations: [
      {
        method: 'get',
        path: '/api/kpis',
        operationId: 'getKpiScorecard',
        summary: 'See the KPI scorecard',
        query: kpiScorecardQuerySchema,
        returns: 'Every KPI card by section, with value, target and status.',
      },
      {
        method: 'get',
        path: '/api/kpis/catalog',
        operationId: 'listKpiDefinitions',
        summary: 'List the KPI definitions',
        query: catalogQuery,
        returns: '{ kpis }: the definitions.',
      },
      {
        method: 'get',
        path: '/api/kpis/{id}',
        operationId: 'getKpi',
        summary: 'Show one KPI card',
        query: cardQuery,
        params: { id: 'The KPI id.' },
        returns: 'The card with its history.',
      },
    ],
  },
  {
    tag: 'findings',
    description:
      'The advisor’s findings and their lifecycle; a finding about people is listed only to roles that may read it.',
    operations: [
      {
        method: 'get',
        path: '/api/findings',
        operationId: 'listFindings',
        summary: 'List the advisor’s findings, most severe first',
        description:
          'Open ones unless `all` or `status`; `scope` keeps findings about it or its services, `from` and `to` those seen in the window.',
        query: findingFilterQuerySchema,
        paged: true,
        returns: 'The findings.',
        errors: ['NotFound'],
      },
      {
        method: 'get',
        path: '/api/findings/rules',
        operationId: 'listAdvisorRules',
        summary: 'List the advisor’s rules',
        query: noQuery,
        returns: 'The rules.',
        array: true,
      },
      {
        method: 'post',
        path: '/api/findings/run',
        operationId: 'runAdvisor',
        summary: 'Run the advisor now',
        body: runBody,
        bodyOptional: true,
        returns: 'What the run found: new, still open and cleared findings.',
      },
      {
        method: 'get',
        path: '/api/findings/{id}',
        operationId: 'getFinding',
        summary: 'Show one finding',
        params: { id: FINDING_ID },
        returns: 'The finding with its evidence and status history.',
        restricted: true,
      },
      findingChange('acknowledge', 'Acknowledge a finding', noteBody),
      findingChange('snooze', 'Snooze a finding until a day', snoozeBody),
      findingChange('resolve', 'Resolve a finding', resolveBody),
      findingChange('reopen', 'Reopen a finding', noteBody),
    ],
  },
  {
    tag: 'reports',
    description: 'The reports, built under the caller’s role.',
    operations: [
      {
        method: 'get',
        path: '/api/reports',
        operationId: 'listReportKinds',
        summary: 'List the report kinds and the period each covers by default',
        returns: 'The report kinds.',
      },
      {
        method: 'get',
        path: '/api/reports/{kind}',
        operationId: 'buildReport',
        summary: 'Build one report',
        query: reportQuery,
        params: { kind: `The report kind: ${REPORT_KINDS.join(', ')}.` },
        returns: 'The report in the format asked for.',
        produces: Object.values(REPORT_CONTENT_TYPES),
        restricted: true,
      },
    ],
  },
];
