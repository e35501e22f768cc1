/** Delivery and reliability: metrics, incidents, postmortems, SLOs, releases, on-call, vulnerabilities. */
import { signoffInputSchema } from '../../domain/release.js';
import {
  incidentListSchema,
  openIncidentSchema,
  resolveIncidentSchema,
  updateIncidentSchema,
} from '../../services/incidents-input.js';
import { metricQuerySchema } from '../../services/metrics/query.js';
import { REPORT_FAMILIES } from '../../services/metrics.service.js';
import { oncallQuerySchema } from '../../services/oncall.service.js';
import { actionItemInputSchema } from '../../services/postmortem-action-items.js';
import { actionItemQuerySchema } from '../../services/postmortems.service.js';
import { releaseQuerySchema } from '../../services/release-query.js';
import { postedSamplesSchema } from '../../services/slo-import.js';
import {
  vulnerabilityListQuerySchema,
  vulnerabilityOverdueQuerySchema,
  vulnerabilitySlaQuerySchema,
} from '../../services/vulnerabilities.service.js';
import { sloListQuery, sloQuery } from '../routes/slos.js';
import type { ResourceDoc } from './operation.js';

const INCIDENT_ID = 'The incident id, e.g. INC-7 or pagerduty:Q1ABC.';
const RELEASE_ID = 'The release id (a deployment id, which may hold `:` and `/`), URL-encoded or as it is.';

