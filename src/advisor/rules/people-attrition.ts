/**
 * Attrition, promotion and equity rules over the protected figures of the attrition services: every group
 * in the snapshot holds at least MIN_GROUP_SIZE people. Whether a departure was regretted is talent data
 * (`people.talent`); promotion rates are aggregates; the equity comparison belongs to the equity review
 * (`people.compensation`) and is read for promotions only, never pay.
 */
import type { AttritionGroupFacts } from '../snapshot-people.js';
import { peopleRule, percent, plural, VP } from './people-support.js';

/** Annualized regrettable attrition at or above this is a finding for the organization (medium; high at 15%). */
export const REGRETTABLE_LIMIT = 0.1;
/** An annualized promotion rate below this over a year means people see no way up. */
export const PROMOTION_FLOOR = 0.05;
/** The significance below which a promotion gap between a group and the rest is raised. */
export const EQUITY_P = 0.05;

const regrettableFigure = (group: AttritionGroupFacts, window: { from: string; to: string }) => ({
  metric: 'people.regrettable-attrition',
  label: `Regrettable attrition, annualized (${group.label})`,
  value: group.regrettable?.annualizedRate ?? 0,
  unit: 'fraction',
  scope: group.key,
  window,
  n: group.n,
});

export const regrettableAttritionConcentrated = peopleRule(
  {
    id: 'people.regrettable-attrition-concentrated',
    title: 'Regretted departures concentrate in one team',
    concern: 'people.talent',
    severity: 'high',
    description:
      'A team (shown, at least 5 people) lost at least 2 people it wanted to keep in the window, and they are at least half of the organization’s regretted departures or twice its rate: high when the team’s annualized rate reaches 25%.',
    capability: 'people.talent',
  },
  (people) => {
    const attrition = people.attrition;
    const org = attrition?.org?.regrettable;
    if (!attrition || !org || org.count === 0) return [];
    return attrition.teams.flatMap((team) => {
      const regrettable = team.regrettable;
      if (!regrettable || regrettable.count < 2) return [];
      const share = regrettable.count / org.count;
      if (share < 0.5 && regrettable.annualizedRate < 2 * org.annualizedRate) return [];
      return [
        {
          subject: team.key,
          severity: regrettable.annualizedRate >= 0.25 ? ('high' as const) : ('medium' as const),
          title: `${team.label} lost ${regrettable.count} of the organization's ${org.count} regretted leavers in a year (${percent(regrettable.annualizedRate)} annualized)`,
          summary: `Between ${attrition.window.from} and ${attrition.window.to}, ${plural(team.all.count, 'person')} left ${team.label}, ${regrettable.count} of whom the organization wanted to keep: ${percent(share)} of all regretted departures, from a team of about ${Math.round(team.averageHeadcount)}.`,
          why: 'Losing several wanted people from one team points to a local cause (management, workload, career path) rather than the market, and each departure makes the next one likelier.',
          actions: [
            'Read the exit reasons of these leavers with the team’s manager and a people partner.',
            'Hold stay conversations with the people who remain on the team, starting with those hardest to replace.',
            'Check the team’s career paths and workload against the rest of the organization.',
          ],
          owner: team.key,
          evidence: {
            figures: [
              regrettableFigure(team, attrition.window),
              {
                metric: 'people.regrettable-leavers',
                label: `Regretted leavers (${team.label})`,
                value: regrettable.count,
                unit: 'people',
                scope: team.key,
                window: attrition.window,
                n: team.n,
              },
              ...(attrition.org ? [regrettableFigure(attrition.org, attrition.window)] : []),
            ],
            records: regrettable.refs,
          },
        },
      ];
    });
  },
);

export const regrettableAttritionHigh = peopleRule(
  {
    id: 'people.regrettable-attrition-high',
    title: 'The organization loses too many people it wanted to keep',
    concern: 'people.talent',
    severity: 'high',
    description: `Annualized regrettable attrition over the last twelve months at or above ${percent(REGRETTABLE_LIMIT)}: high from 15%.`,
    capability: 'people.talent',
  },
  (people) => {
    const attrition = people.attrition;
    const org = attrition?.org;
    const rate = org?.regrettable?.annualizedRate;
    if (!attrition || !org || rate === undefined || rate < REGRETTABLE_LIMIT) return [];
    return [
      {
        subject: 'org',
        severity: rate >= 0.15 ? 'high' : 'medium',
        title: `Regrettable attrition is ${percent(rate)} a year (limit ${percent(REGRETTABLE_LIMIT)})`,
        summary: `${plural(org.regrettable?.count ?? 0, 'person')} the organization wanted to keep left in the last twelve months, out of an average of ${Math.round(org.averageHeadcount)} on staff.`,
        why: 'Every regretted departure takes knowledge and months of productivity with it, and costs a search and an onboarding to replace.',
        actions: [
          'Analyse the exit reasons across leavers and act on the most common one.',
          'Run stay interviews with the people hardest to replace.',
          'Benchmark pay and career paths against the market.',
        ],
        owner: VP,
        evidence: {
          figures: [{ ...regrettableFigure(org, attrition.window), threshold: REGRETTABLE_LIMIT }],
          records: org.regrettable?.refs ?? [],
        },
      },
    ];
  },
);

