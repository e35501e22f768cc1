/** The briefing as a person reads it in a terminal. */
import type { Briefing } from '../../services/briefing.service.js';

const count = (n: number) => n.toLocaleString('en');

export function formatBriefing(briefing: Briefing): string {
  const lines: string[] = [];
  lines.push(`${briefing.org} (time zone ${briefing.timezone})`, '');

  const types = Object.entries(briefing.teamsByType)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  lines.push(`Teams: ${briefing.teams.length} (${types})`);
  const width = Math.max(0, ...briefing.teams.map((team) => team.title.length));
  for (const team of briefing.teams) {
    const [min, max] = team.sizeRange;
    const size =
      team.headcount < min ? 'below its range' : team.headcount > max ? 'above its range' : 'in range';
    lines.push(
      `  ${team.title.padEnd(width)}  ${team.type.padEnd(21)} ${String(team.headcount).padStart(2)} people ` +
        `(${team.fte} FTE, ${min}-${max} recommended, ${size}), ${team.services} services`,
    );
  }

  const span = briefing.people.widestSpan;
  lines.push(
    '',
    `People: ${briefing.people.total}, ${briefing.people.managers} managers` +
      (span ? `; widest span of control ${span.reports} direct reports (${span.displayName})` : ''),
  );
  const tiers = Object.entries(briefing.services.byTier)
    .sort()
    .map(([tier, n]) => `${n} ${tier}`)
    .join(', ');
  lines.push(
    `Services: ${briefing.services.total} (${tiers || 'none'}) in ${briefing.services.systems} systems and ${briefing.services.domains} domains`,
  );
  lines.push(
    `Dependencies: ${briefing.dependencies.total} cross-team, ${briefing.dependencies.blockingOpen} blocking and open` +
      (briefing.dependencies.overdue.length > 0
        ? `, past their needed-by date: ${briefing.dependencies.overdue.join(', ')}`
        : ''),
  );

  lines.push('', 'Observed data loaded:');
  const loaded = briefing.records.filter((entry) => entry.count > 0);
  if (loaded.length === 0) lines.push('  nothing yet (see docs/import.md to feed records)');
  for (const entry of loaded) {
    const span = entry.from && entry.to ? `  ${entry.from.slice(0, 10)} to ${entry.to.slice(0, 10)}` : '';
    lines.push(`  ${entry.type.padEnd(13)} ${count(entry.count).padStart(9)}${span}`);
  }
  return lines.join('\n');
}
