/**
 * SLA tracking from the values measured each month: a month misses when its value is on the bad side of
 * the target (a value equal to the target meets it), and attainment is the share of measured months that
 * met it. No measured month is a result of its own, never 0 %. Pure.
 */
import type { Sla } from '../domain/vendor.js';

export type SlaAttainment =
  | {
      kind: 'value';
      months: number;
      met: number;
      /** Met ÷ measured months, as a fraction. */
      attainment: number;
      missed: { month: string; value: number }[];
      latest: { month: string; value: number; met: boolean };
    }
  | { kind: 'insufficient-data'; months: 0; needs: string };

export function meetsTarget(sla: Pick<Sla, 'target' | 'bad'>, value: number): boolean {
  return sla.bad === 'below' ? value >= sla.target : value <= sla.target;
}

export function trackSla(sla: Sla): SlaAttainment {
  const months = [...sla.measured].sort((a, b) => a.month.localeCompare(b.month));
  const last = months.at(-1);
  if (!last) return { kind: 'insufficient-data', months: 0, needs: 'at least 1 measured month' };
  const missed = months.filter((month) => !meetsTarget(sla, month.value));
  const met = months.length - missed.length;
  return {
    kind: 'value',
    months: months.length,
    met,
    attainment: met / months.length,
    missed,
    latest: { ...last, met: meetsTarget(sla, last.value) },
  };
}
