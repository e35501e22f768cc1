/**
 * Delivery (`/delivery?scope=…&from=…&to=…`): how fast and how safely changes reach users (the DORA keys,
 * with their bands and week by week), how work flows, how pull requests are reviewed and how builds behave.
 * Every figure links to the records behind it with the same scope and window; a figure without enough data
 * says what it needs.
 */
import { useMemo } from 'react';
import { PageHeader, Section } from '../components/section';
import { Async } from '../components/states';
import { filterParams, useFilterSearch, useFilters } from '../filters';
import { useApi } from '../hooks';
import { DoraSection } from './delivery/dora-section';
import { FlowSection } from './delivery/flow-section';
import { BuildsSection, PullRequestsSection } from './delivery/reviews-builds';
import type { BuildsReport, OverviewReport, PrsReport } from './delivery/types';
import { splitWeeks } from './delivery/weekly';
import { describeScope, describeWindow } from './records/scope-window-text';

export default function DeliveryPage() {
  const [filters] = useFilters();
  const params = filterParams(filters);
  const search = useFilterSearch();
  const overview = useApi<OverviewReport>('/api/metrics/overview', params);
  const prs = useApi<PrsReport>('/api/metrics/prs', params);
  const builds = useApi<BuildsReport>('/api/metrics/builds', params);
  const window = overview.data?.window;
  const weeks = useMemo(
    () => (window?.firstDay && window.lastDay ? splitWeeks(window.firstDay, window.lastDay) : []),
    [window?.firstDay, window?.lastDay],
  );
  return (
    <>
      <PageHeader title="Delivery">
        {overview.data ? (
          <p>
            How changes reach users in {describeScope(overview.data.scope)},{' '}
            {describeWindow(overview.data.window)}. Every figure links to the records behind it.
          </p>
        ) : null}
      </PageHeader>
      <div className="grid">
        <Section
          id="dora"
          title="DORA metrics"
          wide
          intro="Throughput and stability of production deployments: the four keys of the DORA research and the rework rate."
        >
          <Async query={overview} what="the DORA metrics">
            {(data) => (
              <DoraSection dora={data.results.dora} weeks={weeks} scope={filters.scope} search={search} />
            )}
          </Async>
        </Section>
        <Section id="flow" title="Flow" wide intro="How work items move from started to done.">
          <Async query={overview} what="the flow metrics">
            {(data) => <FlowSection flow={data.results.flow} search={search} />}
          </Async>
        </Section>
      </div>
      <div className="grid grid-next">
        <Section id="pull-requests" title="Pull requests" intro="Review speed, change size and who reviews.">
          <Async query={prs} what="the pull request metrics">
            {(data) => <PullRequestsSection prs={data.results} search={search} />}
          </Async>
        </Section>
        <Section id="builds" title="Builds" intro="Continuous integration runs on every repository.">
          <Async query={builds} what="the build metrics">
            {(data) => <BuildsSection builds={data.results} search={search} />}
          </Async>
        </Section>
      </div>
    </>
  );
}
