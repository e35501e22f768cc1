/** The on-call report as text: the summary against the target, the people, the groups, the unmatched. */
import type { OncallReport } from '../../services/oncall.service.js';

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
      `  out of hours ${percent(health.outOfHoursShare)}, sleep-hour pages ${health.sleepHourPages}`,
      '',
      `  ${'person'.padEnd(28)} ${'pages'.padStart(5)} ${'/week'.padStart(6)} ${'ooh'.padStart(5)} ${'sleep'.padStart(5)}  team`,
    );
    for (const person of health.people) {
      lines.push(
        `  ${(shortRef(person.person) + (person.overTarget ? ' !' : '')).padEnd(28)} ${String(person.pages).padStart(5)} ` +
          `${fixed(person.pagesPerWeek).padStart(6)} ${percent(person.outOfHoursShare).padStart(5)} ` +
          `${String(person.sleepHours).padStart(5)}  ${person.team ? shortRef(person.team) : '-'}`,
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
  return lines.join('\n');
}
