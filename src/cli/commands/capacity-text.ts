import type { CapacityView, PeriodAllocation, TeamAllocation } from '../../services/capacity.service.js';
import { formatTable, shortName } from '../table.js';

const CATEGORIES = ['feature', 'reliability', 'debt', 'security', 'other'] as const;

export function formatCapacity(view: CapacityView): string {
  const head = `Capacity allocation ${view.window.from} to ${view.window.to} (share of finished work, actual/target %)`;
  const notes: string[] = [];
  if (!view.plan.declared) notes.push('No capacity.yaml: nothing is mapped, so every item counts as other.');
  if (view.unmapped.length > 0) {
    notes.push(
      `Unmapped types counted as other: ${view.unmapped.map((entry) => `${entry.type} (${entry.items})`).join(', ')}`,
    );
  }
  if (view.withoutTeam > 0)
    notes.push(`${view.withoutTeam} finished items name no team and are not counted.`);
  const teams = view.teams.map(formatTeam);
  return [head, ...notes, '', teams.join('\n\n')].join('\n');
}

function formatTeam(team: TeamAllocation): string {
  const targets = CATEGORIES.map((category) => `${category} ${team.targets[category]}`).join(' · ');
  const rows = [...team.months, team.total].map((period) => formatPeriod(period));
  return [
    `${shortName(team.team)}  targets ${targets}${team.ownTargets ? ' (team)' : ''}`,
    formatTable(['MONTH', 'ITEMS', ...CATEGORIES.map((category) => category.toUpperCase())], rows),
  ].join('\n');
}

function formatPeriod(period: PeriodAllocation): string[] {
  const label = period.period.includes('..') ? 'all' : period.period;
  if (period.kind === 'insufficient-data') {
    return [label, String(period.n), `insufficient data: ${period.needs}`];
  }
  return [
    label,
    `${period.n}${period.basis === 'points' ? ' (points)' : ''}`,
    ...CATEGORIES.map((category) => {
      const share = period.categories[category];
      const sign = share.deviation > 0 ? '+' : '';
      return `${share.actual}/${share.target} (${sign}${share.deviation})`;
    }),
  ];
}
