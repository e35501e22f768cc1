/**
 * People data an assistant may read under the caller's role: a survey's protected results and new hires'
 * onboarding plans. The services decide and audit, exactly as for the API: a group under the minimum size
 * is withheld, and a manager reads only the teams they manage (a request past them is a `not_allowed`
 * tool error, audited as refused).
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import { getOnboarding, listOnboarding } from '../../services/onboarding.service.js';
import { readSurveyResults } from '../../services/surveys.service.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const asOf = dateSchema.optional().describe('read the plans on this day, YYYY-MM-DD (default: today)');

export function registerPeopleTools(server: McpServer, scope: McpScope): void {
  const { context, viewer } = scope;
  addTool(
    server,
    scope,
    'get-survey-results',
    {
      title: 'Survey results',
      description:
        'The results of a closed survey (e.g. dx-2026-q3) for the caller’s whole scope, one team, or broken down by team or tenure band: item means and favourable shares per group. A group of fewer than 5 respondents, or one that would let such a group be found by subtraction, comes back withheld without its count. Needs surveys.results; a manager reads only the teams they manage.',
      input: z.strictObject({
        survey: z.string().min(1).describe('survey id, e.g. dx-2026-q3'),
        team: z.string().min(1).optional().describe('one team, e.g. checkout'),
        by: z.enum(['team', 'tenure']).optional().describe('a breakdown instead of one team'),
      }),
    },
    async ({ survey, ...query }) =>
      jsonResult(await readSurveyResults(context, viewer, survey, query, new Date())),
  );
  addTool(
    server,
    scope,
    'list-onboarding-plans',
    {
      title: 'Onboarding plans',
      description:
        'New hires’ 30-60-90 day plans as they stand on a day: milestones, checkpoints and the days to their first merged pull request and production deployment. Needs onboarding.plans; a manager sees the new hires of the teams they manage only.',
      input: z.strictObject({ asOf }),
    },
    async (query) => jsonResult(await listOnboarding(context, viewer, query, new Date())),
  );
  addTool(
    server,
    scope,
    'get-onboarding-plan',
    {
      title: 'One onboarding plan',
      description:
        'One new hire’s plan in full by person (e.g. felix-berg): goals, checkpoints, check-ins with their notes and first contributions. Needs onboarding.plans; a manager reads the plans of the teams they manage only.',
      input: z.strictObject({ person: z.string().min(1).describe('the new hire, e.g. felix-berg'), asOf }),
    },
    async ({ person, ...query }) =>
      jsonResult(await getOnboarding(context, viewer, person, query, new Date())),
  );
}
