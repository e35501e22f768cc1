import { describe, expect, it } from 'vitest';
import type { PeoplePart, SurveyGroupFacts, SurveyItemFacts } from '../snapshot-people.js';
import type { AdvisorRule } from '../types.js';
import { hiddenFriction, measuresOffTarget, teamItemLow } from './people-dx.js';
import { healthyPeople, snapshotOf } from './people-fixture.js';
import {
  careerGrowthLow,
  crossTeamFriction,
  enpsLow,
  participationLow,
  pulseFalling,
} from './people-surveys.js';

type Rule = AdvisorRule<ReturnType<typeof snapshotOf>>;

function run(rule: Rule, change: (people: PeoplePart) => void = () => {}) {
  const people = healthyPeople();
  change(people);
  return rule.evaluate(snapshotOf(people));
}

const surveys = (people: PeoplePart) => people.surveys as NonNullable<PeoplePart['surveys']>;
const dxRound = (people: PeoplePart) =>
  surveys(people).dx as NonNullable<NonNullable<PeoplePart['surveys']>['dx']>;
const dxCard = (people: PeoplePart) => people.dx as NonNullable<PeoplePart['dx']>;

function setItem(items: SurveyItemFacts[], id: string, values: Partial<SurveyItemFacts>) {
  const item = items.find((candidate) => candidate.id === id) as SurveyItemFacts;
  Object.assign(item, values);
}

describe('engagement survey rules', () => {
  it('raise a negative eNPS, for everyone who may read survey results', () => {
    const [finding] = run(enpsLow, (people) => {
      surveys(people).enps = {
        id: 'e',
        title: 'eNPS',
        closes: '2026-11-10',
        respondents: 30,
        score: -10,
        change: null,
      };
    });
    expect(finding).toMatchObject({ severity: 'medium', capability: 'surveys.results' });
    expect(finding?.evidence.figures[0]?.n).toBe(30);
  });

  it('raise a steep eNPS fall even above zero', () => {
    const findings = run(enpsLow, (people) => {
      surveys(people).enps = {
        id: 'e',
        title: 'eNPS',
        closes: '2026-11-10',
        respondents: 30,
        score: 5,
        change: -15,
      };
    });
    expect(findings).toHaveLength(1);
  });

  it('raise a pulse item under 3.0 and leave items answered by fewer than five out', () => {
    const pulse = (people: PeoplePart) =>
      (surveys(people).pulse as NonNullable<NonNullable<PeoplePart['surveys']>['pulse']>).org.items;
    const [finding] = run(pulseFalling, (people) => setItem(pulse(people), 'workload', { mean: 2.6 }));
    expect(finding?.title).toContain('2.6');
    expect(
      run(pulseFalling, (people) => setItem(pulse(people), 'workload', { mean: 2.6, answered: 4 })),
    ).toEqual([]);
  });

  it('raise low participation in the latest round', () => {
    const [finding] = run(participationLow, (people) => {
      surveys(people).participation = [
        { id: 'p', kind: 'pulse', title: 'Pulse', closes: '2026-11-01', respondents: 15, staff: 40 },
      ];
    });
    expect(finding?.title).toContain('38%');
  });

  it('raise low career growth on the team that says so, and not on a team withheld from the snapshot', () => {
    const team = (people: PeoplePart) => dxRound(people).teams[0] as SurveyGroupFacts;
    const [finding] = run(careerGrowthLow, (people) =>
      setItem(team(people).items, 'career-growth', { mean: 2.8 }),
    );
    expect(finding).toMatchObject({ subject: 'team:default/a', severity: 'low', concern: 'people.growth' });
    expect(
      run(careerGrowthLow, (people) => {
        dxRound(people).teams = [];
      }),
    ).toEqual([]);
  });

  it('raise friction across teams for the organization as medium', () => {
    const [finding] = run(crossTeamFriction, (people) => {
      setItem((dxRound(people).org as { items: SurveyItemFacts[] }).items, 'cross-team', { mean: 2.9 });
    });
    expect(finding).toMatchObject({ subject: 'org', severity: 'medium', concern: 'people.collaboration' });
  });
});

describe('developer-experience rules', () => {
  const fallingCi = (mean: number, change: number) => (people: PeoplePart) => {
    const team = dxRound(people).teams[0] as { items: SurveyItemFacts[] };
    setItem(team.items, 'ci-speed', { mean, change });
  };

  it('raise a team rating CI speed low and falling as high, on the team', () => {
    const [finding] = run(teamItemLow, fallingCi(1.57, -0.72));
    expect(finding).toMatchObject({
      subject: 'team:default/a',
      severity: 'high',
      capability: 'surveys.results',
    });
    expect(finding?.title).toContain('ci-speed 1.6');
  });

  it('raise a low item that is not falling as medium, and ignore one just under the line and steady', () => {
    expect(run(teamItemLow, fallingCi(2.3, 0))[0]?.severity).toBe('medium');
    expect(run(teamItemLow, fallingCi(2.8, -0.1))).toEqual([]);
  });

  it('ignore an item answered by fewer than five people', () => {
    const findings = run(teamItemLow, (people) => {
      const team = dxRound(people).teams[0] as { items: SurveyItemFacts[] };
      setItem(team.items, 'ci-speed', { mean: 1.2, change: -1, answered: 4 });
    });
    expect(findings).toEqual([]);
  });

  it('raise measured areas that miss their target in one finding, with the records', () => {
    const [finding] = run(measuresOffTarget, (people) => {
      const area = dxCard(people).areas[0] as NonNullable<PeoplePart['dx']>['areas'][number];
      area.measure = { ...(area.measure as NonNullable<typeof area.measure>), status: 'misses', value: 585 };
      area.reading = 'measured-only';
    });
    expect(finding).toMatchObject({ severity: 'low', subject: 'org' });
    expect(finding?.title).toContain('CI build time 9.8 min');
    expect(finding?.evidence.records).toEqual(['ci:1']);
  });

  it('raise hidden friction where the figure meets its target and developers are unhappy', () => {
    const [finding] = run(hiddenFriction, (people) => {
      const area = dxCard(people).areas[0] as NonNullable<PeoplePart['dx']>['areas'][number];
      area.reading = 'hidden-friction';
      area.survey = { kind: 'unhappy', mean: 2.7 };
    });
    expect(finding).toMatchObject({ subject: 'dx-area:ci', severity: 'low' });
  });
});
