/**
 * Prometheus range-query responses (`/api/v1/query_range`, `resultType: matrix`) as SLI samples. Two
 * series are needed, good events and valid events per minute, told apart by a label (`sli="good"` and
 * `sli="valid"` by default, e.g. added with `label_replace`) or, for a file holding one series, by the kind
 * the caller names. Queries are expected as `sum(increase(…[1m]))` at a 60 s step: a sample counts the
 * minute that ends at its timestamp, so the sample at 10:01:00 is the minute from 10:00 to 10:01. A minute
 * present in one series and not the other is missing data, like a gap.
 */
import { z } from 'zod';
import type { Issue, Location } from '../../domain/errors.js';
import type { SliSampleColumns } from '../../metrics/slo/samples.js';

export type SliKind = 'good' | 'valid';
export const DEFAULT_SLI_LABEL = 'sli';

const sampleSchema = z.tuple([z.number(), z.string()]);
const responseSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(sampleSchema) })),
  }),
});

export interface PrometheusPayload {
  file: string;
  json: unknown;
  /** The kind of a series without the label (a file exported for one kind). */
  kind?: SliKind;
}

export type PrometheusSliResult =
  | {
      kind: 'ok';
      columns: SliSampleColumns;
      locate: (index: number) => Location;
      /** Minutes present in one series only, left out as missing data. */
      unpaired: number;
    }
  | { kind: 'invalid'; issues: Issue[] };

interface SeriesPoint {
  value: number;
  where: Location;
}

export function mapPrometheusSli(
  payloads: readonly PrometheusPayload[],
  label: string = DEFAULT_SLI_LABEL,
): PrometheusSliResult {
  const issues: Issue[] = [];
  const series: Partial<Record<SliKind, { points: Map<number, SeriesPoint>; where: Location }>> = {};
  for (const payload of payloads) {
    const parsed = responseSchema.safeParse(payload.json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      issues.push({
        file: payload.file,
        path: first?.path.join('.') || undefined,
        message: 'not a Prometheus range-query response',
        found: first?.message ?? 'something else',
        expected:
          '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[t,"v"],…]}]}}',
      });
      continue;
    }
    parsed.data.data.result.forEach((entry, index) => {
      const where: Location = { file: payload.file, path: `data.result[${index}]` };
      const named = entry.metric[label];
      const kind =
        named === 'good' || named === 'valid' ? named : named === undefined ? payload.kind : undefined;
      if (!kind) {
        issues.push({
          ...where,
          message: `cannot tell whether the series counts good or valid events`,
          found: named === undefined ? `no "${label}" label` : `${label}="${named}"`,
          expected: `a label ${label}="good" or ${label}="valid", or --kind for a file with one series`,
        });
        return;
      }
      if (series[kind]) {
        issues.push({
          ...where,
          message: `a second series of ${kind} events`,
          found: JSON.stringify(entry.metric),
          expected: `one series per kind (sum the query), the first at ${series[kind]?.where.file} ${series[kind]?.where.path}`,
        });
        return;
      }
      const points = new Map<number, SeriesPoint>();
      entry.values.forEach(([seconds, text], position) => {
        const point: Location = { file: payload.file, path: `data.result[${index}].values[${position}]` };
        const value = Number(text);
        const minute = seconds * 1000 - 60_000;
        const earlier = points.get(minute);
        if (earlier && earlier.value !== value) {
          issues.push({
            ...point,
            message: `a second sample at ${seconds} with a different value`,
            found: text,
            expected: `one sample per timestamp (the first, at ${earlier.where.path}, is ${earlier.value})`,
          });
          return;
        }
        points.set(minute, { value, where: point });
      });
      series[kind] = { points, where };
    });
  }
  for (const kind of ['good', 'valid'] as const) {
    if (!series[kind] && issues.length === 0) {
      issues.push({
        file: payloads.map((payload) => payload.file).join(', '),
        message: `no series of ${kind} events`,
        expected: `a series labelled ${label}="${kind}", or a file given as the ${kind} series`,
      });
    }
  }
  const good = series.good?.points;
  const valid = series.valid?.points;
  if (issues.length > 0 || !good || !valid) return { kind: 'invalid', issues };
  return joinSeries(good, valid);
}

function joinSeries(good: Map<number, SeriesPoint>, valid: Map<number, SeriesPoint>): PrometheusSliResult {
  const minutes = [...valid.keys()].filter((minute) => good.has(minute)).sort((a, b) => a - b);
  const unpaired = good.size + valid.size - 2 * minutes.length;
  const columns: SliSampleColumns = {
    timestamps: minutes,
    good: minutes.map((minute) => good.get(minute)?.value ?? Number.NaN),
    valid: minutes.map((minute) => valid.get(minute)?.value ?? Number.NaN),
  };
  const locate = (index: number): Location => {
    const minute = minutes[index] ?? 0;
    const goodAt = good.get(minute)?.where;
    const validAt = valid.get(minute)?.where;
    return { file: validAt?.file, path: `${validAt?.path} (valid), ${goodAt?.path} (good)` };
  };
  return { kind: 'ok', columns, locate, unpaired };
}
