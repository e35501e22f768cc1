/** `sextant findings [list|run|show|ack|snooze|resolve|reopen|rules]`, as the local operator. */
import type { Command } from 'commander';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import {
  type AdvisorRuleInfo,
  acknowledgeFinding,
  type Finding,
  listAdvisorRules,
  listFindings,
  parseFindingFilter,
  readFinding,
  reopenFinding,
  resolveFinding,
  runAdvisor,
  snoozeFinding,
} from '../../services/findings.service.js';
import { printData, printJson, say } from '../output.js';
import { formatTable } from '../table.js';
import { withContext } from '../with-context.js';
import { formatRunSummary } from './after-sync.js';

type ListOptions = {
  severity?: string;
  status?: string;
  concern?: string;
  subject?: string;
  all?: boolean;
  json?: boolean;
};

export async function runFindingsList(options: ListOptions, command: Command) {
  const { json, ...raw } = options;
  const filter = parseFindingFilter(raw);
  await withContext(command, async (context) => {
    const findings = await listFindings(context, LOCAL_OPERATOR, filter);
    if (json) printJson(findings);
    else printData(formatFindingList(findings));
  });
}

export async function runFindingsRun(options: { asOf?: string; json?: boolean }, command: Command) {
  await withContext(command, async (context) => {
    const summary = await runAdvisor(context, options.asOf ? { asOf: options.asOf } : {});
    if (options.json) printJson(summary);
    else printData(formatRunSummary(summary));
  });
}

export async function runFindingsShow(id: string, options: { json?: boolean }, command: Command) {
  await withContext(command, async (context) => {
    const finding = await readFinding(context, LOCAL_OPERATOR, id);
    if (options.json) printJson(finding);
    else printData(formatFinding(finding));
  });
}

export async function runFindingsAck(id: string, options: { note?: string }, command: Command) {
  await withContext(command, async (context) => {
    const finding = await acknowledgeFinding(context, LOCAL_OPERATOR, id, options);
    say(`${finding.id} acknowledged`);
  });
}

export async function runFindingsSnooze(
  id: string,
  options: { until: string; reason: string },
  command: Command,
) {
  await withContext(command, async (context) => {
    const finding = await snoozeFinding(context, LOCAL_OPERATOR, id, options);
    say(`${finding.id} snoozed until ${finding.snoozedUntil}`);
  });
}

export async function runFindingsResolve(id: string, options: { reason: string }, command: Command) {
  await withContext(command, async (context) => {
    const finding = await resolveFinding(context, LOCAL_OPERATOR, id, options);
    say(`${finding.id} resolved`);
  });
}

export async function runFindingsReopen(id: string, options: { note?: string }, command: Command) {
  await withContext(command, async (context) => {
    const finding = await reopenFinding(context, LOCAL_OPERATOR, id, options);
    say(`${finding.id} reopened`);
  });
}

export async function runFindingsRules(options: { json?: boolean }) {
  const rules = listAdvisorRules();
  if (options.json) printJson(rules);
  else printData(formatRules(rules));
}

function formatFindingList(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings. Run `sextant findings run` after a sync, or add --all.';
  return formatTable(
    ['ID', 'SEVERITY', 'STATUS', 'SUBJECT', 'TITLE'],
    findings.map((finding) => [finding.id, finding.severity, finding.status, finding.subject, finding.title]),
  );
}

function formatFinding(finding: Finding): string {
  const lines = [
    `${finding.id}  ${finding.severity.toUpperCase()}  ${finding.status}${finding.cleared ? ' (cleared by the advisor)' : ''}`,
    finding.title,
    '',
    `Subject:  ${finding.subject}`,
    `Concern:  ${finding.concern}`,
    `Rule:     ${finding.rule}`,
    `Owner:    ${finding.owner ?? '-'}`,
    `Seen:     ${finding.firstSeen} to ${finding.lastSeen}`,
  ];
  if (finding.snoozedUntil) lines.push(`Snoozed until ${finding.snoozedUntil}`);
  if (finding.note || finding.changedBy)
    lines.push(
      `Last change: ${finding.changedBy ?? '-'} at ${finding.changedAt ?? '-'}${finding.note ? `: ${finding.note}` : ''}`,
    );
  lines.push('', finding.summary, '', `Why it matters: ${finding.why}`, '', 'Actions:');
  finding.actions.forEach((action, index) => {
    lines.push(`  ${index + 1}. ${action}`);
  });
  if (finding.evidence.figures.length > 0) {
    lines.push('', 'Figures:');
    for (const figure of finding.evidence.figures) {
      const parts = [`${figure.label}: ${figure.value} ${figure.unit}`];
      if (figure.threshold !== undefined) parts.push(`threshold ${figure.threshold}`);
      if (figure.window) parts.push(`${figure.window.from} to ${figure.window.to}`);
      if (figure.scope) parts.push(figure.scope);
      if (figure.n !== undefined) parts.push(`n=${figure.n}`);
      lines.push(`  ${parts.join(', ')}  [${figure.metric}]`);
    }
  }
  if (finding.evidence.records.length > 0) {
    lines.push('', 'Records:');
    for (const record of finding.evidence.records) lines.push(`  ${record}`);
  }
  return lines.join('\n');
}

function formatRules(rules: readonly AdvisorRuleInfo[]): string {
  const table = formatTable(
    ['RULE', 'CONCERN', 'MAX', 'TITLE'],
    rules.map((rule) => [rule.id, rule.concern, rule.severity, rule.title]),
  );
  const count = (key: (rule: AdvisorRuleInfo) => string) => {
    const counts = new Map<string, number>();
    for (const rule of rules) counts.set(key(rule), (counts.get(key(rule)) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  };
  return [
    table,
    '',
    `${rules.length} rules`,
    `By area: ${count((rule) => rule.area)}`,
    `By concern: ${count((rule) => rule.concern)}`,
  ].join('\n');
}
