/**
 * Org health: the findings of the org health rules (team sizes, spans of control, cognitive load, hidden
 * dependencies, knowledge held by one person…) and the two structural figures behind several of them,
 * team sizes against the range for their type and each manager's span of control.
 */
import { Status } from '../../components/section';
import { Table } from '../../components/table';
import { typeLabel } from './topology';
import type { ChartPerson, OrgChart, OrgHealth, Team } from './types';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
/** The span of control org health looks for (its rule of thumb for line managers). */
export const SPAN_RANGE = [3, 8] as const;

/** Refs in a finding's words read as names: `team:default/checkout` → `Checkout`. */
function humanize(text: string, title: (ref: string) => string, person: (ref: string) => string): string {
  return text.replace(
    /\b(team|person|service):([a-z0-9-]+\/)?([a-z0-9][a-z0-9-]*)/g,
    (ref, kind: string, _ns, name: string) =>
      kind === 'team' ? title(ref) : kind === 'person' ? person(ref) : name,
  );
}

export function HealthFindings(props: {
  health: OrgHealth;
  title: (ref: string) => string;
  person: (ref: string) => string;
}) {
  const { health, title, person } = props;
  const words = (text: string) => humanize(text, title, person);
  const sorted = [...health.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  return (
    <>
      <p className="muted">
        Evidence from the {health.window.days} days up to {health.asOf}.
      </p>
      <ul className="counts" aria-label="Findings by severity">
        {SEVERITY_ORDER.filter((severity) => health.counts[severity]).map((severity) => (
          <li key={severity}>
            <span className={`severity severity-${severity}`}>{severity}</span>{' '}
            <strong>{health.counts[severity]}</strong>
          </li>
        ))}
      </ul>
      {sorted.length === 0 ? (
        <p className="state state-empty">
          No org health finding: team sizes, spans of control, cognitive load and dependencies are all within
          range.
        </p>
      ) : (
        <ul className="findings org-findings">
          {sorted.map((finding) => (
            <li key={finding.id}>
              <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>
              <details>
                <summary>{words(finding.title)}</summary>
                <p>{words(finding.detail)}</p>
                <p>
                  <strong>What to do:</strong> {finding.recommendation}
                </p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function TeamSizes({ teams, title }: { teams: Team[]; title: (ref: string) => string }) {
  return (
    <Table
      caption="Team sizes against the range for their type"
      rows={teams}
      rowKey={(row) => row.ref}
      columns={[
        { header: 'Team', cell: (row) => title(row.ref) },
        { header: 'Type', cell: (row) => typeLabel(row.type) },
        { header: 'People', numeric: true, cell: (row) => String(row.profile.size.headcount) },
        { header: 'Full-time equivalent', numeric: true, cell: (row) => String(row.profile.size.fte) },
        {
          header: 'Range for the type',
          cell: (row) => `${row.profile.size.range[0]} to ${row.profile.size.range[1]}`,
        },
        {
          header: 'Size',
          cell: (row) => (
            <Status
              value={
                row.profile.size.status === 'over'
                  ? 'too-large'
                  : row.profile.size.status === 'under'
                    ? 'too-small'
                    : 'within'
              }
            />
          ),
        },
      ]}
    />
  );
}

function managersOf(people: ChartPerson[]): ChartPerson[] {
  return people.flatMap((person) => [...(person.span > 0 ? [person] : []), ...managersOf(person.reports)]);
}

export function SpansOfControl({ chart, title }: { chart: OrgChart; title: (ref: string) => string }) {
  const managers = managersOf(chart.roots).sort((a, b) => b.span - a.span);
  return (
    <Table
      caption={`Spans of control: direct reports per manager (we look for ${SPAN_RANGE[0]} to ${SPAN_RANGE[1]})`}
      rows={managers}
      rowKey={(row) => row.person}
      empty="No reporting lines in the workspace. Give people a `manager:` to see each manager's span of control."
      columns={[
        { header: 'Manager', cell: (row) => row.displayName },
        { header: 'Role', cell: (row) => row.role ?? '—' },
        { header: 'Teams', cell: (row) => (row.teams.length ? row.teams.map(title).join(', ') : '—') },
        { header: 'Direct reports', numeric: true, cell: (row) => String(row.span) },
        { header: 'Everyone below', numeric: true, cell: (row) => String(row.total) },
        {
          header: 'Span',
          cell: (row) => (
            <Status
              value={
                row.span > SPAN_RANGE[1] ? 'too-wide' : row.span < SPAN_RANGE[0] ? 'too-narrow' : 'within'
              }
            />
          ),
        },
      ]}
    />
  );
}
