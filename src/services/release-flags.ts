/**
 * Feature flags from a flag system's export: CSV with a header row, a JSON array (or `{ "flags": [...] }`),
 * or JSON Lines. Columns: key, service, created, removed (or archived), owner.
 *
 * Rules and reasons:
 * - Every row is checked before anything is written, and every problem is reported with file, line and
 *   field, what was found and what was expected; one bad row writes nothing.
 * - The service must be declared in the workspace (flags of an unknown service would never be counted);
 *   an owner, when given, must be a declared person or team.
 * - A date without a time is the start of that day in the workspace time zone.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ImportError, type Issue } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import { type FeatureFlag, featureFlagSchema } from '../domain/release.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import { normalizeRef } from '../metrics/scope.js';

const ALIASES: Record<string, string> = {
  key: 'key',
  name: 'key',
  service: 'service',
  created: 'created',
  createdat: 'created',
  created_at: 'created',
  removed: 'removed',
  removedat: 'removed',
  removed_at: 'removed',
  archived: 'removed',
  archivedat: 'removed',
  archived_at: 'removed',
  owner: 'owner',
};

const DATE_FIELDS = new Set(['created', 'removed']);

interface RawRow {
  line: number;
  value: Record<string, unknown>;
}

function readCsv(file: string, text: string, issues: Issue[]): RawRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as never;
  } catch (error) {
    issues.push({
      file,
      line: (error as { lines?: number }).lines,
      message: 'is not valid CSV',
      found: String(error),
    });
    return [];
  }
  const [header, ...rows] = records;
  if (!header) return [];
  const names = header.record.map((cell) => ALIASES[cell.trim().toLowerCase()]);
  const unknown = header.record.filter((_, index) => names[index] === undefined);
  if (unknown.length > 0) {
    issues.push({
      file,
      line: header.info.lines,
      message: 'unknown columns',
      found: unknown.join(', '),
      expected: 'key, service, created, removed (or archived), owner',
    });
    return [];
  }
  return rows.map(({ record, info }) => {
    const value: Record<string, unknown> = {};
    record.forEach((cell, index) => {
      const name = names[index];
      if (name !== undefined && cell.trim() !== '') value[name] = cell.trim();
    });
    return { line: info.lines, value };
  });
}

function readJson(file: string, text: string, lines: boolean, issues: Issue[]): RawRow[] {
  const rename = (value: unknown): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries((value ?? {}) as Record<string, unknown>)
        .filter(([, cell]) => cell !== null && cell !== '')
        .map(([name, cell]) => [ALIASES[name.toLowerCase()] ?? name, cell]),
    );
  if (lines) {
    const rows: RawRow[] = [];
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        rows.push({ line: index + 1, value: rename(JSON.parse(line)) });
      } catch (error) {
        issues.push({ file, line: index + 1, message: 'is not valid JSON', found: String(error) });
      }
    });
    return rows;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    issues.push({ file, message: 'is not valid JSON', found: String(error) });
    return [];
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { flags?: unknown })?.flags;
  if (!Array.isArray(list)) {
    issues.push({
      file,
      message: 'holds no list of flags',
      expected: 'a JSON array, or an object with a "flags" array',
    });
    return [];
  }
  // JSON has no line per row: the row's position stands in, as `flags[3]`.
  return list.map((value, index) => ({ line: 0, value: { ...rename(value), __index: index } }));
}

function toInstant(text: string, timeZone: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? startOfLocalDay(text, timeZone).toISOString()
    : new Date(text).toISOString();
}

export type FlagFormat = 'csv' | 'json' | 'jsonl';

/** A flags file's format from its name: `.csv`, `.jsonl`, else JSON. */
export function detectFlagFormat(file: string): FlagFormat {
  const lower = file.toLowerCase();
  return lower.endsWith('.csv') ? 'csv' : lower.endsWith('.jsonl') ? 'jsonl' : 'json';
}

/**
 * Reads and validates flags text (a file's, or a request body named by `file`); throws an ImportError
 * naming every problem. The format defaults to what the file name says.
 */
export function parseFeatureFlags(
  file: string,
  text: string,
  org: Pick<OrgModel, 'services' | 'people' | 'teams'>,
  timeZone: string,
  format: FlagFormat = detectFlagFormat(file),
): FeatureFlag[] {
  const issues: Issue[] = [];
  const name = path.basename(file);
  const rows =
    format === 'csv' ? readCsv(name, text, issues) : readJson(name, text, format === 'jsonl', issues);
  const services = new Set(org.services.map((service) => normalizeRef(service.ref, 'service')));
  const people = new Set(org.people.map((person) => person.ref));
  const teams = new Set(org.teams.map((team) => team.ref));
  const flags = new Map<string, { flag: FeatureFlag; line: number }>();
  for (const { line, value } of rows) {
    const { __index, ...fields } = value;
    const where = line > 0 ? { file: name, line } : { file: name, path: `flags[${__index}]` };
    const parsed = featureFlagSchema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        issues.push({
          ...where,
          path: line > 0 ? field : `flags[${__index}].${field}`,
          message: DATE_FIELDS.has(field) ? 'is not a date' : issue.message,
          found: JSON.stringify(fields[String(issue.path[0])]),
          ...(DATE_FIELDS.has(field)
            ? { expected: 'YYYY-MM-DD or an instant with offset, e.g. 2026-03-04T10:00:00Z' }
            : {}),
        });
      }
      continue;
    }
    const row = parsed.data;
    const service = normalizeRef(row.service, 'service');
    if (!services.has(service)) {
      issues.push({
        ...where,
        message: 'names a service the workspace does not declare',
        found: row.service,
        expected: 'a service in model/services.yaml',
      });
      continue;
    }
    if (row.owner !== undefined) {
      const asPerson = normalizeRef(row.owner, 'person');
      const asTeam = normalizeRef(row.owner, 'team');
      if (!people.has(asPerson) && !teams.has(asTeam)) {
        issues.push({
          ...where,
          message: 'names an owner who is neither a declared person nor a team',
          found: row.owner,
          expected: 'a person in model/people.yaml or a team in model/teams.yaml',
        });
        continue;
      }
    }
    const createdAt = toInstant(row.created, timeZone);
    const removedAt = row.removed === undefined ? undefined : toInstant(row.removed, timeZone);
    if (removedAt !== undefined && removedAt < createdAt) {
      issues.push({
        ...where,
        path: 'removed',
        message: 'is before the flag was created',
        found: row.removed,
        expected: `on or after ${row.created}`,
      });
      continue;
    }
    const id = `${service}#${row.key}`;
    const earlier = flags.get(id);
    if (earlier) {
      issues.push({
        ...where,
        message: `repeats flag ${row.key} of ${service}`,
        found: `also on line ${earlier.line}`,
      });
      continue;
    }
    flags.set(id, {
      line,
      flag: {
        key: row.key,
        service,
        createdAt,
        ...(removedAt === undefined ? {} : { removedAt }),
        ...(row.owner === undefined ? {} : { owner: row.owner }),
      },
    });
  }
  if (issues.length > 0)
    throw new ImportError(`The feature flags in ${name} are invalid; nothing was imported`, issues);
  if (flags.size === 0) {
    throw new ImportError(`${name} holds no feature flags`, [
      { file: name, message: 'no rows', expected: 'a header row and one row per flag' },
    ]);
  }
  return [...flags.values()].map((entry) => entry.flag);
}