export const promotionsStalled = peopleRule(
  {
    id: 'people.promotions-stalled',
    title: 'Few people are promoted',
    concern: 'people.growth',
    severity: 'medium',
    description: `The internal promotion rate over the last twelve months is below ${percent(PROMOTION_FLOOR)} a year (medium), or no one was promoted in the last two full quarters (low).`,
    capability: 'people.aggregates',
  },
  (people) => {
    const promotions = people.attrition?.promotions;
    const window = people.attrition?.window;
    if (!promotions || !window) return [];
    const full = promotions.quarters.filter((quarter) => quarter.days >= 89);
    const lastTwo = full.slice(-2);
    const quiet = lastTwo.length === 2 && lastTwo.every((quarter) => quarter.count === 0);
    const low = promotions.annualizedRate < PROMOTION_FLOOR;
    if (!low && !quiet) return [];
    return [
      {
        subject: 'org',
        severity: low ? 'medium' : 'low',
        title: low
          ? `The promotion rate is ${percent(promotions.annualizedRate)} a year (floor ${percent(PROMOTION_FLOOR)})`
          : `No one was promoted in ${lastTwo.map((quarter) => quarter.quarter).join(' and ')}`,
        summary: `${plural(promotions.count, 'promotion')} in the last twelve months across ${promotions.n} people on staff.`,
        why: 'When people see no way up they look for it elsewhere; a stalled promotion rate is an early sign of attrition among the people the organization most wants to keep.',
        actions: [
          'Check that the career ladder is written down and that managers discuss it in one-to-ones.',
          'Review who is ready for the next level in the coming talent review, and set the promotion calendar.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'people.promotion-rate',
              label: 'Internal promotion rate, annualized',
              value: promotions.annualizedRate,
              unit: 'fraction',
              threshold: PROMOTION_FLOOR,
              window,
              n: promotions.n,
            },
          ],
          records: [],
        },
      },
    ];
  },
);

export const promotionInequity = peopleRule(
  {
    id: 'people.promotion-inequity',
    title: 'A group is promoted less often than the rest',
    concern: 'people.inclusion',
    severity: 'medium',
    description: `In the equity review, a self-declared group (and its rest, both at least 5 people) was promoted at a lower rate than the rest, with a two-sided Fisher p below ${EQUITY_P}.`,
    capability: 'people.compensation',
  },
  (people) => {
    const attrition = people.attrition;
    if (!attrition) return [];
    return attrition.equity
      .filter((row) => row.n >= 5 && row.restN >= 5 && row.p < EQUITY_P && row.rate < row.restRate)
      .map((row) => ({
        subject: `group:${row.dimension}/${row.group}`,
        severity: 'medium' as const,
        title: `${row.dimension} ${row.group}: promoted ${percent(row.rate)} against ${percent(row.restRate)} for the rest (p = ${row.p.toFixed(3)})`,
        summary: `Between ${attrition.window.from} and ${attrition.window.to}, ${percent(row.rate)} of the ${row.n} people who declared ${row.dimension} ${row.group} were promoted, against ${percent(row.restRate)} of the ${row.restN} others. Groups are small: read it as a reason to look at the cases, not as a verdict.`,
        why: 'A gap in promotions between groups, if it reflects how work or sponsorship is handed out, costs the organization the people it overlooks and their trust.',
        actions: [
          'Review the promotion cases of the period with a people partner: who was eligible, who was put forward.',
          'Check how stretch work and sponsorship are shared across the group.',
          'Make the promotion criteria and calendar public.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'people.promotion-share',
              label: `Promoted share (${row.dimension} ${row.group})`,
              value: row.rate,
              unit: 'fraction',
              window: attrition.window,
              n: row.n,
            },
            {
              metric: 'people.promotion-share',
              label: 'Promoted share (the rest)',
              value: row.restRate,
              unit: 'fraction',
              window: attrition.window,
              n: row.restN,
            },
          ],
          records: [],
        },
      }));
  },
);

export const ATTRITION_RULES = [
  regrettableAttritionConcentrated,
  regrettableAttritionHigh,
  promotionsStalled,
  promotionInequity,
];
