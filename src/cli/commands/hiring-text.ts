/** Plain-text views of the hiring results; the JSON output carries every field. */
import type { GroupFigure } from '../../domain/privacy.js';
import type {
  hiringFunnel,
  hiringPlan,
  hiringSources,
  interviewerCalibration,
  listCandidates,
} from '../../services/hiring.service.js';

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const percent = (value: number) => `${Math.round(value * 100)}%`;
const days = (value: number) => `${Math.round(value * 10) / 10} d`;
const withheld = (figure: GroupFigure<object>) =>
  figure.kind === 'suppressed' ? `withheld (fewer than ${figure.minimum} applications)` : '';

export function formatPlan(plan: Result<typeof hiringPlan>): string {
  const lines = [
    `Hiring plan on ${plan.asOf} (window ${plan.from} to ${plan.to}, end exclusive)`,
    `Positions: ${plan.byStatus.open} open, ${plan.byStatus.filled} filled, ${plan.byStatus.cancelled} cancelled; ${plan.unbudgeted} not budgeted`,
    plan.attainment.kind === 'value'
      ? `Plan attainment (critical roles): ${percent(plan.attainment.value)} — ${plan.attainment.filledOnPlan} of ${plan.attainment.due} filled on plan (target ${percent(plan.attainment.target)})`
      : `Plan attainment: not enough data (${plan.attainment.needs})`,
    plan.timeToFill.median.kind === 'value'
      ? `Time to fill: median ${plan.timeToFill.median.days} days over ${plan.timeToFill.median.n} filled positions`
      : `Time to fill: not enough data (${plan.timeToFill.median.needs})`,
  ];
  for (const fill of plan.timeToFill.positions)
    lines.push(
      `  ${fill.id} ${fill.level}: ${fill.days} days (target ${fill.target}) ${fill.withinTarget ? 'on target' : 'over target'}`,
    );
  lines.push(plan.overdue.length === 0 ? 'Overdue: none' : 'Overdue:');
  for (const item of plan.overdue)
    lines.push(
      `  ${item.id} ${item.role} (${item.priority}, ${item.team}): ${item.daysOverdue} days past ${item.targetDate}`,
    );
  return lines.join('\n');
}

export function formatFunnel(result: Result<typeof hiringFunnel>): string {
  const head = `Funnel for ${result.scope}, applications from ${result.from} to ${result.to}`;
  const funnel = result.funnel;
  if (funnel.kind === 'suppressed') return `${head}\n${withheld(funnel)}`;
  const lines = [head, `${funnel.n} applications`];
  for (const { stage, figure } of funnel.stages) {
    if (figure.kind === 'suppressed') {
      lines.push(`  ${stage.padEnd(12)} ${withheld(figure)}`);
      continue;
    }
    const conversion =
      figure.conversion === null
        ? ''
        : figure.conversion.kind === 'value'
          ? `→ next ${percent(figure.conversion.value)}`
          : '→ next n/a';
    const time =
      figure.medianDaysInStage.kind === 'value'
        ? `median ${days(figure.medianDaysInStage.days)} in stage`
        : '';
    lines.push(
      `  ${stage.padEnd(12)} reached ${String(figure.n).padStart(4)}  ${conversion}  ${time}`.trimEnd(),
    );
  }
  const bottleneck = funnel.bottleneck;
  if (bottleneck.kind === 'value')
    lines.push(
      `Bottleneck: ${bottleneck.stage} (lowest conversion, ${percent(bottleneck.conversion)} of ${bottleneck.decided} decided)` +
        (bottleneck.slowest
          ? `; slowest stage: ${bottleneck.slowest.stage} (${days(bottleneck.slowest.medianDays)})`
          : ''),
    );
  else if (bottleneck.kind === 'suppressed') lines.push('Bottleneck: withheld');
  else lines.push(`Bottleneck: not enough data (${bottleneck.needs})`);
  const offers = funnel.offerAcceptance;
  if (offers.kind === 'shown' && offers.rate.kind === 'value')
    lines.push(
      `Offer acceptance: ${percent(offers.rate.value)} (${offers.rate.accepted} accepted, ${offers.rate.declined} declined)`,
    );
  else lines.push(`Offer acceptance: ${offers.kind === 'suppressed' ? withheld(offers) : 'not enough data'}`);
  return lines.join('\n');
}

export function formatSources(result: Result<typeof hiringSources>): string {
  const lines = [`Sources, applications from ${result.from} to ${result.to}`];
  for (const { source, figure } of result.sources) {
    if (figure.kind === 'suppressed') lines.push(`  ${source.padEnd(16)} ${withheld(figure)}`);
    else
      lines.push(
        `  ${source.padEnd(16)} ${String(figure.n).padStart(4)} applications, ${figure.reachedLoop} reached the loop, ${figure.hires} hired (${percent(figure.hireRate)})`,
      );
  }
  return lines.join('\n');
}

export function formatCandidates(result: Result<typeof listCandidates>): string {
  if (result.candidates.length === 0) return 'No candidates imported.';
  return result.candidates
    .map((app) => {
      const history = app.stages.map((entry) => `${entry.stage} ${entry.enteredAt.slice(0, 10)}`).join(' → ');
      const cards = app.scorecards.map(
        (card) => `    ${card.stage}: ${card.interviewer ?? 'unknown'} overall ${card.overall ?? '-'}`,
      );
      return [
        `${app.candidate} (${app.positionId}, ${app.channel}, ${app.outcome})`,
        `    ${history}`,
        ...cards,
      ].join('\n');
    })
    .join('\n');
}

export function formatCalibration(result: Result<typeof interviewerCalibration>): string {
  const lines = [
    'Interviewer calibration (overall recommendation, mean deviation from the other interviewers)',
  ];
  for (const row of result.interviewers) {
    const overall =
      row.overall.kind === 'value'
        ? `${row.overall.deviation >= 0 ? '+' : ''}${row.overall.deviation.toFixed(2)} over ${row.overall.n} (${row.overall.flag})`
        : `not enough data (${row.overall.n} compared)`;
    lines.push(`  ${row.name.padEnd(24)} ${overall}`);
  }
  return lines.join('\n');
}
