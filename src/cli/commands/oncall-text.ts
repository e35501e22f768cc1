/**
 * The on-call report as text: the summary against the target, the people, the groups, the unmatched, who
 * is on call now, and the escalation of each source service.
 */
import type { EscalationRisk, OncallReport } from '../../services/oncall.service.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const fixed = (value: number) => value.toFixed(2);
const shortRef = (ref: string) => ref.replace(/^[a-z]+:default\//, '');

export function formatOncallReport(report: OncallReport): string {
  const { health } = report;
  const lines = [
    `On-call health ${report.window.from.slice(0, 10)} – ${report.window.to.slice(0, 10)} (${fixed(health.weeks)} weeks, ${report.timeZone})` +
      (report.team ? `, team ${shortRef(report.team)}` : ''),
  ];
  if (health.kind === 'insufficient-data') {
    lines.push(`  not enough data: needs ${health.needs}`);
  } else {
    const status =
      health.peopleOverTarget.length === 0
        ? 'everyone under target'
        : `${health.peopleOverTarget.length} over target`;
    lines.push(
      `  pages ${health.pages} to ${health.peoplePaged} people (${report.pageOrigins.sources} from sources, ${report.pageOrigins.records} from incident responders)`,
      `  pages per paged person per week ${fixed(health.pagesPerPersonWeek)} (target < ${health.target}; ${status})`,
      `  weeks per person: ${describeBases(health.bases)}`,
      `  out of hours ${percent(health.outOfHoursShare)}, sleep-hour pages ${health.sleepHourPages}`,
      '',
      `  ${'person'.padEnd(28)} ${'pages'.padStart(5)} ${'/week'.padStart(6)} ${'ooh'.padStart(5)} ${'sleep'.padStart(5)}  team, weeks`,
    );
    for (const person of health.people) {
      lines.push(
        `  ${(shortRef(person.person) + (person.overTarget ? ' !' : '')).padEnd(28)} ${String(person.pages).padStart(5)} ` +
          `${fixed(person.pagesPerWeek).padStart(6)} ${percent(person.outOfHoursShare).padStart(5)} ` +
          `${String(person.sleepHours).padStart(5)}  ${person.team ? shortRef(person.team) : '-'}, ` +
          `${fixed(person.weeks)} ${person.basis === 'on-call' ? 'on call' : 'calendar'}`,
      );
    }
    for (const [title, groups] of [
      ['team', health.teams],
      ['rotation', health.rotations],
    ] as const) {
      if (groups.length === 0) continue;
      lines.push('', `  busiest person per ${title}:`);
      for (const group of groups) {
        lines.push(
          `    ${shortRef(group.group).padEnd(26)} ${shortRef(group.busiest)} took ${group.busiestPages} of ${group.pages} pages ` +
            `(${percent(group.share)}, ${group.peoplePaged} ${group.peoplePaged === 1 ? 'person' : 'people'} paged)`,
        );
      }
    }
  }
  if (health.unmatched.length > 0) {
    lines.push('', '  responders no people.yaml identity matches (add them under identities):');
    for (const responder of health.unmatched) {
      lines.push(
        `    ${responder.system}: ${responder.actor}${responder.name ? ` (${responder.name})` : ''}, ${responder.pages} pages`,
      );
    }
  }
  lines.push(...formatOnCallNow(report), ...formatEscalation(report));
  return lines.join('\n');
}

function describeBases(bases: Record<'on-call' | 'calendar', number>): string {
  const parts = [];
  if (bases['on-call'] > 0) parts.push(`${bases['on-call']} by time on call (shifts)`);
  if (bases.calendar > 0) parts.push(`${bases.calendar} by calendar weeks (no shifts)`);
  return parts.join(', ');
}

function formatOnCallNow(report: OncallReport): string[] {
  const { shifts, at } = report.onCallNow;
  if (shifts.length === 0)
    return ['', `  on call now (${at.slice(0, 16)}Z): no shift known; sync a source with schedules`];
  const lines = ['', `  on call now (${at.slice(0, 16)}Z):`];
  for (const shift of shifts) {
    const who = shift.person
      ? shortRef(shift.person)
      : `${shift.system}: ${shift.actorName ?? shift.actor} (unmatched)`;
    const level = shift.level ? ` level ${shift.level}` : '';
    lines.push(`    ${`${shift.rotation}${level}`.padEnd(30)} ${who} until ${shift.until.slice(0, 16)}Z`);
  }
  return lines;
}

function formatEscalation(report: OncallReport): string[] {
  if (report.escalation.length === 0) return [];
  const lines = ['', '  escalation per source service:'];
  for (const entry of report.escalation) {
    const mapped = entry.service ? shortRef(entry.service) : 'unmapped';
    const policy = entry.policy
      ? `${entry.policy.name}, ${entry.policy.levels} ${entry.policy.levels === 1 ? 'level' : 'levels'}`
      : 'no escalation policy';
    const risks = entry.risks.map(describeRisk);
    lines.push(
      `    ${`${entry.source}: ${entry.name}`.padEnd(30)} → ${mapped}; ${policy}${risks.length > 0 ? ` ! ${risks.join('; ')}` : ''}`,
    );
  }
  return lines;
}

function describeRisk(risk: EscalationRisk): string {
  switch (risk.kind) {
    case 'no-policy':
      return 'nobody is paged through a policy';
    case 'single-level':
      return 'one level: nobody behind the first responder';
    case 'single-responder':
      return `level ${risk.level} is ${risk.responder} alone`;
  }
}
