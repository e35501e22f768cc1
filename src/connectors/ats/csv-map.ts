/**
 * Applications and scorecards from a CSV export with one row per stage entry (docs/people/hiring.md):
 * `application_id, candidate, position, source, stage, entered_at` required, `outcome`, `interviewer`,
 * `recommendation` and `score_<dimension>` optional. A row with an interviewer is also that interviewer's
 * scorecard for the stage; several interviewers of one stage repeat the row with the same entered_at.
 *
 * The rows of an application must agree on candidate, position and source, and its stages must have been
 * entered in pipeline order. Every problem is reported with file, line, column and field; a file with any
 * problem yields nothing. Pure.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../../domain/errors.js';
import {
  type Application,
  OUTCOMES,
  type Outcome,
  type Scorecard,
  stageRoles,
  toRating,
} from '../../domain/hiring.js';
import { type AtsMapResult, type AtsMapSettings, STAGE_EXPECTED, toInstant, toStageId } from './settings.js';

export const CSV_REQUIRED = [
  'application_id',
  'candidate',
  'position',
  'source',
  'stage',
  'entered_at',
] as const;
export const CSV_OPTIONAL = ['outcome', 'interviewer', 'recommendation'] as const;
const SCORE_PREFIX = 'score_';

interface Row {
  line: number;
  field: (name: string) => string;
  column: (name: string) => number;
}

interface Draft {
  key: string;
  line: number;
  candidate: string;
  positionId: string;
  channel: string;
  entries: Map<string, { enteredAt: string; line: number }>;
  outcome: { value: Outcome; line: number } | null;
}

export function mapAtsCsv(text: string, settings: AtsMapSettings): AtsMapResult {
  const { file } = settings;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      kind: 'invalid',
      issues: [
        {
          file,
          line,
          message: 'not valid CSV',
          found: (error as Error).message,
          expected: 'CSV with a header row',
        },
      ],
    };
  }
  const [first, ...data] = records;
  const header = (first?.record ?? []).map((name) => name.toLowerCase());
  const missing = CSV_REQUIRED.filter((name) => !header.includes(name));
  const issues: Issue[] = [];
  if (missing.length > 0)
    issues.push({
      file,
      line: 1,
      column: 1,
      path: missing.join(', '),
      message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      found: first?.record.join(',') || 'an empty first line',
      expected: `a header naming ${CSV_REQUIRED.join(', ')} (optionally ${CSV_OPTIONAL.join(', ')}, ${SCORE_PREFIX}<dimension>)`,
    });
  header.forEach((name, index) => {
    if (name.startsWith(SCORE_PREFIX) && !settings.dimensions.includes(name.slice(SCORE_PREFIX.length)))
      issues.push({
        file,
        line: 1,
        column: index + 1,
        path: name,
        message: 'score column for an unknown dimension',
        found: name,
        expected: `${SCORE_PREFIX} followed by a scorecard dimension (${settings.dimensions.join(', ')})`,
      });
  });
  if (issues.length > 0) return { kind: 'invalid', issues };

  const positions = new Set(settings.positions.map((position) => position.id));
  const drafts = new Map<string, Draft>();
  const scorecards: Scorecard[] = [];
  const scoreColumns = header.filter((name) => name.startsWith(SCORE_PREFIX));
  for (const { record, info } of data) {
    const column = (name: string) => header.indexOf(name) + 1;
    const row: Row = {
      line: info.lines,
      column,
      field: (name) => (column(name) > 0 ? (record[column(name) - 1] ?? '') : ''),
    };
    const problem = (name: string, message: string, found: string, expected: string) =>
      issues.push({
        file,
        line: row.line,
        column: Math.max(row.column(name), 1),
        path: name,
        record: row.field('application_id') || undefined,
        message,
        found: found === '' ? 'nothing' : JSON.stringify(found),
        expected,
      });
    const before = issues.length;
    for (const name of ['application_id', 'candidate', 'source'] as const)
      if (row.field(name) === '') problem(name, `no ${name}`, '', `the ${name.replace('_', ' ')}`);
    const positionId = row.field('position');
    if (!positions.has(positionId))
      problem('position', 'unknown position', positionId, 'a position id of registers/hiring.yaml');
    const stage = toStageId(row.field('stage'), settings);
    if (stage === null)
      problem('stage', 'candidate in an unknown stage', row.field('stage'), STAGE_EXPECTED(settings));
    const enteredAt = toInstant(row.field('entered_at'));
    if (enteredAt === null)
      problem(
        'entered_at',
        'not a date',
        row.field('entered_at'),
        'YYYY-MM-DD or an ISO date-time with offset',
      );
    const outcomeText = row.field('outcome').toLowerCase();
    if (outcomeText !== '' && !(OUTCOMES as readonly string[]).includes(outcomeText))
      problem('outcome', 'unknown outcome', outcomeText, `empty or one of ${OUTCOMES.join(', ')}`);
    if (issues.length > before || stage === null || enteredAt === null) continue;

    const key = row.field('application_id');
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        key,
        line: row.line,
        candidate: row.field('candidate'),
        positionId,
        channel: row.field('source'),
        entries: new Map(),
        outcome: null,
      };
      drafts.set(key, draft);
    }
    for (const [name, value] of [
      ['candidate', draft.candidate],
      ['position', draft.positionId],
      ['source', draft.channel],
    ] as const) {
      if (row.field(name) === value) continue;
      // A candidate's name never goes into a message: the row and field say where to look.
      if (name === 'candidate')
        issues.push({
          file,
          line: row.line,
          column: row.column(name),
          path: name,
          record: key,
          message: `differs from the application's first row (line ${draft.line})`,
          found: 'another name (not shown)',
          expected: `the name on line ${draft.line}`,
        });
      else
        problem(
          name,
          `differs from the application's first row (line ${draft.line})`,
          row.field(name),
          JSON.stringify(value),
        );
    }
    const entered = draft.entries.get(stage);
    if (entered && entered.enteredAt !== enteredAt)
      problem(
        'entered_at',
        `the application entered ${stage} on line ${entered.line} at another time`,
        row.field('entered_at'),
        entered.enteredAt,
      );
    else if (!entered) draft.entries.set(stage, { enteredAt, line: row.line });
    if (outcomeText !== '') {
      if (draft.outcome && draft.outcome.value !== outcomeText)
        problem(
          'outcome',
          `differs from the outcome on line ${draft.outcome.line}`,
          outcomeText,
          draft.outcome.value,
        );
      else draft.outcome = { value: outcomeText as Outcome, line: row.line };
    }
    const interviewer = row.field('interviewer');
    if (interviewer === '') continue;
    const ratings: Record<string, number> = {};
    for (const name of scoreColumns) {
      const text = row.field(name);
      if (text === '') continue;
      const rating = toRating(text);
      if (rating === null)
        problem(name, 'not a rating', text, '1 to 4, or definitely_not, no, yes, strong_yes');
      else ratings[name.slice(SCORE_PREFIX.length)] = rating;
    }
    const overall = toRating(row.field('recommendation'));
    if (row.field('recommendation') !== '' && overall === null)
      problem(
        'recommendation',
        'not a recommendation',
        row.field('recommendation'),
        '1 to 4, or definitely_not, no, yes, strong_yes',
      );
    const person = settings.matchPerson(interviewer);
    const scoreKey = `${key}/${stage}/${person ?? interviewer}`;
    scorecards.push({
      id: `${settings.source}:${scoreKey}`,
      source: settings.source,
      key: scoreKey,
      applicationId: `${settings.source}:${key}`,
      interviewer: person,
      interviewerName: person ? null : interviewer,
      stage,
      ratings,
      overall,
      submittedAt: enteredAt,
    });
  }
  const applications = [...drafts.values()].map((draft) => toApplication(draft, settings, issues));
  return issues.length > 0 ? { kind: 'invalid', issues } : { kind: 'ok', data: { applications, scorecards } };
}

function toApplication(draft: Draft, settings: AtsMapSettings, issues: Issue[]): Application {
  const stages = [...draft.entries.entries()]
    .sort(([a], [b]) => settings.stages.indexOf(a) - settings.stages.indexOf(b))
    .map(([stage, entry]) => ({ stage, ...entry }));
  stages.forEach((entry, index) => {
    const previous = stages[index - 1];
    if (previous && entry.enteredAt < previous.enteredAt)
      issues.push({
        file: settings.file,
        line: entry.line,
        path: 'entered_at',
        record: draft.key,
        message: 'stage dates out of order',
        found: `${entry.stage} entered ${entry.enteredAt}`,
        expected: `on or after ${previous.enteredAt}, when ${previous.stage} was entered (line ${previous.line})`,
      });
  });
  const roles = stageRoles(settings.stages);
  const at = (stage: string) => draft.entries.get(stage)?.enteredAt ?? null;
  const outcome = draft.outcome?.value ?? (at(roles.hire) ? 'hired' : 'active');
  return {
    id: `${settings.source}:${draft.key}`,
    source: settings.source,
    key: draft.key,
    positionId: draft.positionId,
    candidate: draft.candidate,
    channel: draft.channel,
    appliedAt: stages[0]?.enteredAt ?? '',
    stages: stages.map(({ stage, enteredAt }) => ({ stage, enteredAt })),
    outcome,
    offerExtendedAt: at(roles.offer),
    offerAcceptedAt: at(roles.hire),
  };
}
