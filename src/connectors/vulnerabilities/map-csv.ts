/**
 * Vulnerability findings from CSV, for scanners and trackers with no format of their own. One finding per
 * row; the header names the columns, in any order and case (`opened_at`, `Opened At` and `opened` are the
 * same column). The columns are documented in docs/vulnerabilities.md:
 *
 *   id (required)          the source's identifier of the finding; with the source, its key
 *   repository, service    where it was found: at least one of them
 *   package (required)     the vulnerable package or the rule that matched
 *   severity (required)    critical, high, medium (or moderate) or low
 *   state                  open, fixed or dismissed; when absent, read from the fixed and dismissed columns
 *   opened (required)      a date (YYYY-MM-DD, midnight UTC) or an instant with its offset
 *   fixed, dismissed       the same, when it was closed
 *   ecosystem, advisory, title, url, source   optional
 *
 * Every bad cell is reported with its line, the row's id, the column, what was found and what was expected.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../../domain/errors.js';
import { instantSchema } from '../../domain/primitives.js';
import { sourceSchema } from '../../domain/records/common.js';
import {
  toVulnerabilitySeverity,
  VULNERABILITY_STATES,
  type VulnerabilityState,
} from '../../domain/vulnerability.js';
import { finalizeFinding, type MapContext, type MapOutcome } from './map-common.js';

export const CSV_SOURCE = 'csv';

const COLUMNS = [
  'id',
  'repository',
  'service',
  'package',
  'severity',
  'state',
  'opened',
  'fixed',
  'dismissed',
  'ecosystem',
  'advisory',
  'title',
  'url',
  'source',
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['id', 'package', 'severity', 'opened'];

const ALIASES: Record<string, Column> = {
  openedat: 'opened',
  created: 'opened',
  createdat: 'opened',
  fixedat: 'fixed',
  dismissedat: 'dismissed',
  repo: 'repository',
  status: 'state',
};

const toHeaderKey = (name: string) => name.trim().replaceAll(/[-_ ]/g, '').toLowerCase();

function toColumn(name: string): Column | undefined {
  const key = toHeaderKey(name);
  return (COLUMNS as readonly string[]).includes(key) ? (key as Column) : ALIASES[key];
}

interface ParsedRow {
  record: string[];
  info: { lines: number };
}

export function mapVulnerabilityCsv(text: string, context: MapContext): MapOutcome {
  const outcome: MapOutcome = { findings: [], issues: [] };
  let rows: ParsedRow[];
  try {
    rows = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as ParsedRow[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    outcome.issues.push({
      file: context.file,
      ...(line ? { line } : {}),
      message: `is not valid CSV: ${(error as Error).message}`,
    });
    return outcome;
  }
  const [header, ...body] = rows;
  if (!header) {
    outcome.issues.push({
      file: context.file,
      line: 1,
      message: 'has no header row',
      expected: COLUMNS.join(', '),
    });
    return outcome;
  }
  const columns = readHeader(header, context, outcome);
  if (!columns) return outcome;
  const seen = new Map<string, number>();
  for (const row of body) {
    const cells = new Map<Column, string>();
    columns.forEach((column, index) => {
      const value = row.record[index]?.trim() ?? '';
      if (value !== '') cells.set(column, value);
    });
    mapRow(cells, row.info.lines, context, outcome, seen);
  }
  return outcome;
}

function readHeader(header: ParsedRow, context: MapContext, outcome: MapOutcome): Column[] | null {
  const columns: Column[] = [];
  const unknown: string[] = [];
  for (const name of header.record) {
    const column = toColumn(name);
    if (column && !columns.includes(column)) columns.push(column);
    else unknown.push(name);
  }
  const missing: string[] = REQUIRED.filter((column) => !columns.includes(column));
  if (!columns.includes('repository') && !columns.includes('service')) missing.push('repository or service');
  if (missing.length === 0 && unknown.length === 0) return columns;
  outcome.issues.push({
    file: context.file,
    line: header.info.lines,
    path: 'header',
    message: [
      missing.length > 0 ? `misses the columns ${missing.join(', ')}` : '',
      unknown.length > 0 ? `has unknown or repeated columns ${unknown.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    found: header.record.join(','),
    expected: `columns among ${COLUMNS.join(', ')}`,
  });
  return null;
}

function mapRow(
  cells: Map<Column, string>,
  line: number,
  context: MapContext,
  outcome: MapOutcome,
  seen: Map<string, number>,
): void {
  const id = cells.get('id');
  const where = { file: context.file, line, ...(id ? { record: id } : {}) };
  const problems: Issue[] = [];
  const problem = (path: string, message: string, found: string | undefined, expected: string) =>
    problems.push({
      ...where,
      path,
      message,
      found: found === undefined ? 'an empty cell' : JSON.stringify(found),
      expected,
    });

  for (const column of REQUIRED) {
    if (!cells.has(column)) problem(column, 'is required', undefined, requiredWhat(column));
  }
  if (!cells.has('repository') && !cells.has('service')) {
    problem('repository', 'names neither a repository nor a service', undefined, 'a repository or a service');
  }
  const severityText = cells.get('severity');
  const severity = severityText === undefined ? null : toVulnerabilitySeverity(severityText);
  if (severityText !== undefined && !severity) {
    problem(
      'severity',
      'is not a known severity',
      severityText,
      'critical, high, medium (or moderate) or low',
    );
  }
  const openedAt = readInstant(cells, 'opened', problem);
  const fixedAt = readInstant(cells, 'fixed', problem);
  const dismissedAt = readInstant(cells, 'dismissed', problem);
  const stateText = cells.get('state');
  let state: VulnerabilityState = dismissedAt ? 'dismissed' : fixedAt ? 'fixed' : 'open';
  if (stateText !== undefined) {
    const normalized = stateText.toLowerCase();
    if ((VULNERABILITY_STATES as readonly string[]).includes(normalized))
      state = normalized as VulnerabilityState;
    else problem('state', 'is not a known state', stateText, VULNERABILITY_STATES.join(', '));
  }
  if (state === 'fixed' && !fixedAt && !cells.has('fixed')) {
    problem('fixed', 'is needed for a fixed finding', undefined, 'the date it was fixed');
  }
  if (state === 'dismissed' && !dismissedAt && !cells.has('dismissed')) {
    problem('dismissed', 'is needed for a dismissed finding', undefined, 'the date it was dismissed');
  }
  if (state === 'open' && (fixedAt || dismissedAt)) {
    problem(
      'state',
      'says open but the row has a fixed or dismissed date',
      stateText,
      'fixed or dismissed, or no closing date',
    );
  }
  const source = cells.get('source') ?? context.source ?? CSV_SOURCE;
  if (!sourceSchema.safeParse(source).success) {
    problem('source', 'is not a source name', source, 'lower-case letters, digits and dashes, e.g. "snyk"');
  }
  if (id !== undefined) {
    const first = seen.get(id);
    if (first !== undefined)
      problem('id', `repeats the finding of line ${first}`, id, 'each id once per file');
    else seen.set(id, line);
  }
  if (problems.length > 0 || !id || !severity || !openedAt) {
    outcome.issues.push(...problems);
    return;
  }
  finalizeFinding(
    {
      source,
      key: id,
      repository: cells.get('repository') ?? context.repository ?? null,
      service: cells.get('service') ?? null,
      package: cells.get('package') ?? '',
      ecosystem: cells.get('ecosystem') ?? null,
      advisory: cells.get('advisory') ?? null,
      title: cells.get('title') ?? null,
      severity,
      state,
      openedAt,
      fixedAt: state === 'fixed' ? fixedAt : null,
      dismissedAt: state === 'dismissed' ? dismissedAt : null,
      url: cells.get('url') ?? null,
    },
    where,
    outcome,
    { openedAt: 'opened', fixedAt: 'fixed', dismissedAt: 'dismissed' },
  );
}

function requiredWhat(column: Column): string {
  if (column === 'opened') return 'the date the finding was opened';
  if (column === 'severity') return 'critical, high, medium or low';
  return `a ${column}`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date is midnight UTC; an instant needs its offset. Null for an empty or bad cell (reported). */
function readInstant(
  cells: Map<Column, string>,
  column: 'opened' | 'fixed' | 'dismissed',
  problem: (path: string, message: string, found: string, expected: string) => void,
): string | null {
  const text = cells.get(column);
  if (text === undefined) return null;
  const candidate = DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text;
  if (instantSchema.safeParse(candidate).success && !Number.isNaN(Date.parse(candidate))) {
    return new Date(candidate).toISOString();
  }
  problem(
    column,
    'is not a date',
    text,
    'YYYY-MM-DD or an instant with offset, e.g. 2026-03-04T10:15:00+01:00',
  );
  return null;
}
