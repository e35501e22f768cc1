/**
 * The digest as a Slack message in Block Kit. Slack refuses a message over its limits, so they are kept
 * here rather than discovered at delivery: at most 50 blocks, a section's text at most 3000 characters,
 * a header's at most 150. Long lists are cut with a line saying how many were left out. Text in mrkdwn
 * escapes `&`, `<` and `>` as Slack asks, so a title can never turn into a link or a mention. Pure.
 */
import {
  type Digest,
  describeDeadline,
  describeFinding,
  describeIncidents,
  describeKpi,
  digestSubject,
} from './digest.js';
import type { ReportDocument } from './document.js';
import { formatValue } from './format.js';

export const SLACK_MAX_BLOCKS = 50;
export const SLACK_MAX_SECTION_TEXT = 3000;
export const SLACK_MAX_HEADER_TEXT = 150;
/** Lines shown per list before "… and N more". */
const MAX_LINES_PER_LIST = 15;

type TextObject = { type: 'plain_text'; text: string; emoji?: boolean } | { type: 'mrkdwn'; text: string };

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Shown in notifications and by clients that cannot show blocks. */
  text: string;
  blocks: SlackBlock[];
}

const SEVERITY_MARK: Record<string, string> = {
  high: ':red_circle:',
  medium: ':large_orange_circle:',
  low: ':white_circle:',
};

export function toSlackMessage(digest: Digest): SlackMessage {
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: clip(digestSubject(digest), SLACK_MAX_HEADER_TEXT) },
    },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: escapeMrkdwn(
            `${digest.period.from} to ${digest.period.to} · read as ${digest.viewerRole} · generated ${digest.generatedAt}`,
          ),
        },
      ],
    },
  ];
  const { kpis } = digest;
  blocks.push(
    ...listSection(
      `KPIs off target (${kpis.offTarget.length})`,
      [
        ...kpis.offTarget.map((kpi) => escapeMrkdwn(describeKpi(kpi))),
        escapeMrkdwn(
          `${kpis.onTarget} on target, ${kpis.noData} without data${kpis.withheld > 0 ? `, ${kpis.withheld} withheld` : ''}.`,
        ),
      ],
      '',
    ),
    { type: 'divider' },
    ...listSection(
      `Findings: new and high (${digest.findings.length})`,
      digest.findings.map(
        (finding) => `${SEVERITY_MARK[finding.severity] ?? ''} ${escapeMrkdwn(describeFinding(finding))}`,
      ),
      'No new or high findings.',
    ),
    { type: 'divider' },
    section(`*Incidents*\n${escapeMrkdwn(describeIncidents(digest.incidents))}`),
    { type: 'divider' },
    ...listSection(
      `Deadlines (${digest.deadlines.length})`,
      digest.deadlines.map((deadline) => escapeMrkdwn(describeDeadline(deadline))),
      'No deadlines in the next two weeks.',
    ),
  );
  return { text: digestSubject(digest), blocks: capBlocks(blocks) };
}

/**
 * A scheduled report announced in Slack: its title and, per section, the headline figures (the whole
 * report goes to the other targets; a chat message carries what a leader reads first).
 */
export function reportToSlackMessage(document: ReportDocument, note?: string): SlackMessage {
  const title = `${document.org}: ${document.title}, ${document.period.label}`;
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, SLACK_MAX_HEADER_TEXT) } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: escapeMrkdwn(
            `${document.period.from} to ${document.period.to} · ${document.audience} version`,
          ),
        },
      ],
    },
  ];
  for (const part of document.sections) {
    const figures = part.blocks.flatMap((block) => (block.type === 'figures' ? block.items : []));
    if (figures.length === 0) continue;
    const lines = figures.map((figure) => {
      const value =
        figure.value === null ? (figure.note ?? 'no data') : formatValue(figure.value, figure.unit);
      return escapeMrkdwn(`${figure.label}: ${value}`);
    });
    blocks.push(...listSection(part.title, lines, ''));
  }
  if (note) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(note) }] });
  return { text: title, blocks: capBlocks(blocks) };
}

/** A bold heading and its bullet lines, split over as many sections as the text limit needs. */
function listSection(heading: string, lines: string[], empty: string): SlackBlock[] {
  const shown = lines.slice(0, MAX_LINES_PER_LIST).map((line) => `• ${line}`);
  if (lines.length > MAX_LINES_PER_LIST) shown.push(`… and ${lines.length - MAX_LINES_PER_LIST} more`);
  if (shown.length === 0) shown.push(escapeMrkdwn(empty));
  const texts: string[] = [];
  let current = `*${escapeMrkdwn(heading)}*`;
  for (const line of shown) {
    const next = `${current}\n${clip(line, SLACK_MAX_SECTION_TEXT - 1)}`;
    if (next.length > SLACK_MAX_SECTION_TEXT) {
      texts.push(current);
      current = clip(line, SLACK_MAX_SECTION_TEXT);
    } else current = next;
  }
  texts.push(current);
  return texts.map(section);
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, SLACK_MAX_SECTION_TEXT) } };
}

/** Keeps the message within Slack's block limit, saying so in the last block when it had to cut. */
function capBlocks(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= SLACK_MAX_BLOCKS) return blocks;
  const kept = blocks.slice(0, SLACK_MAX_BLOCKS - 1);
  kept.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `${blocks.length - kept.length} more blocks were left out.` }],
  });
  return kept;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
