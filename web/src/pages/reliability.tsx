/**
 * Reliability (`/reliability?scope=…&from=…&to=…`): the incidents (open ones first), how incidents are
 * handled, each SLO's error budget, the load of being on call, and the postmortem action items that are
 * overdue. SLOs narrow to a team's services or one service; on call and the overdue action items (those of
 * incidents on the team's services) narrow to a team.
 */
import { PageHeader, Section } from '../components/section';
import { Async } from '../components/states';
import { filterParams, teamOf, useFilterSearch, useFilters } from '../filters';
import { useApi, useList } from '../hooks';
import type { Page } from '../types';
import { describeScope, describeWindow } from './records/scope-window-text';
import { ActionItemsSection } from './reliability/action-items';
import { IncidentMetrics } from './reliability/incident-metrics';
import { IncidentsSection } from './reliability/incidents-section';
import { OncallSection } from './reliability/oncall-section';
import { SlosSection } from './reliability/slos-section';
import type {
  ActionItem,
  IncidentList,
  IncidentMetricsReport,
  OncallReport,
  SloReport,
} from './reliability/types';

/** The most incidents one page asks for (the API's largest page). */
const INCIDENT_LIMIT = 1000;

export default function ReliabilityPage() {
  const [filters] = useFilters();
  const params = filterParams(filters);
  const search = useFilterSearch();
  const team = teamOf(filters.scope);
  const metrics = useApi<IncidentMetricsReport>('/api/metrics/incidents', params);
  // The incident list has no default window: it takes the metrics' window, so both cover the same days.
  const window = metrics.data?.window;
  const open = useApi<IncidentList>('/api/incidents', {
    open: 'true',
    scope: filters.scope,
    limit: INCIDENT_LIMIT,
  });
  const incidents = useApi<IncidentList>(window ? '/api/incidents' : null, {
    scope: filters.scope,
    from: filters.from ?? window?.firstDay,
    to: filters.to ?? window?.lastDay,
    limit: INCIDENT_LIMIT,
  });
  const slos = useList<Page<SloReport>>('/api/slos', toSloScope(filters.scope));
  const oncall = useApi<OncallReport>('/api/oncall', { team, from: filters.from, to: filters.to });
  const actions = useList<Page<ActionItem>>('/api/postmortems/actions', { overdue: 'true', team });
  return (
    <>
      <PageHeader title="Reliability">
        {metrics.data ? (
          <p>
            Incidents, SLOs and on-call load for {describeScope(metrics.data.scope)},{' '}
            {describeWindow(metrics.data.window)}.
          </p>
        ) : null}
      </PageHeader>
      <div className="grid">
        <Section id="incidents" title="Incidents" wide>
          <Async query={metrics} what="the window">
            {() => (
              <Async query={incidents} what="the incidents">
                {(windowed) => (
                  <Async query={open} what="the open incidents">
                    {(opened) => (
                      <IncidentsSection
                        open={opened.items}
                        windowed={windowed.items}
                        total={windowed.total}
                        {...(windowed.assessedAt ? { assessedAt: windowed.assessedAt } : {})}
                      />
                    )}
                  </Async>
                )}
              </Async>
            )}
          </Async>
        </Section>
        <Section
          id="incident-response"
          title="Incident response"
          wide
          intro="For incidents that started in the window: how fast they were acknowledged and resolved, and whether the follow-up happened."
        >
          <Async query={metrics} what="the incident metrics">
            {(report) => <IncidentMetrics report={report} search={search} />}
          </Async>
        </Section>
        <Section
          id="slos"
          title="SLOs and error budgets"
          wide
          intro="Each SLO over its own rolling window as of the latest SLI data, whatever the window chosen above."
        >
          <Async query={slos} what="the SLOs">
            {(data) => <SlosSection slos={data.items} />}
          </Async>
        </Section>
        <Section
          id="on-call"
          title="On-call"
          wide
          intro={
            filters.scope && !team
              ? 'On-call load narrows to a team, not to a service: this shows the whole organization.'
              : 'Pages from incident responders in the window, by team and by person.'
          }
        >
          <Async query={oncall} what="the on-call load">
            {(report) => <OncallSection report={report} />}
          </Async>
        </Section>
        <Section
          id="action-items"
          title="Postmortem action items overdue"
          wide
          intro={
            team
              ? 'Open action items past their due day, from postmortems of incidents on the services of this team.'
              : 'Open action items past their due day, across every postmortem of the organization.'
          }
        >
          <Async query={actions} what="the action items">
            {(data) => <ActionItemsSection items={data.items} />}
          </Async>
        </Section>
      </div>
    </>
  );
}

/** The SLO list's own filter for the scope: a team's services, or one service; a repository has none. */
function toSloScope(scope: string | undefined): { team?: string; service?: string } {
  if (scope?.startsWith('team:')) return { team: scope };
  if (scope?.startsWith('service:')) return { service: scope };
  return {};
}
