/**
 * The advisor's findings in a report: the run for the period's last day is made first when missing, then
 * the open findings the viewer may see, most severe first. The team version lists more rows and the
 * recommended first action; the numbers are the same in both.
 */
import type { ReportBlock } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { ensureAdvisorRun, type Finding, type FindingSeverity, listFindings } from '../findings.service.js';
import type { ReportInput } from './types.js';

export interface FindingsOptions {
  severity?: readonly FindingSeverity[];
  /** Rows in the executive version; the team version shows twice as many. */
  limit?: number;
  /** Only findings first seen within the report's period. */
  newOnly?: boolean;
}

export async function readReportFindings(
  context: AppContext,
  input: ReportInput,
  options: FindingsOptions = {},
): Promise<Finding[]> {
  await ensureAdvisorRun(context, { asOf: input.period.to }, input.now);
  const findings = await listFindings(context, input.viewer, {
    ...(options.severity ? { severity: options.severity } : {}),
  });
  return options.newOnly
    ? findings.filter(
        (finding) =>
          finding.firstSeen >= input.period.from && finding.firstSeen <= `${input.period.to}\uffff`,
      )
    : findings;
}

export async function buildFindingsBlocks(
  context: AppContext,
  input: ReportInput,
  options: FindingsOptions = {},
): Promise<ReportBlock[]> {
  const findings = await readReportFindings(context, input, options);
  const limit = (options.limit ?? 5) * (input.audience === 'team' ? 2 : 1);
  const shown = findings.slice(0, limit);
  const columns = [
    { key: 'severity', label: 'Severity' },
    { key: 'title', label: 'Finding' },
    { key: 'owner', label: 'Suggested owner' },
    { key: 'status', label: 'Status' },
    ...(input.audience === 'team' ? [{ key: 'action', label: 'First action' }] : []),
  ];
  const blocks: ReportBlock[] = [
    {
      type: 'table',
      columns,
      rows: shown.map((finding) => ({
        severity: finding.severity,
        title: finding.title,
        owner: finding.owner ?? '—',
        status: finding.status,
        action: finding.actions[0] ?? '—',
      })),
      empty: 'The advisor raised no open finding of this kind.',
    },
  ];
  if (findings.length > shown.length) {
    blocks.push({
      type: 'paragraph',
      text: `${findings.length - shown.length} more in \`sextant findings\`.`,
    });
  }
  return blocks;
}
