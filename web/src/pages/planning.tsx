/**
 * Planning: the OKR cascade with each key result's progress, the roadmap on a time axis, and where the
 * teams' capacity went against the target split. A team scope keeps the team's objectives (with what they
 * roll up to), its initiatives and its capacity month by month; the window sets the capacity months.
 */

import { AsyncRegister } from '../components/async-register';
import { useTeamTitle } from '../components/org-names';
import { PageHeader, Section } from '../components/section';
import { Async } from '../components/states';
import { teamOf, useFilters } from '../filters';
import { useApi, useList } from '../hooks';
import { CapacityView } from './planning/capacity';
import { Okrs } from './planning/okrs';
import { RoadmapView } from './planning/roadmap';
import type { Capacity, OkrList, OkrTree, Roadmap } from './planning/types';

export default function PlanningPage() {
  const [filters] = useFilters();
  const scope = teamOf(filters.scope);
  const tree = useApi<OkrTree>('/api/okrs/tree');
  const list = useList<OkrList>('/api/okrs');
  const roadmap = useApi<Roadmap>('/api/roadmap');
  const capacity = useApi<Capacity>('/api/capacity', {
    team: scope,
    from: filters.from?.slice(0, 7),
    to: filters.to?.slice(0, 7),
  });
  const title = useTeamTitle();
  return (
    <>
      <PageHeader title="Planning">
        <p>
          {scope
            ? `What ${title(scope)} aims for and works on: `
            : 'What engineering aims for and works on: '}
          objectives and key results, the roadmap, and where the capacity goes.
        </p>
      </PageHeader>
      <div className="grid">
        <Section
          id="okrs"
          title="OKRs"
          wide
          intro="Each objective rolls up its key results and the objectives below it. The thin mark on a bar is the progress expected by today."
        >
          <Async query={tree} what="the OKRs">
            {(okrs) => <Okrs tree={okrs} list={list.data} scope={scope} title={title} />}
          </Async>
        </Section>
        <Section id="roadmap" title="Roadmap" wide>
          <AsyncRegister
            query={roadmap}
            what="the roadmap"
            missing="No roadmap yet: add roadmap.yaml to the workspace with themes and their initiatives."
          >
            {(data) => <RoadmapView roadmap={data} scope={scope} title={title} />}
          </AsyncRegister>
        </Section>
        <Section id="capacity" title="Capacity allocation" wide>
          <Async query={capacity} what="the capacity allocation">
            {(data) => <CapacityView capacity={data} scope={scope} title={title} />}
          </Async>
        </Section>
      </div>
    </>
  );
}
