/**
 * A data table with a caption and, past `pageSize` rows, pages the reader moves through with buttons.
 * Cells are React text, so names and descriptions from the workspace always show as text, never markup.
 */
import { type ReactNode, useState } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

export function Table<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  pageSize?: number;
  empty?: ReactNode;
}) {
  const pageSize = props.pageSize ?? 25;
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(props.rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = props.rows.slice(current * pageSize, (current + 1) * pageSize);
  if (props.rows.length === 0)
    return <div className="state state-empty">{props.empty ?? 'Nothing to show.'}</div>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={props.rowKey(row, current * pageSize + index)}>
              {props.columns.map((column) => (
                <td key={column.header} className={column.numeric ? 'num' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="pager" aria-label={`Pages of ${props.caption}`}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span>
            Rows {current * pageSize + 1}–{Math.min(props.rows.length, (current + 1) * pageSize)} of{' '}
            {props.rows.length}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      ) : null}
    </div>
  );
}
