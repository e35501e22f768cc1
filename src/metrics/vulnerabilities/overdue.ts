/**
 * Overdue findings now: open past the SLA of their severity, grouped by owning team (findings no team owns
 * are listed under `null`), the most overdue first. Days overdue are whole days past the due time.
 */
import type { VulnerabilitySeverity } from '../../domain/vulnerability.js';
import { type MetricResult, toValueResult } from '../result.js';
import { overdueDefinition } from './definitions.js';
import { DAY_MS, findDueAt, isOpenAt, type VulnerabilityFacts, type VulnerabilityFinding } from './facts.js';

export interface OverdueFinding extends VulnerabilityFinding {
  dueAt: string;
  daysOverdue: number;
}

export interface OverdueTeam {
  team: string | null;
  count: number;
  bySeverity: Partial<Record<VulnerabilitySeverity, number>>;
  findings: OverdueFinding[];
}

export type OverdueResult = MetricResult<{ value: number; teams: OverdueTeam[] }>;

export function computeOverdue(facts: VulnerabilityFacts): OverdueResult {
  const now = facts.now.getTime();
  const open = facts.findings.filter((finding) => isOpenAt(finding, now));
  const overdue: OverdueFinding[] = [];
  for (const finding of open) {
    const dueAt = findDueAt(finding, facts.slaDays);
    if (dueAt >= now) continue;
    overdue.push({
      ...finding,
      dueAt: new Date(dueAt).toISOString(),
      daysOverdue: Math.floor((now - dueAt) / DAY_MS),
    });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id));
  const teams = new Map<string | null, OverdueTeam>();
  for (const finding of overdue) {
    const team = teams.get(finding.team) ?? { team: finding.team, count: 0, bySeverity: {}, findings: [] };
    team.count += 1;
    team.bySeverity[finding.severity] = (team.bySeverity[finding.severity] ?? 0) + 1;
    team.findings.push(finding);
    teams.set(finding.team, team);
  }
  const ordered = [...teams.values()].sort(
    (a, b) => b.count - a.count || (a.team ?? '\uffff').localeCompare(b.team ?? '\uffff'),
  );
  return toValueResult(
    overdueDefinition,
    facts.window,
    facts.scope,
    open.length,
    overdue.map((finding) => finding.id),
    { value: overdue.length, teams: ordered },
  );
}
