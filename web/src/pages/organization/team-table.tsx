/** The teams at a glance; a team's name narrows the whole dashboard to it (`?scope=team:…`). */
import { Link, useSearchParams } from 'react-router';
import { Table } from '../../components/table';
import { shortRef } from '../../format';
import { typeLabel } from './topology';
import type { Team } from './types';

export function TeamTable(props: {
  teams: Team[];
  scope: string | undefined;
  title: (ref: string) => string;
  person: (ref: string | null) => string;
}) {
  const [params] = useSearchParams();
  const scopeLink = (ref: string) => {
    const next = new URLSearchParams(params);
    next.set('scope', ref);
    return `?${next.toString()}`;
  };
  return (
    <Table
      caption="Teams"
      rows={props.teams}
      rowKey={(row) => row.ref}
      columns={[
        {
          header: 'Team',
          cell: (row) => (
            <Link
              to={scopeLink(row.ref)}
              aria-current={props.scope === row.ref ? 'true' : undefined}
              title={`Look at the dashboard for ${props.title(row.ref)} only`}
            >
              {props.title(row.ref)}
            </Link>
          ),
        },
        { header: 'Type', cell: (row) => typeLabel(row.type) },
        { header: 'Lead', cell: (row) => props.person(row.lead) },
        { header: 'Members', numeric: true, cell: (row) => String(row.members.length) },
        {
          header: 'Services',
          cell: (row) =>
            row.services.length
              ? row.services.map((ref) => shortRef(ref).replace(/^service:/, '')).join(', ')
              : 'none',
        },
        { header: 'Mission', cell: (row) => row.mission ?? '—' },
      ]}
    />
  );
}
