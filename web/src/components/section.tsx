/** A titled block of a page; `id` makes it a link target (`/delivery#lead-time`). */
import type { ReactNode } from 'react';

export function Section(props: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <section
      className={props.wide ? 'panel wide' : 'panel'}
      id={props.id}
      aria-labelledby={`${props.id}-title`}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro ? <p className="intro">{props.intro}</p> : null}
      {props.children}
    </section>
  );
}

export function PageHeader(props: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{props.title}</h1>
      {props.children ? <div className="page-lead">{props.children}</div> : null}
    </header>
  );
}

/** A status word with its color and a text label, so the meaning never rests on color alone. */
export function Status({ value }: { value: string }) {
  return <span className={`status status-${value}`}>{value.replace(/-/g, ' ')}</span>;
}

/** How many entries have each status, as status words with their counts; statuses with none left out. */
export function StatusCounts({ counts, label }: { counts: Record<string, number>; label: string }) {
  return (
    <ul className="counts" aria-label={label}>
      {Object.entries(counts)
        .filter(([, count]) => count > 0)
        .map(([status, count]) => (
          <li key={status}>
            <Status value={status} /> <strong>{count}</strong>
          </li>
        ))}
    </ul>
  );
}

/** A register entry's review date, flagged when the review is overdue. */
export function ReviewDate({
  date,
  overdue,
}: {
  date: string | null | undefined;
  overdue: boolean | undefined;
}) {
  return (
    <>
      <span className="nowrap">{date ?? '—'}</span> {overdue ? <Status value="overdue" /> : null}
    </>
  );
}
