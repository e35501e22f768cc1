/**
 * Survey responses from CSV: a header naming `response_id`, `submitted_at`, `team`, optionally `tenure`,
 * then one column per item id of the survey (every item, no other), then one response per row. An empty
 * cell is a skipped item. Every row is checked and every problem reported with its file, line (the row),
 * column and field, what was found and what was expected; a file with any bad row yields no rows at all.
 *
 * A response is kept as `survey:response_id`, so importing the same file again stores each response once.
 * Answers are anonymous: no column may name the respondent, and none is stored.
 */
import type { Issue } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import {
  type Survey,
  type SurveyAnswer,
  type SurveyResponse,
  TENURE_BANDS,
  type TenureBand,
} from '../domain/survey.js';
import { readCsvRows } from './csv-rows.js';

const REQUIRED = ['response_id', 'submitted_at', 'team'] as const;
const OPTIONAL = ['tenure'] as const;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface SurveyCsvSettings {
  survey: Survey;
  /** Declared team references. */
  teams: ReadonlySet<string>;
  /** The workspace time zone, in which the survey's days are counted. */
  timezone: string;
  /** `import:<file name>`. */
  source: string;
}

export type SurveyCsvResult =
  | { kind: 'ok'; responses: SurveyResponse[] }
  | { kind: 'invalid'; issues: Issue[] };

/** The local calendar day of an instant in `timezone`, `YYYY-MM-DD`. */
export function localDay(instant: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Resolves a team as written (`checkout` or `team:default/checkout`) against the declared teams. */
export function resolveTeam(text: string, teams: ReadonlySet<string>): string | undefined {
  try {
    const ref = toRefString(text, 'team');
    return teams.has(ref) ? ref : undefined;
  } catch {
    return undefined;
  }
}

/** Checks one answer against its item: an integer on the scale, or any text; empty means skipped. */
export function checkAnswer(
  item: Survey['items'][number],
  raw: string,
): { value?: SurveyAnswer; expected?: string } {
  if (item.type === 'text') return { value: raw };
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < item.min || value > item.max)
    return { expected: `a whole number from ${item.min} to ${item.max}, or nothing for a skipped item` };
  return { value };
}

export function parseSurveyCsv(text: string, file: string, settings: SurveyCsvSettings): SurveyCsvResult {
  const { survey } = settings;
  const read = readCsvRows(text, file);
  if (read.kind === 'invalid') return read;
  const [first, ...data] = read.rows;
  const header = (first?.record ?? []).map((name) => name.toLowerCase());
  const itemIds = survey.items.map((item) => item.id);
  const known = new Set<string>([...REQUIRED, ...OPTIONAL, ...itemIds]);
  const headerIssue = (column: number, message: string, found: string, expected: string): Issue => ({
    file,
    line: 1,
    column,
    path: found,
    message,
    found,
    expected,
  });
  const issues: Issue[] = [];
  for (const name of [...REQUIRED, ...itemIds])
    if (!header.includes(name))
      issues.push(
        headerIssue(
          1,
          `missing column "${name}"`,
          first?.record.join(',') || 'an empty first line',
          `a header naming ${[...REQUIRED, ...itemIds].join(', ')} (tenure optional)`,
        ),
      );
  header.forEach((name, index) => {
    if (!known.has(name))
      issues.push(
        headerIssue(
          index + 1,
          `unknown column "${name}"`,
          name,
          `one of ${[...known].join(', ')} (the item ids of ${survey.file})`,
        ),
      );
  });
  header.forEach((name, index) => {
    if (header.indexOf(name) !== index)
      issues.push(headerIssue(index + 1, `column "${name}" twice`, name, 'each column once'));
  });
  if (issues.length > 0) return { kind: 'invalid', issues };

  const responses: SurveyResponse[] = [];
  const seen = new Set<string>();
  data.forEach(({ record, info }, index) => {
    const row = index + 1;
    const line = info.lines;
    const field = (name: string) => record[header.indexOf(name)] ?? '';
    const problem = (name: string, message: string, found: string, expected: string) =>
      issues.push({
        file,
        line,
        column: header.indexOf(name) + 1,
        path: name,
        message: `row ${row}: ${message}`,
        found: found === '' ? 'nothing' : JSON.stringify(found),
        expected,
      });
    const before = issues.length;
    const key = field('response_id');
    if (!KEY.test(key))
      problem('response_id', 'not a response id', key, 'letters, digits, ".", "_" or "-", at most 100');
    else if (seen.has(key)) problem('response_id', 'duplicate response id', key, 'an id used by one row');
    seen.add(key);
    const submittedText = field('submitted_at');
    const submittedAt = new Date(submittedText);
    if (!INSTANT.test(submittedText) || Number.isNaN(submittedAt.getTime()))
      problem(
        'submitted_at',
        'not a time',
        submittedText,
        'an ISO 8601 time with offset, e.g. 2026-06-12T09:30:00Z',
      );
    else {
      const day = localDay(submittedAt, settings.timezone);
      if (day < survey.opens || day > survey.closes)
        problem(
          'submitted_at',
          'submitted outside the survey window',
          submittedText,
          `a time from ${survey.opens} to ${survey.closes} (${settings.timezone}), when ${survey.id} is open`,
        );
    }
    const teamText = field('team');
    const team = resolveTeam(teamText, settings.teams);
    if (!team) problem('team', 'unknown team', teamText, 'a team declared in model/teams.yaml');
    const tenureText = header.includes('tenure') ? field('tenure') : '';
    if (tenureText !== '' && !(TENURE_BANDS as readonly string[]).includes(tenureText))
      problem('tenure', 'unknown tenure band', tenureText, `one of ${TENURE_BANDS.join(', ')}, or nothing`);
    const answers: Record<string, SurveyAnswer> = {};
    for (const item of survey.items) {
      const raw = field(item.id);
      if (raw === '') continue;
      const checked = checkAnswer(item, raw);
      if (checked.value === undefined)
        problem(item.id, `answer outside the scale of "${item.id}"`, raw, checked.expected ?? '');
      else answers[item.id] = checked.value;
    }
    if (issues.length > before || !team) return;
    responses.push({
      id: `${survey.id}:${key}`,
      surveyId: survey.id,
      submittedAt,
      team,
      tenure: tenureText === '' ? null : (tenureText as TenureBand),
      answers,
      source: settings.source,
    });
  });
  return issues.length > 0 ? { kind: 'invalid', issues } : { kind: 'ok', responses };
}
