/**
 * Reads Apache DevLake's DORA end-to-end fixtures (copied byte for byte into
 * ../shared/data/devlake-e2e/dora-expected, see its PROVENANCE.md) into the row shapes of
 * src/metrics/devlake. Every CSV row is validated with zod; an error names the file, the line and the field.
 *
 * DevLake's fixtures write instants three ways: ISO 8601 with an offset, `2023-4-10 6:51:47` and
 * `2022-09-07 23:07:13` without one. DevLake's e2e helper loads the offset-less ones as UTC, and so does this.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const DORA_FIXTURES = path.resolve(
  import.meta.dirname,
  '../../../shared/data/devlake-e2e/dora-expected',
);

export function assertFixturesPresent(): void {
  if (!existsSync(DORA_FIXTURES)) {
    throw new Error(
      `DevLake's DORA fixtures are missing: expected the folder ${DORA_FIXTURES} (a checkout of the shared data ` +
        'next to the repository, ../shared/data/devlake-e2e/dora-expected)',
    );
  }
}

const NAIVE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/** A fixture instant; '' is a missing one (SQL NULL). */
export function parseDevLakeTime(text: string): Date | null | undefined {
  if (text === '') return null;
  const naive = NAIVE_TIME.exec(text);
  if (naive) {
    const [, y, mo, d, h, mi, s, ms = '0'] = naive;
    return new Date(
      Date.UTC(
        +(y as string),
        +(mo as string) - 1,
        +(d as string),
        +(h as string),
        +(mi as string),
        +(s as string),
        +ms.padEnd(3, '0'),
      ),
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  return new Date(text);
}

export const time = z.string().transform((text, ctx) => {
  const parsed = parseDevLakeTime(text);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a DevLake timestamp or nothing, found "${text}"` });
    return z.NEVER;
  }
  return parsed;
});

export const requiredTime = time.transform((value, ctx): Date => {
  if (value !== null) return value;
  ctx.addIssue({ code: 'custom', message: 'expected a timestamp, found nothing' });
  return z.NEVER;
});

/** '' → null, for nullable text columns. */
export const nullableText = z.string().transform((text) => (text === '' ? null : text));

/** '' → null, else a number. */
export const nullableNumber = z.string().transform((text, ctx) => {
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    ctx.addIssue({ code: 'custom', message: `expected a number or nothing, found "${text}"` });
    return z.NEVER;
  }
  return value;
});

export const requiredNumber = nullableNumber.transform((value, ctx): number => {
  if (value !== null) return value;
  ctx.addIssue({ code: 'custom', message: 'expected a number, found nothing' });
  return z.NEVER;
});

interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

/** One fixture table, each row parsed by `schema`. */
export function readTable<S extends z.ZodType>(relativePath: string, schema: S): z.output<S>[] {
  const file = path.join(DORA_FIXTURES, relativePath);
  const records = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
  }) as CsvRecord[];
  return records.map(({ record, info }) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const issues = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${file}:${info.lines}: ${issues}`);
  });
}

/** A row made comparable: instants as ISO strings, so a failing assertion prints readable values. */
export function comparable<T extends object>(row: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

/** Rows made comparable and ordered by id, as DevLake's table verifier matches them by primary key. */
export function byId<T extends { id: string }>(rows: readonly T[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(comparable);
}

/** Only the named columns of each row. */
export function pick<T extends object, K extends keyof T>(
  rows: readonly T[],
  keys: readonly K[],
): Pick<T, K>[] {
  return rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>);
}
