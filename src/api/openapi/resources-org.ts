/** The organization: teams, people, services, their dependencies and how they decide. */
import {
  chainsSchema,
  criticalPathSchema,
  dependencyFilterSchema,
  hiddenSchema,
} from '../../services/dependencies.service.js';
import { knowledgeQuerySchema } from '../../services/knowledge.service.js';
import { orgHealthQuerySchema } from '../../services/org-health.service.js';
import { reviewListQuery } from '../routes/architecture-reviews.js';
import { catalogListQuery } from '../routes/catalog.js';
import { whoDecidesQuery } from '../routes/decision-rights.js';
import { decisionListQuery } from '../routes/decisions.js';
import { orgChartQuery, peopleListQuery, personQuery } from '../routes/people.js';
import { agendaQuery } from '../routes/rituals.js';
import { serviceListQuery, serviceQuery } from '../routes/services.js';
import { teamListQuery, teamQuery } from '../routes/teams.js';
import type { ResourceDoc } from './operation.js';

export const ORG_RESOURCES: readonly ResourceDoc[] = [
  {
    tag: 'teams',
    description: 'Teams as declared, with derived members, cognitive load and interactions.',
    operations: [
      {
        method: 'get',
        path: '/api/teams',
        operationId: 'listTeams',
        summary: 'List the teams',
        query: teamListQuery,
        paged: true,
        returns: 'The teams, with the snapshot day they were read on.',
      },
      {
        method: 'get',
        path: '/api/teams/{name}',
        operationId: 'getTeam',
        summary: 'Show one team with its members, load and team API',
        query: teamQuery,
        params: { name: 'The team’s name or reference.' },
        returns: 'The team with its members, profile and the APIs it provides and consumes.',
      },
    ],
  },
  {
    tag: 'people',
    description: 'People, with the fields anyone may see, and the org chart.',
    operations: [
      {
        method: 'get',
        path: '/api/people',
        operationId: 'listPeople',
        summary: 'List the people',
        query: peopleListQuery,
        paged: true,
        returns: 'The people (non-sensitive fields only), with the snapshot day.',
      },
      {
        method: 'get',
        path: '/api/people/chart',
        operationId: 'getOrgChart',
        summary: 'Draw the org chart',
        query: orgChartQuery,
        returns: 'The reporting tree from the root person down.',
      },
      {
        method: 'get',
        path: '/api/people/{name}',
        operationId: 'getPerson',
        summary: 'Show one person with their management chain and reports',
        query: personQuery,
        params: { name: 'The person’s name or reference.' },
        returns: 'The person with management chain, direct and dotted-line reports.',
      },
    ],
  },
  {
    tag: 'services',
    description:
      'Services with owner and dependents, the APIs they provide and consume, and their resources.',
    operations: [
      {
        method: 'get',
        path: '/api/services',
        operationId: 'listServices',
        summary: 'List the services',
        query: serviceListQuery,
        paged: true,
        returns: 'The services, with the snapshot day.',
      },
      {
        method: 'get',
        path: '/api/services/{name}',
        operationId: 'getService',
        summary: 'Show one service',
        query: serviceQuery,
        params: { name: 'The service’s name or reference.' },
        returns: 'The service with owner, repositories, dependencies and SLOs.',
      },
      {
        method: 'get',
        path: '/api/apis',
        operationId: 'listApis',
        summary: 'List the APIs services provide',
        query: catalogListQuery,
        paged: true,
        returns: 'The APIs, each with its owner and type.',
      },
      {
        method: 'get',
        path: '/api/apis/{name}',
        operationId: 'getApi',
        summary: 'Show one API with its providers and consumers',
        params: { name: 'The API’s name or reference.' },
        returns: 'The API with the services that provide and consume it.',
      },
      {
        method: 'get',
        path: '/api/resources',
        operationId: 'listResources',
        summary: 'List the resources services need',
        query: catalogListQuery,
        paged: true,
        returns: 'The resources (databases, queues, buckets …).',
      },
      {
        method: 'get',
        path: '/api/resources/{name}',
        operationId: 'getResource',
        summary: 'Show one resource',
        params: { name: 'The resource’s name or reference.' },
        returns: 'The resource with its owner and dependents.',
      },
    ],
  },
  {
    tag: 'dependencies',
    description: 'Cross-team dependencies, their state and suggested strategy, and the views over them.',
    operations: [
      {
        method: 'get',
        path: '/api/dependencies',
        operationId: 'listDependencies',
        summary: 'List cross-team dependencies, most urgent first',
        query: dependencyFilterSchema,
        paged: true,
        returns: 'The dependencies with their state and suggested strategy, and the day judged.',
      },
      {
        method: 'get',
        path: '/api/dependencies/matrix',
        operationId: 'getDependencyMatrix',
        summary: 'See dependencies as a team-by-team matrix',
        query: dependencyFilterSchema,
        returns: 'Counts of dependencies from each team to each other.',
      },
      {
        method: 'get',
        path: '/api/dependencies/graph',
        operationId: 'getDependencyGraph',
        summary: 'See dependencies as a graph of teams',
        query: dependencyFilterSchema,
        returns: 'Teams as nodes and dependencies as edges.',
      },
      {
        method: 'get',
        path: '/api/dependencies/chains',
        operationId: 'listBlockingChains',
        summary: 'Find chains of dependencies that block each other',
        query: chainsSchema,
        returns: 'The longest blocking chains.',
      },
      {
        method: 'get',
        path: '/api/dependencies/critical-path',
        operationId: 'getCriticalPath',
        summary: 'Find the critical path to a date',
        query: criticalPathSchema,
        returns: 'The dependencies on the critical path and the slack against the date.',
      },
      {
        method: 'get',
        path: '/api/dependencies/hidden',
        operationId: 'listHiddenDependencies',
        summary: 'Find dependencies that code shows but nobody declared',
        query: hiddenSchema,
        returns: 'Service edges between teams with no declared dependency.',
      },
    ],
  },
  {
    tag: 'decisions',
    description: 'Decision rights, architecture decision records and the review board.',
    operations: [
      {
        method: 'get',
        path: '/api/decision-rights',
        operationId: 'listDecisionRights',
        summary: 'List who decides what, and the escalation paths',
        returns: 'The decision areas, escalation paths and roles.',
      },
      {
        method: 'get',
        path: '/api/decision-rights/who-decides',
        operationId: 'findWhoDecides',
        summary: 'Ask who decides a topic',
        query: whoDecidesQuery,
        returns: 'The area found, the candidates when ambiguous, or none.',
      },
      {
        method: 'get',
        path: '/api/decisions',
        operationId: 'listDecisions',
        summary: 'List the architecture decision records',
        query: decisionListQuery,
        paged: true,
        returns: 'The records with status, and the proposals waiting too long.',
      },
      {
        method: 'get',
        path: '/api/decisions/{id}',
        operationId: 'getDecision',
        summary: 'Read one architecture decision record',
        params: { id: 'The record id, e.g. ADR-0007.' },
        returns: 'The record with its body and line of supersession.',
      },
      {
        method: 'get',
        path: '/api/architecture-reviews',
        operationId: 'listArchitectureReviews',
        summary: 'List the review board’s submissions',
        query: reviewListQuery,
        paged: true,
        returns: 'The submissions with the checklist they are answered against.',
      },
      {
        method: 'get',
        path: '/api/architecture-reviews/{id}',
        operationId: 'getArchitectureReview',
        summary: 'Read one review submission and the board’s decision',
        params: { id: 'The submission id.' },
        returns: 'The submission, its checklist item by item, and the decision.',
      },
    ],
  },
  {
    tag: 'rituals',
    description: 'The recurring meetings and their agenda.',
    operations: [
      {
        method: 'get',
        path: '/api/rituals',
        operationId: 'listRituals',
        summary: 'List the rituals with their next occurrence',
        paged: true,
        returns: 'The rituals.',
      },
      {
        method: 'get',
        path: '/api/rituals/agenda',
        operationId: 'getRitualAgenda',
        summary: 'See a week’s rituals',
        query: agendaQuery,
        returns: 'The week’s occurrences, day by day.',
      },
      {
        method: 'get',
        path: '/api/rituals.ics',
        operationId: 'getRitualCalendar',
        summary: 'Subscribe to the rituals in a calendar',
        returns: 'An iCalendar file of every ritual.',
        produces: ['text/calendar'],
      },
    ],
  },
  {
    tag: 'org',
    description: 'Org health and knowledge concentration, read from evidence.',
    operations: [
      {
        method: 'get',
        path: '/api/org/health',
        operationId: 'getOrgHealth',
        summary: 'Check the organization’s health',
        query: orgHealthQuerySchema,
        returns: 'Org health findings, each with the records behind it.',
      },
      {
        method: 'get',
        path: '/api/knowledge',
        operationId: 'listKnowledgeConcentration',
        summary: 'See who knows each repository and service (truck factor)',
        query: knowledgeQuerySchema,
        paged: true,
        returns: 'Per repository and service: top authors and truck factor.',
      },
    ],
  },
];
