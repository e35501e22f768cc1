/**
 * The decision brief: one architecture decision record laid out for the person who must decide. Context,
 * the options with their trade-offs (the record's alternatives, and the proposal with its consequences),
 * the recommendation, who decides under the decision-rights charter, the deadline a proposal is held to,
 * and the risks and dependencies on the same teams and services.
 */
import { InputError, NotFoundError } from '../../domain/errors.js';
import type { ReportBlock, ReportDocument, ReportFigure, ReportSection } from '../../reports/document.js';
import { type AppContext, withReadCache } from '../context.js';
import { listDecisionRights, whoDecides } from '../decision-rights.service.js';
import { type DecisionDetail, listDecisions, showDecision } from '../decisions.service.js';
import { getHiddenDependencies } from '../dependencies.service.js';
import { getRisk } from '../risks.service.js';
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

export async function buildDecisionBriefReport(
  shared: AppContext,
  input: ReportInput,
): Promise<ReportDocument> {
  const context = withReadCache(shared);
  const { now } = input;
  const asOf = reportAsOf(context, input);
  const decision = await readDecisionOrExplain(context, input.item ?? '', now);
  const detail = decision.body as DecisionDetail;
  const waitLimit = (await listDecisions(context, {}, now)).waitLimitDays;
  const rights = readDecisionRights(context, detail);
  const risks = await readRelatedRisks(context, detail, asOf, now);
  const hidden = await getHiddenDependencies(context, {});
  const refs = new Set([...detail.teams, ...detail.services]);
  const hiddenRelated = hidden.items.filter(
    (entry) =>
      refs.has(entry.provider) ||
      refs.has(entry.consumer) ||
      entry.services.some((call) => refs.has(call.from) || refs.has(call.to)),
  );

  const section = (heading: string) =>
    detail.sections.find((candidate) => candidate.heading.toLowerCase().startsWith(heading))?.text ?? null;
  const contextText = section('context');
  const decisionText = cleanProposal(section('decision'));
  const consequences = section('consequences');
  const deadline = shiftDay(detail.date, waitLimit);

  const sections: ReportSection[] = [
    {
      id: 'context',
      title: 'Context',
      blocks: contextText
        ? [{ type: 'paragraph', text: contextText }]
        : [
            {
              type: 'missing',
              what: 'The context of the decision',
              needs: `a "Context" section in ${detail.file}`,
            },
          ],
    },
    {
      id: 'options',
      title: 'Options and trade-offs',
      blocks: [optionsTable(decisionText, consequences, section('alternatives'))],
    },
    {
      id: 'recommendation',
      title: 'Recommendation',
      blocks: [{ type: 'paragraph', text: recommendation(detail, decisionText) }],
    },
    { id: 'rights', title: 'Who decides', blocks: rightsBlocks(detail, rights) },
    { id: 'deadline', title: 'Deadline', blocks: deadlineBlocks(decision, deadline, waitLimit) },
    {
      id: 'related',
      title: 'Related risks and dependencies',
      blocks: [
        ...(risks.length > 0
          ? [{ type: 'figures' as const, items: risks.map((risk) => riskFigure(risk)) }]
          : [
              {
                type: 'paragraph' as const,
                text: 'No risk in the register concerns the same teams or services.',
              },
            ]),
        {
          type: 'list',
          items: [
            `Concerns: ${joinWords([...detail.teams, ...detail.services].map(shortRef)) || 'no team or service named'}.`,
            ...(detail.okrs.length > 0 ? [`Objectives: ${joinWords(detail.okrs)}.`] : []),
            ...detail.reviews.map(
              (review) => `Architecture review ${review.id} (${review.title}): ${review.state}.`,
            ),
            ...detail.chain.earlier.map(
              (entry) => `Supersedes ${entry.id} ${entry.title} (${entry.status}).`,
            ),
            ...hiddenRelated.map(
              (entry) =>
                `Undeclared dependency: ${shortRef(entry.consumer)} calls ${shortRef(entry.provider)} without a declared team dependency.`,
            ),
          ],
        },
      ],
    },
    {
      id: 'record',
      title: 'The record as written',
      depth: 'team',
      blocks: [{ type: 'paragraph', text: detail.body.trim() }],
    },
  ];

  return {
    kind: 'decision-brief',
    title: `Decision brief ${detail.id}: ${detail.title}`,
    subtitle: `${detail.status}, recorded ${detail.date}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: now.toISOString(),
    sections: input.audience === 'team' ? sections : sections.filter((entry) => entry.depth !== 'team'),
  };
}

/** The record as `/api/decisions/:id` answers; an unknown id is bad input listing the known ids. */
async function readDecisionOrExplain(context: AppContext, id: string, now: Date): Promise<SourcedResult> {
  try {
    return { path: `/api/decisions/${encodeURIComponent(id)}`, body: await showDecision(context, id, now) };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const ids = (await listDecisions(context, {}, now)).decisions.map((decision) => decision.id);
    throw new InputError(
      `No decision ${JSON.stringify(id)} in decisions/`,
      [
        {
          path: 'item',
          message: 'unknown decision',
          found: JSON.stringify(id),
          expected: `one of ${ids.join(', ') || '(none)'}`,
        },
      ],
      { cause: error },
    );
  }
}

/** The decision text without a leading `Proposed:` and its final full stop, to quote inside a sentence. */
export function cleanProposal(text: string | null): string | null {
  if (!text) return null;
  return text.replace(/^proposed:\s*/i, '').replace(/\.\s*$/, '');
}

/** `Name: trade-off` paragraphs or bullets of an "Alternatives considered" section. */
export function parseAlternatives(text: string | null): { option: string; tradeOffs: string }[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n|\n(?=\s*[-*] )/)
    .map((part) =>
      part
        .replace(/^\s*[-*]\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part.length > 0)
    .map((part) => {
      const colon = part.indexOf(':');
      return colon > 0 && colon < 120
        ? { option: part.slice(0, colon).trim(), tradeOffs: part.slice(colon + 1).trim() }
        : { option: part, tradeOffs: '' };
    });
}

function optionsTable(
  decision: string | null,
  consequences: string | null,
  alternatives: string | null,
): ReportBlock {
  const others = parseAlternatives(alternatives);
  const rows = [
    {
      option: `The proposal: ${decision ?? 'see the record'}.`,
      tradeOffs: consequences ?? 'not written down',
    },
    ...(others.length > 0
      ? others
      : [
          {
            option: 'Keep the current approach',
            tradeOffs: 'nothing changes; the problem in the context stays',
          },
        ]),
  ];
  return {
    type: 'table',
    columns: [
      { key: 'option', label: 'Option' },
      { key: 'tradeOffs', label: 'Trade-offs' },
    ],
    rows,
  };
}

function recommendation(detail: DecisionDetail, decision: string | null): string {
  switch (detail.status) {
    case 'proposed':
      return `Decide on the proposal${decision ? `: ${decision}` : ''}. Its consequences are listed above; the alternatives were weighed in the record.`;
    case 'accepted':
      return `Accepted on ${detail.date}. No decision is pending; the brief records what was agreed and why.`;
    default:
      return `The record is ${detail.status}${detail.supersededBy ? ` (by ${detail.supersededBy})` : ''}; nothing is asked of the reader.`;
  }
}

type DecisionArea = ReturnType<typeof listDecisionRights>['decisions'][number];

/**
 * The decision-rights area of an architecture record: inside one team's services, or an architecture shift
 * when it spans teams; a charter without those areas is searched by the record's tags, then its title.
 */
function readDecisionRights(context: AppContext, detail: DecisionDetail): DecisionArea | null {
  const wanted = detail.teams.length <= 1 ? 'architecture-within-team' : 'architecture-shift';
  const areas = listDecisionRights(context).decisions;
  const byId = areas.find((area) => area.id === wanted);
  if (byId) return byId;
  for (const topic of [...detail.tags, detail.title]) {
    const result = whoDecides(context, topic);
    if (result.kind === 'found') return result.area;
  }
  return null;
}

function rightsBlocks(detail: DecisionDetail, area: DecisionArea | null): ReportBlock[] {
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text: `Named in the record as deciders: ${joinWords(detail.deciders.map((decider) => decider.name)) || 'nobody'}.`,
    },
  ];
  if (!area) {
    blocks.push({
      type: 'missing',
      what: 'The decision area for this record',
      needs: 'a decision-rights area whose keywords match its tags',
    });
    return blocks;
  }
  const names = (party: { label: string; people: { name: string }[] }) =>
    party.people.length > 0
      ? `${party.label} (${joinWords(party.people.map((person) => person.name))})`
      : party.label;
  blocks.push({
    type: 'list',
    items: [
      `Decision area: ${area.title}.`,
      `Decides: ${names(area.decides)}.`,
      ...(area.consults.length > 0 ? [`Consulted: ${joinWords(area.consults.map(names))}.`] : []),
      ...area.approval.map(
        (approval) => `Approval by ${names(approval.by)}${approval.when ? ` when ${approval.when}` : ''}.`,
      ),
      ...(area.escalation ? [`Escalation path: ${area.escalation.title}.`] : []),
    ],
  });
  return blocks;
}

function deadlineBlocks(decision: SourcedResult, deadline: string, waitLimit: number): ReportBlock[] {
  const detail = decision.body as DecisionDetail;
  if (detail.status !== 'proposed') {
    return [{ type: 'paragraph', text: `No deadline: the record is ${detail.status}.` }];
  }
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text: `A proposal should be decided within ${waitLimit} days of being written: by ${deadline} for this one.`,
    },
  ];
  if (detail.waitingDays !== null) {
    const waiting: ReportFigure = figureAt(decision, '/waitingDays', {
      label: 'Days past the decision deadline',
      unit: 'days',
      direction: 'lower-is-better',
    });
    blocks.push({ type: 'figures', items: [{ ...waiting, status: 'off-target' }] });
  }
  return blocks;
}

async function readRelatedRisks(
  context: AppContext,
  detail: DecisionDetail,
  asOf: string,
  now: Date,
): Promise<SourcedResult[]> {
  const refs = new Set([...detail.teams, ...detail.services]);
  const register = (await context.workspace.governance()).risks.risks;
  const related = register.filter((risk) => [...risk.teams, ...risk.services].some((ref) => refs.has(ref)));
  const results: SourcedResult[] = [];
  for (const risk of related) {
    results.push({
      path: apiPath(`/api/risks/${encodeURIComponent(risk.id)}`, { asOf }),
      body: await getRisk(context, risk.id, { asOf }, now),
    });
  }
  return results;
}

function riskFigure(result: SourcedResult): ReportFigure {
  const risk = result.body as { id: string; title: string; residual: { level: string } };
  return figureAt(result, '/residual/score', {
    label: `${risk.id} ${risk.title}`,
    unit: 'score',
    direction: 'lower-is-better',
    note: `${risk.residual.level} residual risk`,
  });
}
