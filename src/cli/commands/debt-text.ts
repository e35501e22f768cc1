import type { DebtRegisterView, DebtSpend, DebtView } from '../../services/debt.service.js';
import { formatTable, shortName } from '../table.js';

export function formatDebtRegister(register: DebtRegisterView): string {
  if (register.items.length === 0) return 'No technical debt: registers/debt.yaml lists none.';
  const overdue = register.overdue.length;
  const head = `Technical debt as of ${register.asOf}: ${register.items.length} items, ${overdue === 0 ? 'no review overdue' : `${overdue} review${overdue === 1 ? '' : 's'} overdue`}`;
  const rows = register.items.map((item) => [
    item.rank === null ? '-' : String(item.rank),
    item.id,
    item.priority.toFixed(2),
    item.status,
    item.teams.map(shortName).join(', '),
    item.reviewOverdue ? `${item.reviewDate} OVERDUE` : item.reviewDate,
    item.title,
  ]);
  return [
    head,
    '',
    formatTable(['RANK', 'ID', 'PRIORITY', 'STATUS', 'TEAMS', 'REVIEW', 'TITLE'], rows),
    '',
    formatSpend(register.spend),
  ].join('\n');
}

export function formatDebtItem(item: DebtView & { asOf: string; spend: DebtRegisterView['spend'] }): string {
  const { score } = item;
  const lines = [
    `${item.title} (${item.id})`,
    ...(item.description ? [`  ${item.description}`] : []),
    `  status ${item.status} · owner ${item.ownerName} · teams ${item.teams.map(shortName).join(', ')}`,
    `  services ${item.services.map(shortName).join(', ') || '-'}${item.okrs.length > 0 ? ` · OKRs ${item.okrs.join(', ')}` : ''}`,
    `  impact ${score.impact} · cost of delay ${score.costOfDelay} · risk ${score.risk} · effort ${score.effort}`,
    `  priority ${item.priority.toFixed(2)} = (${score.impact} + ${score.costOfDelay} + ${score.risk}) ÷ ${score.effort}${item.rank === null ? '' : ` · rank ${item.rank}`}`,
    `  review ${item.reviewDate}${item.reviewOverdue ? ` OVERDUE by ${item.daysOverdue} days (as of ${item.asOf})` : ''}`,
  ];
  return [...lines, '', formatSpend(item.spend)].join('\n');
}

function formatSpend(spend: DebtRegisterView['spend']): string {
  if (spend.teams.length === 0) return '';
  const months = spend.teams[0]?.months.map((month) => month.month) ?? [];
  const rows = spend.teams.map((team: DebtSpend) => [
    shortName(team.team),
    String(team.target),
    ...team.months.map((month) => (month.actual === null ? 'n/a' : String(month.actual))),
    team.total.actual === null ? 'n/a' : String(team.total.actual),
  ]);
  return [
    `Time spent on debt (% of finished work), ${spend.window.from} to ${spend.window.to}:`,
    formatTable(['TEAM', 'TARGET', ...months, 'ALL'], rows),
  ].join('\n');
}
