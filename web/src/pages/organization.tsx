/**
 * The organization: how teams are shaped and work together (team topology), what their services call
 * and what they wait for (dependencies), how much each team carries (cognitive load) and the org health
 * findings with the team sizes and spans of control behind them. A team scope narrows the dependency
 * views and the findings to that team and highlights it elsewhere; the window sets the evidence window
 * of the org health rules.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useCallback, useMemo } from 'react';
import { personName, useTeamTitle } from '../components/org-names';
import { PageHeader, Section } from '../components/section';
import { Async } from '../components/states';
import { teamOf, useFilters } from '../filters';
import { useApi, useList } from '../hooks';
import type { Page } from '../types';
import { DependencyViews } from './organization/dependencies';
import { HealthFindings, SpansOfControl, TeamSizes } from './organization/health';
import { CognitiveLoad } from './organization/load';
import { TeamTable } from './organization/team-table';
import { TeamTopology } from './organization/topology';
import type {
  DependencyGraph,
  HiddenDependency,
  OrgChart,
  OrgHealth,
  Service,
  TeamList,
} from './organization/types';

/** The org health query for the page's filters: the team in scope, and the window as `asOf` and a length in days. */
function healthParams(filters: {
  scope?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}) {
  const params: Record<string, string | undefined> = { team: filters.scope };
  if (filters.to) params.asOf = filters.to;
  if (filters.from && filters.to) {
    const days = differenceInCalendarDays(parseISO(filters.to), parseISO(filters.from)) + 1;
    if (days >= 1 && days <= 730) params.windowDays = String(days);
  }
  return params;
}

export default function OrganizationPage() {
  const [filters, setFilters] = useFilters();
  const scope = teamOf(filters.scope);
  const teams = useList<TeamList>('/api/teams');
  const services = useList<Page<Service>>('/api/services');
  const graph = useApi<DependencyGraph>('/api/dependencies/graph', { team: scope });
  const hidden = useApi<{ items: HiddenDependency[] }>('/api/dependencies/hidden', {
    team: scope,
  });
  const health = useApi<OrgHealth>('/api/org/health', healthParams({ ...filters, scope }));
  const chart = useApi<OrgChart>('/api/people/chart');
  const title = useTeamTitle();
  const teamRefs = useMemo(() => (teams.data?.items ?? []).map((team) => team.ref), [teams.data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    const walk = (people: OrgChart['roots']) => {
      for (const person of people) {
        map.set(person.person, person.displayName);
        walk(person.reports);
      }
    };
    walk(chart.data?.roots ?? []);
    return map;
  }, [chart.data]);
  const person = useCallback(
    (ref: string | null) => (ref ? (names.get(ref) ?? personName(ref)) : '—'),
    [names],
  );
  const select = useCallback((ref: string) => setFilters({ scope: ref }), [setFilters]);

  return (
    <>
      <PageHeader title="Organization">
        <p>
          {scope ? `${title(scope)} among the teams: ` : 'The teams: '}
          how they are shaped and work together, what their services depend on, and how much each one carries.
        </p>
      </PageHeader>
      <div className="grid">
        <Section
          id="topology"
          title="Team topology"
          wide
          intro="Each team in the shape and color of its type, joined by the interactions it has declared. Select a team to look at the dashboard for it."
        >
          <Async query={teams} what="the teams">
            {(list) =>
              list.items.length === 0 ? (
                <p className="state state-empty">
                  No teams in the workspace yet. Declare teams (name, type, lead, members, services) in the
                  workspace model, or run <code>sextant demo demo-org</code> to look around an example
                  organization first.
                </p>
              ) : (
                <TeamTopology teams={list.items} scope={scope} title={title} onSelect={select} />
              )
            }
          </Async>
        </Section>
        <Section
          id="teams"
          title="Teams"
          wide
          intro="Select a team's name to narrow every page to that team."
        >
          <Async query={teams} what="the teams">
            {(list) => <TeamTable teams={list.items} scope={scope} title={title} person={person} />}
          </Async>
        </Section>
        <Section
          id="dependencies"
          title="Service dependencies"
          wide
          intro={
            scope
              ? `Services of ${title(scope)} with the services they call and those that call them.`
              : undefined
          }
        >
          <Async query={services} what="the services">
            {(serviceList) => (
              <Async query={graph} what="the declared dependencies">
                {(declared) => (
                  <Async query={hidden} what="the undeclared dependencies">
                    {(undeclared) => (
                      <DependencyViews
                        teams={teamRefs}
                        services={serviceList.items}
                        graph={declared}
                        hidden={undeclared.items}
                        scope={scope}
                        title={title}
                      />
                    )}
                  </Async>
                )}
              </Async>
            )}
          </Async>
        </Section>
        <Section
          id="cognitive-load"
          title="Cognitive load"
          wide
          intro="What each team carries, as the team scored it: intrinsic load is the domain itself, extraneous load is the friction around it. Above the capacity line a team is overloaded."
        >
          <Async query={teams} what="the cognitive load assessments">
            {(list) => <CognitiveLoad teams={list.items} scope={scope} title={title} />}
          </Async>
        </Section>
        <Section id="org-health" title="Org health" wide>
          <Async query={health} what="the org health findings">
            {(report) => <HealthFindings health={report} title={title} person={person} />}
          </Async>
          <h3>Team sizes</h3>
          <Async query={teams} what="the team sizes">
            {(list) => <TeamSizes teams={list.items} title={title} />}
          </Async>
          <h3>Spans of control</h3>
          <Async query={chart} what="the reporting lines">
            {(orgChart) => <SpansOfControl chart={orgChart} title={title} />}
          </Async>
        </Section>
      </div>
    </>
  );
}
