import type {
  BudgetView,
  CostImportSummary,
  ScenarioCost,
  UnitCost,
  Variance,
} from '../../services/budget.service.js';
import { RUN_RATE_MONTHS } from '../../services/budget.service.js';
import { formatTable } from '../table.js';

const money = (value: number) => Math.round(value).toLocaleString('en-US');

function formatVariance(variance: Variance | null): string {
  if (!variance) return '';
  const sign = variance.amount > 0 ? '+' : '';
  const percent = variance.percent === null ? '' : ` (${sign}${variance.percent}%)`;
  const flag = variance.flag === 'on-plan' ? '' : ` ${variance.flag.toUpperCase()}`;
  return `${sign}${money(variance.amount)}${percent}${flag}`;
}

export function formatBudget(view: BudgetView): string {
  const head = `Budget FY${view.year} (${view.months[0]} to ${view.months[11]}), ${view.currency}, as of ${view.asOf}; tolerance ${view.tolerance}%`;
  const sections = view.categories.map((category) => {
    const rows = category.months.map((month) => [
      `${month.month}${month.closed ? '' : ' *'}`,
      money(month.plan),
      month.actual === null ? '-' : money(month.actual),
      formatVariance(month.variance),
      month.notes.join('; '),
    ]);
    const notes = category.notes.length > 0 ? `\n  ${category.notes.join('\n  ')}` : '';
    return `${category.category}: plan ${money(category.plan)}, year to date ${money(category.yearToDate.actual)} of ${money(category.yearToDate.plan)} ${formatVariance(category.yearToDate.variance)}${notes}\n${formatTable(['month', 'plan', 'actual', 'variance', 'note'], rows)}`;
  });
  const units = view.unitCosts.map((unit) => {
    const rows = unit.months.map((month) => [month.month, formatUnitCost(month.cost)]);
    return `Cloud cost per ${unit.unit.replace(/s$/, '')}\n${formatTable(['month', view.currency], rows)}`;
  });
  const total = `Total: plan ${money(view.total.plan)}, year to date ${money(view.total.yearToDate.actual)} of ${money(view.total.yearToDate.plan)} ${formatVariance(view.total.yearToDate.variance)}, forecast ${money(view.total.forecast.amount)} ${formatVariance(view.total.forecast.variance)}`;
  return [
    head,
    '* month not closed: not in year to date or the forecast',
    '',
    ...sections.flatMap((s) => [s, '']),
    ...units.flatMap((s) => [s, '']),
    total,
  ].join('\n');
}

function formatUnitCost(cost: UnitCost): string {
  return cost.kind === 'value' ? cost.value.toFixed(cost.value < 1 ? 4 : 2) : `no data (needs ${cost.needs})`;
}

export function formatForecast(view: BudgetView): string {
  const rows = view.categories.map((category) => [
    category.category,
    money(category.plan),
    money(category.yearToDate.actual),
    category.runRate.kind === 'value' ? money(category.runRate.monthly) : 'none: plan used',
    money(category.forecast.amount),
    formatVariance(category.forecast.variance),
  ]);
  rows.push([
    'total',
    money(view.total.plan),
    money(view.total.yearToDate.actual),
    '',
    money(view.total.forecast.amount),
    formatVariance(view.total.forecast.variance),
  ]);
  const closed = view.closedMonths.length;
  const basis =
    closed === 0
      ? 'no month has closed: the forecast is the plan'
      : `run-rate: mean of the last ${RUN_RATE_MONTHS} closed months with actuals; ${12 - closed} months to go`;
  return `Forecast FY${view.year}, ${view.currency}, as of ${view.asOf} (${basis})\n${formatTable(['category', 'plan', 'actual YTD', 'run-rate/month', 'forecast', 'vs plan'], rows)}`;
}

export function formatImport(summary: CostImportSummary): string {
  const rows = summary.files.map((file) => [
    file.source,
    String(file.lines),
    String(file.inserted),
    String(file.updated),
    String(file.unchanged),
    String(file.removed),
  ]);
  return formatTable(['source', 'lines', 'inserted', 'updated', 'unchanged', 'removed'], rows);
}

export function formatScenario(cost: ScenarioCost): string {
  const roles = cost.roles
    .map((role) => `${role.count} × ${role.level} from ${role.from} (${money(role.annualRate)}/year)`)
    .join(', ');
  const rows = cost.months.map((month) => [
    month.month,
    String(month.people),
    money(month.cost),
    money(month.plan),
    money(month.planPlusScenario),
  ]);
  const h = cost.headcount;
  return [
    `${cost.title ?? cost.name} — FY${cost.year}, ${cost.currency}`,
    `  ${cost.people} people: ${roles}`,
    formatTable(['month', 'people', 'scenario', 'headcount plan', 'plan + scenario'], rows),
    `Scenario cost this fiscal year: ${money(cost.total)}`,
    `Headcount line: plan ${money(h.plan)}, forecast ${money(h.forecast)}, forecast + scenario ${money(h.forecastPlusScenario)}`,
    `Headroom: ${money(h.headroom)} (${h.fits ? 'fits the plan' : 'over the plan'})`,
  ].join('\n');
}
