/** Timing helpers and the report table for `npm run bench`. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Figure {
  what: string;
  value: number;
  unit: string;
  /** `≤` means lower is better, `≥` higher is better. */
  target?: { op: '≤' | '≥'; value: number };
  baseline?: { what: string; value: number };
  note?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Wall time of a whole command, median of `runs` runs after one warm-up. */
export function timeCommandMs(
  command: string,
  args: string[],
  runs: number,
  env?: NodeJS.ProcessEnv,
): number {
  const run = () => {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    return elapsed;
  };
  run();
  return median(Array.from({ length: runs }, run));
}

export function passes(figure: Figure): boolean | null {
  if (!figure.target) return null;
  return figure.target.op === '≤' ? figure.value <= figure.target.value : figure.value >= figure.target.value;
}

const format = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1));

export function printFigures(figures: Figure[]): void {
  const rows = figures.map((figure) => {
    const verdict = passes(figure);
    return [
      figure.what,
      `${format(figure.value)} ${figure.unit}`,
      figure.target ? `${figure.target.op} ${format(figure.target.value)} ${figure.unit}` : 'no target',
      figure.baseline ? `${figure.baseline.what}: ${format(figure.baseline.value)} ${figure.unit}` : '',
      verdict === null ? '' : verdict ? 'ok' : 'MISSED',
      figure.note ?? '',
    ];
  });
  const header = ['measure', 'value', 'target', 'baseline (same run)', '', 'note'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
