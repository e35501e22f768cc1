/**
 * The registers a leader keeps: risks, technical debt, decisions, vendors, budget and compliance controls,
 * one tab each (`?tab=risks`…); a tab reads its register only when opened. With a team in scope, the
 * server keeps the entries that concern the team (registers/scope.ts); the budget has no team dimension.
 */
import { AsyncRegister } from '../components/async-register';
import { useTeamTitle } from '../components/org-names';
import { PageHeader, Section } from '../components/section';
import { Async } from '../components/states';
import { teamOf, useFilters } from '../filters';
import { useApi, useList } from '../hooks';
import type { Page } from '../types';
import { BudgetPanel } from './registers/budget';
import { ControlsPanel } from './registers/controls';
import { DebtPanel } from './registers/debt';
import { DecisionsPanel, ReviewsPanel } from './registers/decisions';
import { RisksPanel } from './registers/risks';
import { useRegister } from './registers/scope';
import { Tabs } from './registers/tabs';
import type {
  Budget,
  Control,
  DebtList,
  DecisionList,
  HeatMap,
  Readiness,
  RenewalList,
  ReviewList,
  RiskList,
  VendorList,
} from './registers/types';
import { VendorsPanel } from './registers/vendors';

const TABS = [
  { id: 'risks', label: 'Risks' },
  { id: 'debt', label: 'Technical debt' },
  { id: 'decisions', label: 'Decisions' },
  { id: 'vendors', label: 'Vendors' },
  { id: 'budget', label: 'Budget' },
  { id: 'controls', label: 'Controls' },
] as const;

interface TabProps {
  scope: string | undefined;
  team: string | undefined;
  title: (ref: string) => string;
}

function RisksTab({ scope, team }: TabProps) {
  const { list, whole } = useRegister<RiskList>('/api/risks', scope);
  const heat = useApi<HeatMap>('/api/risks/heatmap');
  return (
    <Section
      id="risks"
      title="Risks"
      intro="What could hurt delivery or the business, how likely and how bad, and what is being done about it."
    >
      <Async query={list} what="the risk register">
        {(risks) => (
          <Async query={heat} what="the risk heat map">
            {(map) => <RisksPanel list={risks} heat={map} scope={scope} team={team} whole={whole} />}
          </Async>
        )}
      </Async>
    </Section>
  );
}

function DebtTab({ scope, title }: TabProps) {
  const { list: debt, whole } = useRegister<DebtList>('/api/debt', scope);
  return (
    <Section
      id="debt"
      title="Technical debt"
      intro="Known shortcuts that slow the teams down, ranked by what fixing them is worth against what it costs."
    >
      <Async query={debt} what="the technical debt register">
        {(list) => <DebtPanel list={list} scope={scope} title={title} whole={whole} />}
      </Async>
    </Section>
  );
}

function DecisionsTab({ scope, team, title }: TabProps) {
  const decisions = useRegister<DecisionList>('/api/decisions', scope);
  const reviews = useRegister<ReviewList>('/api/architecture-reviews', scope);
  return (
    <Section
      id="decisions"
      title="Decisions"
      intro="Architecture decisions on record, and designs before the architecture review board."
    >
      <Async query={decisions.list} what="the decision records">
        {(list) => <DecisionsPanel decisions={list} team={team} whole={decisions.whole} />}
      </Async>
      <h3>Architecture reviews</h3>
      <Async query={reviews.list} what="the architecture reviews">
        {(list) => <ReviewsPanel reviews={list} team={team} title={title} whole={reviews.whole} />}
      </Async>
    </Section>
  );
}

function VendorsTab({ scope, team }: TabProps) {
  const { list: vendors, whole } = useRegister<VendorList>('/api/vendors', scope);
  const renewals = useList<RenewalList>('/api/vendors/renewals');
  return (
    <Section
      id="vendors"
      title="Vendors"
      intro="What the organization buys, what it costs, and which contracts need a decision soon."
    >
      <Async query={vendors} what="the vendor register">
        {(list) => <VendorsPanel vendors={list} renewals={renewals.data} team={team} whole={whole} />}
      </Async>
    </Section>
  );
}

function BudgetTab() {
  const budget = useApi<Budget>('/api/budget');
  return (
    <Section
      id="budget"
      title="Budget"
      intro="The engineering budget of this fiscal year: plan against actual spending, and where the year is heading."
    >
      <AsyncRegister
        query={budget}
        what="the budget"
        missing="No budget for this fiscal year yet. Add registers/budget-<year>.yaml to the workspace with the plan per category, and import the monthly actuals."
      >
        {(data) => <BudgetPanel budget={data} />}
      </AsyncRegister>
    </Section>
  );
}

function ControlsTab({ scope, team }: TabProps) {
  const { list: controls, whole } = useRegister<Page<Control> & { registerTotal: number }>(
    '/api/controls',
    scope,
  );
  const readiness = useApi<Readiness>('/api/controls/readiness');
  return (
    <Section
      id="controls"
      title="Controls"
      intro="Compliance controls and whether the evidence that they work is fresh enough for an audit."
    >
      <Async query={controls} what="the compliance controls">
        {(list) => (
          <ControlsPanel controls={list.items} readiness={readiness.data} team={team} whole={whole} />
        )}
      </Async>
    </Section>
  );
}

export default function RegistersPage() {
  const [filters] = useFilters();
  const scope = teamOf(filters.scope);
  const title = useTeamTitle();
  const props: TabProps = { scope, team: scope ? title(scope) : undefined, title };
  return (
    <>
      <PageHeader title="Registers">
        <p>
          The registers behind the decisions: risks, technical debt, decisions, vendors, budget and compliance
          controls.
        </p>
      </PageHeader>
      <Tabs tabs={TABS} label="Registers">
        {(tab) =>
          tab === 'debt' ? (
            <DebtTab {...props} />
          ) : tab === 'decisions' ? (
            <DecisionsTab {...props} />
          ) : tab === 'vendors' ? (
            <VendorsTab {...props} />
          ) : tab === 'budget' ? (
            <BudgetTab />
          ) : tab === 'controls' ? (
            <ControlsTab {...props} />
          ) : (
            <RisksTab {...props} />
          )
        }
      </Tabs>
    </>
  );
}
