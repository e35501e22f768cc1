/**
 * The records behind a figure, a page at a time, narrowed to one record type when a figure rests on several
 * (change lead time counts commits and the deployments that shipped them). The chosen type lives in the
 * address (`?type=commit`) so a link reproduces the view.
 */
import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type Column, Table } from '../../components/table';
import { formatCount } from '../../format';
import {
  describeRecord,
  type ExplainedRecord,
  formatInstant,
  labelRecordType,
  type RecordRow,
} from './describe-record';

const COLUMNS: Column<RecordRow>[] = [
  {
    header: 'Record',
    cell: (row) => <code title={row.id}>{shortenId(row.id)}</code>,
  },
  { header: 'Type', cell: (row) => labelRecordType(row.type) },
  { header: 'Service or repository', cell: (row) => row.subject },
  { header: 'What', cell: (row) => row.title || '—' },
  { header: 'Started or created', cell: (row) => formatInstant(row.started) },
  { header: 'Finished or resolved', cell: (row) => formatInstant(row.finished) },
  { header: 'Result or state', cell: (row) => row.outcome || '—' },
];

/** A commit's id carries its full SHA; ten characters name it on screen, the full id stays in the tooltip. */
function shortenId(id: string): string {
  return id.replace(/@([0-9a-f]{10})[0-9a-f]{30}$/, '@$1…');
}

export function RecordsTable(props: { records: ExplainedRecord[]; title: string; empty: string }) {
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const rows = useMemo(() => props.records.map(describeRecord), [props.records]);
  const counts = useMemo(() => {
    const byType = new Map<string, number>();
    for (const row of rows) byType.set(row.type, (byType.get(row.type) ?? 0) + 1);
    return [...byType.entries()];
  }, [rows]);
  const wanted = params.get('type');
  const type = wanted && counts.some(([candidate]) => candidate === wanted) ? wanted : '';
  const shown = type ? rows.filter((row) => row.type === type) : rows;
  const chooseType = (next: string) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        if (next) merged.set('type', next);
        else merged.delete('type');
        return merged;
      },
      { replace: true },
    );
  return (
    <>
      {counts.length > 1 ? (
        <div className="records-filter">
          <label htmlFor={selectId}>Record type</label>
          <select id={selectId} value={type} onChange={(event) => chooseType(event.target.value)}>
            <option value="">All types ({formatCount(rows.length)})</option>
            {counts.map(([candidate, count]) => (
              <option key={candidate} value={candidate}>
                {labelRecordType(candidate)} ({formatCount(count)})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Table
        key={type}
        caption={`Records behind ${props.title}${type ? `: ${labelRecordType(type).toLowerCase()}s` : ''} (${formatCount(shown.length)})`}
        columns={COLUMNS}
        rows={shown}
        rowKey={(row) => row.id}
        pageSize={50}
        empty={props.empty}
      />
    </>
  );
}
