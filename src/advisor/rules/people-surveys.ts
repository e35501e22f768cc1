/**
 * Engagement, growth and collaboration rules over survey results. The snapshot holds only the groups and
 * items the survey services show (at least MIN_GROUP_SIZE respondents each); withheld teams are absent, so
 * no finding can describe them. Survey results are read under `surveys.results`.
 */
import type { PeoplePart, SurveyGroupFacts, SurveyItemFacts } from '../snapshot-people.js';
import { oneDecimal, peopleRule, percent, signed, VP } from './people-support.js';

/** A 1-5 item below this mean says people are unhappy with it (the DX scorecard's own line). */
export const UNHAPPY_BELOW = 3;
/** A fall of the mean by this much since the previous round is a clear change. */
export const FALL = 0.3;
/** eNPS below this is more detractors than promoters. */
export const ENPS_FLOOR = 0;
/** An eNPS fall of this many points since the previous round. */
export const ENPS_FALL = 10;
/** Fewer respondents than this share of the staff makes the results a weak signal. */
export const PARTICIPATION_FLOOR = 0.6;

const scopeLabel = (scope: string) =>
  scope === 'org' ? 'the organization' : scope.replace(/^team:[^/]+\//, '');

export function itemFigure(
  item: SurveyItemFacts,
  scope: string,
  survey: { id: string; closes: string },
  threshold: number,
) {
  return {
    metric: `survey.${item.id}`,
    label: `${item.text} (mean, 1-5)`,
    value: item.mean,
    unit: 'score',
    threshold,
    scope,
    n: item.answered,
    window: { from: survey.closes, to: survey.closes },
  };
}

export const enpsLow = peopleRule(
  {
    id: 'people.enps-low',
    title: 'Engagement is low or falling',
    concern: 'people.engagement',
    severity: 'high',
    description: `The latest eNPS round is below ${ENPS_FLOOR} (medium; high below −20) or fell ${ENPS_FALL} points or more since the previous round (medium).`,
    capability: 'surveys.results',
  },
  (people) => {
    const enps = people.surveys?.enps;
    if (!enps || enps.respondents < 5) return [];
    const low = enps.score < ENPS_FLOOR;
    const falling = enps.change !== null && enps.change <= -ENPS_FALL;
    if (!low && !falling) return [];
    return [
      {
        subject: 'org',
        severity: enps.score < -20 ? 'high' : 'medium',
        title: `eNPS is ${Math.round(enps.score)}${enps.change !== null ? ` (${enps.change > 0 ? '+' : ''}${Math.round(enps.change)} since the previous round)` : ''}`,
        summary: `In ${enps.title}, closed on ${enps.closes}, ${enps.respondents} people answered whether they would recommend the organization as a place to work; promoters minus detractors gives ${Math.round(enps.score)}.`,
        why: 'People who would not recommend their workplace are the ones most likely to leave, and low engagement shows in delivery long before it shows in attrition.',
        actions: [
          'Share the result with everyone and ask teams what is behind it, in their own retrospectives.',
          'Pick one or two causes they name, act on them, and say what changed before the next round.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'survey.enps',
              label: 'Employee net promoter score',
              value: enps.score,
              unit: 'points',
              threshold: ENPS_FLOOR,
              n: enps.respondents,
              window: { from: enps.closes, to: enps.closes },
            },
          ],
          records: [`survey:${enps.id}`],
        },
      },
    ];
  },
);

export const pulseFalling = peopleRule(
  {
    id: 'people.pulse-low',
    title: 'A pulse question scores low or is falling',
    concern: 'people.engagement',
    severity: 'medium',
    description: `An item of the latest pulse round has a mean below ${UNHAPPY_BELOW} (medium), or fell by ${FALL} or more since the previous round (low).`,
    capability: 'surveys.results',
  },
  (people) => {
    const pulse = people.surveys?.pulse;
    if (!pulse) return [];
    const flagged = pulse.org.items.filter(
      (item) =>
        item.answered >= 5 && (item.mean < UNHAPPY_BELOW || (item.change !== null && item.change <= -FALL)),
    );
    const worst = [...flagged].sort((a, b) => a.mean - b.mean)[0];
    if (!worst) return [];
    return [
      {
        subject: 'org',
        severity: flagged.some((item) => item.mean < UNHAPPY_BELOW) ? 'medium' : 'low',
        title: `Pulse: “${worst.text}” scores ${oneDecimal(worst.mean)} of 5${worst.change !== null ? ` (${signed(worst.change)})` : ''}`,
        summary: `In ${pulse.title}, ${flagged.length} question${flagged.length === 1 ? '' : 's'} scored low or fell: ${flagged.map((item) => `${item.id} ${oneDecimal(item.mean)}`).join(', ')}.`,
        why: 'Pulse questions are the earliest warning of workload, clarity or support problems; left alone they turn into burnout and departures.',
        actions: [
          'Discuss the result with the managers and ask their teams what is behind it.',
          'Agree one visible change and check it in the next pulse round.',
        ],
        owner: VP,
        evidence: {
          figures: flagged.map((item) => itemFigure(item, 'org', pulse, UNHAPPY_BELOW)),
          records: [`survey:${pulse.id}`],
        },
      },
    ];
  },
);

