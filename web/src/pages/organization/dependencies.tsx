/**
 * Service dependencies, two ways: the calls between services (from each service's `dependsOn`), colored
 * by owning team so calls across team lines stand out, and the dependencies teams have declared on each
 * other, with their state. The view is kept in the address (`?deps=calls` or `?deps=declared`).
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Chart, PALETTE } from '../../components/chart';
import { Status } from '../../components/section';
import { Table } from '../../components/table';
import { shortRef, titleCase } from '../../format';
import type { DependencyEdge, DependencyGraph, HiddenDependency, Service } from './types';

const VIEWS = [
  { id: 'calls', label: 'Service calls' },
  { id: 'declared', label: 'Declared team dependencies' },
] as const;

const TYPE_LINES: Record<string, { type: 'solid' | 'dashed' | 'dotted'; width: number }> = {
  blocking: { type: 'solid', width: 3 },
  'non-blocking': { type: 'dashed', width: 2 },
  soft: { type: 'dotted', width: 2 },
};

/** One color per team, the same in both views: the team's place in the full team list. */
function teamColorer(teams: string[]): (ref: string | null) => string {
  return (ref) => {
    const index = ref ? teams.indexOf(ref) : -1;
    return index < 0 ? '#555f6d' : (PALETTE[index % PALETTE.length] ?? '#555f6d');
  };
}

/** A service's title from the catalog, else the name in its ref. */
function serviceNamer(services: Service[]): (ref: string) => string {
  const titles = new Map(services.map((service) => [service.ref, service.title ?? service.name]));
  return (ref) => titles.get(ref) ?? shortRef(ref).replace(/^service:/, '');
}

export function DependencyViews(props: {
  teams: string[];
  services: Service[];
  graph: DependencyGraph;
  hidden: HiddenDependency[];
  scope: string | undefined;
  title: (ref: string) => string;
}) {
  const [params] = useSearchParams();
  const view = params.get('deps') === 'declared' ? 'declared' : 'calls';
  const serviceName = useMemo(() => serviceNamer(props.services), [props.services]);
  const teamColor = useMemo(() => teamColorer(props.teams), [props.teams]);
  const linkTo = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('deps', id);
    return `?${next.toString()}#dependencies`;
  };
  return (
    <>
      <ul className="view-switch" aria-label="Dependency views">
        {VIEWS.map((candidate) => (
          <li key={candidate.id}>
            <Link
              className="view-link"
              to={linkTo(candidate.id)}
              aria-current={view === candidate.id ? 'true' : undefined}
              replace
            >
              {candidate.label}
            </Link>
          </li>
        ))}
      </ul>
      {view === 'calls' ? (
        <ServiceCalls
          services={props.services}
          scope={props.scope}
          title={props.title}
          serviceName={serviceName}
          teamColor={teamColor}
        />
      ) : (
        <DeclaredDependencies graph={props.graph} title={props.title} teamColor={teamColor} />
      )}
      <h3>Undeclared dependencies</h3>
      <Table
        caption="Cross-team service calls with no dependency declared"
        rows={props.hidden}
        rowKey={(row) => `${row.consumer}|${row.provider}`}
        empty="Every service call across team lines is covered by a declared dependency."
        columns={[
          { header: 'Team that calls', cell: (row) => props.title(row.consumer) },
          { header: 'Team called', cell: (row) => props.title(row.provider) },
          {
            header: 'Calls',
            cell: (row) =>
              row.services.map((call) => `${serviceName(call.from)} → ${serviceName(call.to)}`).join(', '),
          },
          {
            header: 'Declared the other way',
            cell: (row) =>
              row.reverseDeclared.length
                ? row.reverseDeclared.map((ref) => shortRef(ref).replace(/^dependency:/, '')).join(', ')
                : 'no',
          },
        ]}
      />
    </>
  );
}

