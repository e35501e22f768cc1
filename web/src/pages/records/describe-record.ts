/**
 * One observed record (a deployment, commit, pull request, review, work item, CI run or incident) as a row
 * of the records table: what it is about, what it says, when it started and finished, and how it ended.
 * Fields a record type lacks stay empty rather than guessed.
 */
import { format } from 'date-fns';
import { shortRef } from '../../format';

export interface ExplainedRecord {
  id: string;
  type: string;
  record: Record<string, unknown> | null;
}

export interface RecordRow {
  id: string;
  type: string;
  subject: string;
  title: string;
  started: string | null;
  finished: string | null;
  outcome: string;
}

const TYPE_LABELS: Record<string, string> = {
  deployment: 'Deployment',
  commit: 'Commit',
  'pull-request': 'Pull request',
  review: 'Review',
  'work-item': 'Work item',
  'ci-run': 'CI run',
  incident: 'Incident',
};

export function labelRecordType(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

function text(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function first(record: Record<string, unknown>, keys: string[]): string | null {
  for (const key of keys) {
    const value = text(record, key);
    if (value) return value;
  }
  return null;
}

/** An instant in the reader's time, to the minute: `2026-11-17 15:01`. */
export function formatInstant(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'yyyy-MM-dd HH:mm');
}

function describeTitle(type: string, record: Record<string, unknown>): string {
  const own = first(record, ['title', 'subject']);
  if (own) return own;
  const sha = text(record, 'commitSha');
  switch (type) {
    case 'review':
      return `${text(record, 'reviewer') ?? 'Someone'} reviewed ${shortRef(text(record, 'pullRequest'))}`;
    case 'ci-run':
      return [text(record, 'pipeline'), text(record, 'branch')].filter(Boolean).join(' on ');
    case 'deployment':
      return [text(record, 'environment'), sha ? `commit ${sha.slice(0, 8)}` : null]
        .filter(Boolean)
        .join(', ');
    default:
      return '';
  }
}

function describeOutcome(type: string, record: Record<string, unknown>): string {
  const outcome = first(record, ['result', 'state', 'status']) ?? '';
  if (type === 'deployment' && record.unplanned === true) return `${outcome}, unplanned`;
  if (type === 'incident') return [text(record, 'severity'), outcome].filter(Boolean).join(', ');
  if (type === 'ci-run' && typeof record.attempt === 'number' && record.attempt > 1)
    return `${outcome}, attempt ${record.attempt}`;
  return outcome;
}

export function describeRecord(explained: ExplainedRecord): RecordRow {
  const record = explained.record ?? {};
  return {
    id: explained.id,
    type: explained.type,
    subject: shortRef(first(record, ['service', 'repository', 'team', 'pullRequest'])).replace(
      /^(service|repository):/,
      '',
    ),
    title: describeTitle(explained.type, record),
    started: first(record, ['startedAt', 'createdAt', 'authoredAt', 'submittedAt']),
    finished: first(record, ['finishedAt', 'resolvedAt', 'mergedAt', 'closedAt', 'committedAt']),
    outcome: describeOutcome(explained.type, record),
  };
}