export const participationLow = peopleRule(
  {
    id: 'people.survey-participation-low',
    title: 'Few people answer the surveys',
    concern: 'people.engagement',
    severity: 'medium',
    description: `In the latest closed survey round, respondents were fewer than ${percent(PARTICIPATION_FLOOR)} of the staff on its closing day: medium below 40%, low otherwise.`,
    capability: 'surveys.results',
  },
  (people) => {
    const rounds = people.surveys?.participation ?? [];
    const latest = [...rounds].sort((a, b) => (a.closes < b.closes ? 1 : -1))[0];
    if (!latest || latest.staff < 5) return [];
    const share = latest.respondents / latest.staff;
    if (share >= PARTICIPATION_FLOOR) return [];
    return [
      {
        subject: 'org',
        severity: share < 0.4 ? 'medium' : 'low',
        title: `${percent(share)} of the staff answered ${latest.title}`,
        summary: `${latest.respondents} of about ${latest.staff} people on staff answered the round that closed on ${latest.closes}.`,
        why: 'Low participation makes the results a weak signal, hides whole teams behind the minimum group size, and often means people doubt anything will change.',
        actions: [
          'Tell people what changed after the last round before opening the next one.',
          'Keep the survey short and give time to answer it during work hours.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'survey.participation',
              label: 'Respondents ÷ staff',
              value: share,
              unit: 'fraction',
              threshold: PARTICIPATION_FLOOR,
              n: latest.respondents,
            },
          ],
          records: [`survey:${latest.id}`],
        },
      },
    ];
  },
);

/** The DX survey groups (organization first, then every team shown) whose `item` scores under the line. */
function lowGroups(people: PeoplePart, itemId: string) {
  const dx = people.surveys?.dx;
  if (!dx) return [];
  const groups: SurveyGroupFacts[] = [...(dx.org ? [dx.org] : []), ...dx.teams];
  return groups.flatMap((group) => {
    const item = group.items.find((candidate) => candidate.id === itemId);
    return item && item.answered >= 5 && item.mean < UNHAPPY_BELOW ? [{ dx, group, item }] : [];
  });
}

export const careerGrowthLow = peopleRule(
  {
    id: 'people.career-growth-low',
    title: 'People do not feel supported in their growth',
    concern: 'people.growth',
    severity: 'medium',
    description: `In the latest developer-experience round, the career-growth item has a mean below ${UNHAPPY_BELOW} for the organization (medium) or a team shown (low).`,
    capability: 'surveys.results',
  },
  (people) =>
    lowGroups(people, 'career-growth').map(({ dx, group, item }) => ({
      subject: group.scope,
      severity: group.scope === 'org' ? ('medium' as const) : ('low' as const),
      title: `${scopeLabel(group.scope)} rates support for career growth ${oneDecimal(item.mean)} of 5`,
      summary: `In ${dx.title}, ${item.answered} respondents of ${scopeLabel(group.scope)} gave “${item.text}” a mean of ${oneDecimal(item.mean)}${item.change !== null ? `, ${signed(item.change)} since the previous round` : ''}.`,
      why: 'People who see no growth where they are look for it elsewhere; it is one of the most common reasons strong engineers leave.',
      actions: [
        'Have each manager agree a written development plan with every person on the team.',
        'Set up mentoring across teams and make the career ladder easy to find.',
      ],
      owner: group.scope === 'org' ? VP : group.scope,
      evidence: { figures: [itemFigure(item, group.scope, dx, UNHAPPY_BELOW)], records: [`survey:${dx.id}`] },
    })),
);

export const crossTeamFriction = peopleRule(
  {
    id: 'people.cross-team-friction',
    title: 'Work across teams is hard',
    concern: 'people.collaboration',
    severity: 'medium',
    description: `In the latest developer-experience round, the cross-team item has a mean below ${UNHAPPY_BELOW} for the organization (medium) or a team shown (low).`,
    capability: 'surveys.results',
  },
  (people) =>
    lowGroups(people, 'cross-team').map(({ dx, group, item }) => ({
      subject: group.scope,
      severity: group.scope === 'org' ? ('medium' as const) : ('low' as const),
      title: `${scopeLabel(group.scope)} rates work across teams ${oneDecimal(item.mean)} of 5`,
      summary: `In ${dx.title}, ${item.answered} respondents of ${scopeLabel(group.scope)} gave “${item.text}” a mean of ${oneDecimal(item.mean)}${item.change !== null ? `, ${signed(item.change)} since the previous round` : ''}.`,
      why: 'Friction between teams shows up as waiting, rework and blame; it slows every piece of work that crosses a boundary.',
      actions: [
        'Ask the team which other teams they wait on, and agree how requests between them are made and answered.',
        'Hold a joint retrospective with the teams involved.',
      ],
      owner: group.scope === 'org' ? VP : group.scope,
      evidence: { figures: [itemFigure(item, group.scope, dx, UNHAPPY_BELOW)], records: [`survey:${dx.id}`] },
    })),
);

export const SURVEY_RULES = [enpsLow, pulseFalling, participationLow, careerGrowthLow, crossTeamFriction];