function ServiceCalls(props: {
  services: Service[];
  scope: string | undefined;
  title: (ref: string) => string;
  serviceName: (ref: string) => string;
  teamColor: (ref: string | null) => string;
}) {
  const { services, scope, title, serviceName, teamColor } = props;
  const shown = useMemo(() => {
    if (!scope) return services;
    const own = new Set(services.filter((service) => service.owner === scope).map((service) => service.ref));
    return services.filter(
      (service) =>
        own.has(service.ref) ||
        service.dependsOn.some((ref) => own.has(ref)) ||
        services.some((caller) => own.has(caller.ref) && caller.dependsOn.includes(service.ref)),
    );
  }, [services, scope]);
  const option = useMemo(() => {
    const owners = [...new Set(shown.map((service) => service.owner ?? 'unowned'))];
    const ownerOf = new Map(shown.map((service) => [service.ref, service.owner ?? 'unowned']));
    const links = shown.flatMap((service) =>
      service.dependsOn
        .filter((target) => ownerOf.has(target))
        .map((target) => {
          const across = ownerOf.get(target) !== ownerOf.get(service.ref);
          return {
            source: service.ref,
            target,
            symbol: ['none', 'arrow'],
            symbolSize: 7,
            lineStyle: {
              color: across ? '#1b2430' : '#8792a1',
              width: across ? 1.5 : 1,
              type: across ? 'solid' : 'dashed',
              opacity: across ? 0.8 : 0.9,
              curveness: 0.2,
            },
          };
        }),
    );
    return {
      tooltip: {},
      legend: { data: owners.map((owner) => title(owner)), bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'graph',
          layout: 'circular',
          circular: { rotateLabel: true },
          top: 150,
          bottom: 170,
          left: 160,
          right: 160,
          categories: owners.map((owner) => ({ name: title(owner), itemStyle: { color: teamColor(owner) } })),
          data: [...shown]
            .sort((a, b) => (a.owner ?? '').localeCompare(b.owner ?? '') || a.name.localeCompare(b.name))
            .map((service) => ({
              id: service.ref,
              name: service.title ?? service.name,
              category: owners.indexOf(service.owner ?? 'unowned'),
              symbolSize: service.tier === 1 ? 22 : 14,
              label: { show: true, fontSize: 11, color: '#1b2430' },
            })),
          links,
          emphasis: { focus: 'adjacency' },
        },
      ],
    };
  }, [shown, title, teamColor]);
  if (services.length === 0)
    return (
      <p className="state state-empty">
        No services in the catalog. Declare services with an owner and their <code>dependsOn</code> in the
        workspace to see which call which.
      </p>
    );
  return (
    <>
      <Chart
        option={option}
        label={`Service calls${scope ? ` of ${title(scope)}` : ''}: each service points to the services it depends on; dots are colored by owning team`}
        height={660}
      />
      <p className="muted">
        Solid dark arrows cross team lines; dashed grey arrows stay inside one team. Larger dots are tier 1
        services.
      </p>
      <Table
        caption={`Services and the services they call${scope ? ` (${title(scope)} and its neighbors)` : ''}`}
        rows={shown}
        rowKey={(row) => row.ref}
        pageSize={10}
        columns={[
          { header: 'Service', cell: (row) => row.title ?? row.name },
          { header: 'Owner', cell: (row) => title(row.owner ?? '') },
          { header: 'Tier', cell: (row) => (row.tier === null ? '—' : String(row.tier)), numeric: true },
          {
            header: 'Calls',
            cell: (row) => (row.dependsOn.length ? row.dependsOn.map(serviceName).join(', ') : 'none'),
          },
          {
            header: 'Calls to other teams',
            numeric: true,
            cell: (row) =>
              String(
                row.dependsOn.filter((ref) => {
                  const target = shown.find((service) => service.ref === ref);
                  return target && target.owner !== row.owner;
                }).length,
              ),
          },
        ]}
      />
    </>
  );
}

function DeclaredDependencies(props: {
  graph: DependencyGraph;
  title: (ref: string) => string;
  teamColor: (ref: string | null) => string;
}) {
  const { graph, title, teamColor } = props;
  const option = useMemo(
    () => ({
      tooltip: {},
      series: [
        {
          type: 'graph',
          layout: 'circular',
          circular: { rotateLabel: false },
          top: 40,
          bottom: 40,
          left: 120,
          right: 120,
          data: graph.nodes.map((node) => ({
            id: node.team,
            name: title(node.team),
            symbolSize: 18 + 4 * node.provides,
            itemStyle: { color: teamColor(node.team) },
            label: { show: true, position: 'right', fontSize: 12, color: '#1b2430' },
          })),
          links: graph.edges.map((edge) => ({
            source: edge.from,
            target: edge.to,
            symbol: ['none', 'arrow'],
            symbolSize: 9,
            lineStyle: {
              ...(TYPE_LINES[edge.type] ?? TYPE_LINES.soft),
              color: edge.overdue ? PALETTE[1] : edge.open ? '#1b2430' : '#8792a1',
              opacity: 1,
              curveness: 0.15,
            },
            label: {
              show: edge.open,
              formatter: edge.overdue ? `${edge.status}, overdue` : edge.status.replace(/-/g, ' '),
              fontSize: 11,
              color: edge.overdue ? PALETTE[1] : '#1b2430',
              backgroundColor: '#ffffff',
            },
          })),
        },
      ],
    }),
    [graph, title, teamColor],
  );
  if (graph.edges.length === 0)
    return (
      <p className="state state-empty">
        No team declares a dependency on another. Add dependencies to the workspace (what, provider, consumer,
        needed by) to track them here.
      </p>
    );
  return (
    <>
      <Chart
        option={option}
        label="Declared dependencies between teams: arrows point from the team providing to the team waiting"
        height={420}
      />
      <p className="muted">
        Solid lines block the consumer, dashed lines do not, dotted lines are soft. Open dependencies are dark
        and labelled with their state; red ones are past the date they were needed by.
      </p>
      <Table
        caption="Declared dependencies between teams"
        rows={graph.edges}
        rowKey={(row: DependencyEdge) => row.ref}
        columns={[
          { header: 'What', cell: (row) => row.what },
          { header: 'Provider', cell: (row) => title(row.from) },
          { header: 'Consumer', cell: (row) => title(row.to) },
          { header: 'Type', cell: (row) => titleCase(row.type) },
          {
            header: 'Status',
            cell: (row) => (
              <>
                <Status value={row.status} /> {row.overdue ? <Status value="overdue" /> : null}
              </>
            ),
          },
          {
            header: 'Risk',
            cell: (row) => <span className={`severity severity-${row.risk}`}>{row.risk}</span>,
          },
          {
            header: 'Needed by',
            cell: (row) =>
              row.neededBy
                ? `${row.neededBy}${row.open && row.daysToNeededBy !== null ? ` (${row.daysToNeededBy >= 0 ? `in ${row.daysToNeededBy} d` : `${-row.daysToNeededBy} d ago`})` : ''}`
                : '—',
          },
        ]}
      />
    </>
  );
}
