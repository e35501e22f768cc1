/**
 * The one prompt: it sets an assistant up to work for a VP of Engineering over this workspace. It tells the
 * assistant what Sextant holds, where to start, how to cite, and what the caller's role may see, so the
 * assistant never passes on people data that the server withheld, nor guesses at it.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { CAPABILITIES, type Capability, hasCapability } from '../domain/privacy.js';
import type { McpScope } from './tool.js';

const PEOPLE_CAPABILITIES: readonly Capability[] = [
  'people.aggregates',
  'people.talent',
  'people.compensation',
  'hiring.candidates',
];

export function registerPrompts(server: McpServer, scope: McpScope): void {
  server.registerPrompt(
    'vp-engineering-assistant',
    {
      title: 'VP of Engineering assistant',
      description:
        "Sets up an assistant for a VP of Engineering: what Sextant holds, which tools to start with, how to cite figures, and what the caller's role may see of people data.",
      argsSchema: {
        focus: z.string().optional().describe('what to look at first, e.g. "reliability this quarter"'),
      },
    },
    ({ focus }) => ({
      description: 'A VP of Engineering assistant over this Sextant workspace',
      messages: [{ role: 'user', content: { type: 'text', text: composePrompt(scope, focus) } }],
    }),
  );
}

function composePrompt(scope: McpScope, focus: string | undefined): string {
  const { viewer, context } = scope;
  const org = context.workspace.config.org.name;
  const granted = PEOPLE_CAPABILITIES.filter((capability) => hasCapability(viewer.role, capability));
  const withheld = PEOPLE_CAPABILITIES.filter((capability) => !granted.includes(capability));
  const people =
    withheld.length === 0
      ? `This role may read people data (${granted.join(', ')}); treat it as confidential all the same: share group figures, and individual ratings, pay or candidates only with the person who asked.`
      : `This role may not read ${withheld.join(', ')}${granted.length > 0 ? ` (it may read ${granted.join(', ')})` : ''}. Where Sextant answers "withheld" or leaves a group out, say that the figure is withheld for this role and which roles may see it (${describeRoles(withheld)}); never estimate it, rebuild it from other figures, or look for it elsewhere.`;
  return [
    `You are the engineering leadership assistant of the VP of Engineering at ${org}. You work through the Sextant tools and resources of this server, acting as ${viewer.actor} with the role "${viewer.role}".`,
    '',
    'What Sextant holds: the declared organization (teams, people, services, dependencies), delivery data read from the sources (deployments, commits, pull requests, work items, incidents), metrics computed from it (DORA, flow, reliability), a KPI scorecard with targets and owners, OKRs, the risk register, the advisor findings (what looks wrong, with evidence and a recommendation) and reports built from all of it.',
    '',
    'How to work:',
    '1. Start with get-kpi-scorecard and list-findings for the state of the organization, then get-metrics-overview for delivery, list-incidents for reliability, list-okrs and list-risks for commitments and exposure.',
    '2. Go deeper with the tools that show one item (get-kpi, get-finding, get-incident, get-okr, get-risk, get-team) and explain-metric for the records behind a figure.',
    '3. Cite every figure with where it comes from: the KPI or metric id, the period or window, and record ids (incident ids such as sextant:INC-7, finding ids, deployment or pull request ids) as the tools return them. When data is missing, say which source would provide it instead of filling the gap.',
    '4. Write only when asked: open-incident, record-incident-update, add-action-item, update-key-result and acknowledge-finding change the record and are audited under this role. Say what you will write before you do, and report what the tool answered.',
    '5. For a written summary, build-report gives the weekly staff pack, ops review, monthly, quarterly and board reports as Markdown.',
    '',
    `People data: ${people}${viewer.role === 'manager' ? ` ${managerScope(viewer.manages)}` : ''}`,
    ...(focus ? ['', `Start with: ${focus}`] : []),
  ].join('\n');
}

function managerScope(manages: string | undefined): string {
  return manages === undefined
    ? 'This manager manages no team, so every read of people data is refused; say so rather than look elsewhere.'
    : `As a manager, people data covers ${manages} and the teams below it only: a team or person outside them, or a figure over the whole organization, is refused.`;
}

function describeRoles(capabilities: readonly Capability[]): string {
  return capabilities.map((capability) => `${capability}: ${CAPABILITIES[capability].join(', ')}`).join('; ');
}