export const DELIVERY_RESOURCES: readonly ResourceDoc[] = [
  {
    tag: 'metrics',
    description:
      'DORA, flow, pull request and build metrics for a scope and window, and the records behind them.',
    operations: [
      {
        method: 'get',
        path: '/api/metrics',
        operationId: 'listMetricDefinitions',
        summary: 'List every metric and how it is computed',
        returns: 'The metric families with each metric’s definition.',
      },
      {
        method: 'get',
        path: '/api/metrics/overview',
        operationId: 'getMetricOverview',
        summary: 'See DORA and flow together for a scope and window',
        query: metricQuerySchema,
        returns: 'DORA and flow results for the scope and window.',
      },
      {
        method: 'get',
        path: '/api/metrics/incidents',
        operationId: 'getIncidentMetrics',
        summary: 'See incident metrics for a scope and window',
        query: metricQuerySchema,
        returns: 'Time to acknowledge, mitigate and resolve, recurrence and counts by severity.',
      },
      {
        method: 'get',
        path: '/api/metrics/explain/{metric}',
        operationId: 'explainMetric',
        summary: 'Show the records behind one metric’s figure',
        query: metricQuerySchema,
        params: { metric: 'The metric id, e.g. deployment-frequency.' },
        returns: 'The figure, its definition and the records it was computed from.',
      },
      {
        method: 'get',
        path: '/api/metrics/{family}',
        operationId: 'getMetricFamily',
        summary: 'See one metric family for a scope and window',
        query: metricQuerySchema,
        params: { family: `The family: ${REPORT_FAMILIES.join(', ')}.` },
        returns: 'The family’s results for the scope and window.',
      },
    ],
  },
  {
    tag: 'incidents',
    description: 'Incidents from every source: declaring, updating and resolving them, with what is overdue.',
    operations: [
      {
        method: 'get',
        path: '/api/incidents',
        operationId: 'listIncidents',
        summary: 'List incidents, newest first',
        description:
          '`scope`, `from` and `to` are the metrics’ names; `team`, `since` and `until` still work.',
        query: incidentListSchema,
        paged: true,
        returns: 'The incidents with what is overdue on open ones, and the instant that was judged at.',
        errors: ['NotFound'],
      },
      {
        method: 'post',
        path: '/api/incidents',
        operationId: 'declareIncident',
        summary: 'Declare an incident',
        body: openIncidentSchema,
        returns: 'The incident as GET /api/incidents/{id} shows it; Location names it.',
        status: 201,
      },
      {
        method: 'get',
        path: '/api/incidents/{id}',
        operationId: 'getIncident',
        summary: 'Show one incident with its roles and timeline',
        params: { id: INCIDENT_ID },
        returns: 'The incident with roles, timeline, and duties overdue and coming due.',
      },
      {
        method: 'post',
        path: '/api/incidents/{id}/updates',
        operationId: 'updateIncident',
        summary: 'Record a status, note, update, role or severity change',
        params: { id: INCIDENT_ID },
        body: updateIncidentSchema,
        returns: 'The incident as GET /api/incidents/{id} shows it.',
        errors: ['Conflict'],
      },
      {
        method: 'post',
        path: '/api/incidents/{id}/resolve',
        operationId: 'resolveIncident',
        summary: 'Resolve an incident',
        params: { id: INCIDENT_ID },
        body: resolveIncidentSchema,
        bodyOptional: true,
        returns: 'The incident as GET /api/incidents/{id} shows it.',
        errors: ['Conflict'],
      },
    ],
  },
  {
    tag: 'postmortems',
    description: 'Postmortems with their checklist scores, and their action items.',
    operations: [
      {
        method: 'get',
        path: '/api/postmortems',
        operationId: 'listPostmortems',
        summary: 'List the postmortems with their checklist scores',
        paged: true,
        returns: 'The postmortems.',
      },
      {
        method: 'get',
        path: '/api/postmortems/check',
        operationId: 'checkPostmortems',
        summary: 'Check every postmortem against the checklist',
        returns: 'Each postmortem’s checklist result and the issues found.',
      },
      {
        method: 'get',
        path: '/api/postmortems/actions',
        operationId: 'listPostmortemActionItems',
        summary: 'List the action items across postmortems',
        query: actionItemQuerySchema,
        paged: true,
        returns: 'The action items, with whether each is overdue.',
      },
      {
        method: 'get',
        path: '/api/postmortems/{which}',
        operationId: 'getPostmortem',
        summary: 'Read one postmortem',
        params: { which: 'The postmortem’s file name or incident id, URL-encoded.' },
        returns: 'The postmortem with its checklist result and action items.',
      },
      {
        method: 'post',
        path: '/api/postmortems/{which}/action-items',
        operationId: 'addPostmortemActionItem',
        summary: 'Add an action item to a postmortem',
        params: { which: 'The postmortem’s file name or incident id, URL-encoded.' },
        body: actionItemInputSchema,
        returns: 'The action item as written to the postmortem’s file.',
        status: 201,
      },
    ],
  },
  {
    tag: 'slos',
    description: 'Service level objectives, their error budgets, and SLI samples posted in.',
    operations: [
      {
        method: 'get',
        path: '/api/slos',
        operationId: 'listSlos',
        summary: 'List every SLO with its status',
        query: sloListQuery,
        paged: true,
        returns: 'Each SLO’s attainment and error budget.',
        errors: ['NotFound'],
      },
      {
        method: 'get',
        path: '/api/slos/{service}/{slo}',
        operationId: 'getSlo',
        summary: 'Show one SLO with its window’s days',
        query: sloQuery,
        params: { service: 'The service’s name.', slo: 'The SLO’s name.' },
        returns: 'The SLO’s figures with its window day by day.',
      },
      {
        method: 'post',
        path: '/api/slos/{service}/{slo}/sli',
        operationId: 'postSliSamples',
        summary: 'Post per-minute SLI samples for an SLO',
        params: { service: 'The service’s name.', slo: 'The SLO’s name.' },
        body: postedSamplesSchema,
        returns: 'How many samples were written.',
        status: 201,
      },
    ],
  },
  {
    tag: 'releases',
    description: 'Releases with their checklist and sign-offs, release metrics, and feature flags.',
    operations: [
      {
        method: 'get',
        path: '/api/releases',
        operationId: 'listReleases',
        summary: 'List the releases of a scope and window',
        query: releaseQuerySchema,
        paged: true,
        returns: 'The releases, with the scope, window and time zone read.',
        errors: ['NotFound'],
      },
      {
        method: 'get',
        path: '/api/releases/metrics',
        operationId: 'getReleaseMetrics',
        summary: 'See release metrics for a scope and window',
        query: releaseQuerySchema,
        returns: 'The release metric definitions and results.',
        errors: ['NotFound'],
      },
      {
        method: 'get',
        path: '/api/releases/anti-patterns',
        operationId: 'checkReleaseAntiPatterns',
        summary: 'Find release anti-patterns in a scope and window',
        query: releaseQuerySchema,
        returns: 'The anti-patterns found, each with its evidence.',
        errors: ['NotFound'],
      },
      {
        method: 'post',
        path: '/api/releases/flags',
        operationId: 'importFeatureFlags',
        summary: 'Import a feature flag export',
        queryText: { format: 'csv, json or jsonl; overrides the content type.' },
        body: {
          description: 'A flag export: CSV, JSON (an array, or { "flags": [...] }) or JSON Lines.',
          types: ['text/csv', 'application/json', 'application/x-ndjson'],
        },
        returns: 'How many flags were written; one bad row writes nothing.',
        status: 201,
        errors: ['InvalidImport'],
      },
      {
        method: 'post',
        path: '/api/releases/{id}/signoffs',
        operationId: 'signOffRelease',
        summary: 'Sign off a release checklist item',
        params: { id: RELEASE_ID },
        body: signoffInputSchema,
        returns: 'The sign-off recorded.',
        status: 201,
      },
      {
        method: 'get',
        path: '/api/releases/{id}',
        operationId: 'getRelease',
        summary: 'Show one release with its checklist',
        params: { id: RELEASE_ID },
        returns: 'The release, its deployments and its checklist.',
      },
    ],
  },
  {
    tag: 'oncall',
    description: 'On-call health, who is on call now, and escalations.',
    operations: [
      {
        method: 'get',
        path: '/api/oncall',
        operationId: 'getOncallHealth',
        summary: 'See on-call health for a window',
        query: oncallQuerySchema,
        returns: 'Pages per shift, out-of-hours load, who is on call now and each service’s escalation.',
      },
    ],
  },
  {
    tag: 'vulnerabilities',
    description: 'Vulnerability findings, remediation SLAs and imports.',
    operations: [
      {
        method: 'get',
        path: '/api/vulnerabilities',
        operationId: 'listVulnerabilities',
        summary: 'List vulnerability findings, oldest first',
        query: vulnerabilityListQuerySchema,
        paged: true,
        returns: 'The findings, each with when it is due and how many days overdue.',
        errors: ['NotFound'],
      },
      {
        method: 'get',
        path: '/api/vulnerabilities/sla',
        operationId: 'getVulnerabilitySla',
        summary: 'See remediation within SLA for a scope and window',
        query: vulnerabilitySlaQuerySchema,
        returns: 'SLA attainment, time to remediate and open findings by age.',
      },
      {
        method: 'get',
        path: '/api/vulnerabilities/overdue',
        operationId: 'listOverdueVulnerabilities',
        summary: 'List findings open past their SLA, per team',
        query: vulnerabilityOverdueQuerySchema,
        returns: 'The SLA days and the overdue findings per team.',
        errors: ['NotFound'],
      },
      {
        method: 'post',
        path: '/api/vulnerabilities/import',
        operationId: 'importVulnerabilities',
        summary: 'Import a Dependabot, SARIF or CSV vulnerability export',
        queryText: {
          format: 'dependabot, sarif or csv; found from the body when absent.',
          repository: 'The repository the findings are about, when the export does not say.',
          source: 'The source name the findings are recorded under.',
        },
        body: {
          description: 'A Dependabot alert list or event, or a SARIF log, as JSON; or CSV text.',
          types: ['application/json', 'text/csv'],
        },
        returns: 'How many findings were written.',
        status: 201,
        errors: ['InvalidImport'],
      },
    ],
  },
];
