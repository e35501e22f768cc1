/**
 * The periods a reader may pick for a report: the last complete ones of the kind's grain, counted back from
 * the default the server names, plus the window chosen in the page's filters. The labels are the ones
 * `GET /api/reports/:kind?period=` accepts: `2026-W47`, `2026-11`, `2026-Q3` (fiscal), `FROM..TO`.
 */
import { format, parseISO, subMonths, subWeeks } from 'date-fns';
import type { Grain, ReportKindInfo } from './types';

export interface PeriodOption {
  value: string;
  label: string;
}

const HOW_MANY: Record<Grain, number> = { week: 12, month: 12, quarter: 8 };

/** `2026-Q1` minus `back` quarters, by label alone: fiscal quarters keep their numbering. */
function earlierQuarter(label: string, back: number): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) return label;
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

function earlier(info: ReportKindInfo, back: number): string {
  const first = parseISO(info.defaultPeriod.from);
  if (info.grain === 'week') return format(subWeeks(first, back), "RRRR-'W'II");
  if (info.grain === 'month') return format(subMonths(first, back), 'yyyy-MM');
  return earlierQuarter(info.defaultPeriod.label, back);
}

export function periodOptions(
  info: ReportKindInfo,
  window: { from: string | undefined; to: string | undefined },
  chosen: string | undefined,
): PeriodOption[] {
  const options: PeriodOption[] = Array.from({ length: HOW_MANY[info.grain] }, (_, back) => {
    const value = earlier(info, back);
    return {
      value,
      label: back === 0 ? `${value} (the last complete ${info.grain})` : value,
    };
  });
  if (window.from && window.to) {
    const value = `${window.from}..${window.to}`;
    options.push({ value, label: `${window.from} to ${window.to} (the window chosen above)` });
  }
  if (chosen && !options.some((option) => option.value === chosen))
    options.push({ value: chosen, label: chosen.replace('..', ' to ') });
  return options;
}
