/**
 * Developer-experience rules: what a team says in the DX survey (only teams and items shown, at least
 * MIN_GROUP_SIZE respondents) and what the DX scorecard measures against the targets of the DX table
 * (docs/people/dx-scorecard.md). Survey figures are read under `surveys.results`.
 */
import type { DxAreaFacts, SurveyGroupFacts } from '../snapshot-people.js';
import { oneDecimal, peopleRule, signed, VP } from './people-support.js';
import { itemFigure } from './people-surveys.js';

/** An item mean below this is a clear complaint on its own. */
export const LOW_ITEM = 2.5;
/** Below the unhappy line (3.0) and falling at least this much since the previous round is a complaint too. */
export const STEEP_FALL = 0.5;
/** Items other rules already read (growth and collaboration). */
const READ_ELSEWHERE = new Set(['career-growth', 'cross-team']);

const scopeLabel = (scope: string) =>
  scope === 'org' ? 'the organization' : scope.replace(/^team:[^/]+\//, '');

function lowItems(group: SurveyGroupFacts) {
  return group.items
    .filter(
      (item) =>
        !READ_ELSEWHERE.has(item.id) &&
        item.answered >= 5 &&
        (item.mean < LOW_ITEM || (item.mean < 3 && item.change !== null && item.change <= -STEEP_FALL)),
    )
    .sort((a, b) => a.mean - b.mean);
}

export const teamItemLow = peopleRule(
  {
    id: 'dx.survey-item-low',
    title: 'Developers rate part of their work poorly',
    concern: 'people.engagement',
    severity: 'high',
    description: `In the latest developer-experience round, a group shown (the organization or a team of at least 5 respondents) rates an item below ${LOW_ITEM}, or below 3.0 and ${STEEP_FALL} lower than the round before: high when an item is below 2.0 and falling that steeply, medium otherwise.`,
    capability: 'surveys.results',
  },
  (people) => {
    const dx = people.surveys?.dx;
    if (!dx) return [];
    const groups = [...(dx.org ? [dx.org] : []), ...dx.teams];
    return groups.flatMap((group) => {
      const items = lowItems(group);
      const worst = items[0];
      if (!worst) return [];
      const severe = items.some(
        (item) => item.mean < 2 && item.change !== null && item.change <= -STEEP_FALL,
      );
      return [
        {
          subject: group.scope,
          severity: severe ? ('high' as const) : ('medium' as const),
          title: `${scopeLabel(group.scope)} rates ${worst.id} ${oneDecimal(worst.mean)} of 5${worst.change !== null ? ` (${signed(worst.change)} since the previous round)` : ''}`,
          summary: `In ${dx.title}, ${group.respondents} respondents of ${scopeLabel(group.scope)} rated ${items
            .map((item) => `“${item.text}” ${oneDecimal(item.mean)}`)
            .join('; ')}.`,
          why: 'Friction developers feel every day costs hours a week each and wears them down; when a whole team says so, and it gets worse, it is rarely noise.',
          actions: [
            `Ask ${scopeLabel(group.scope)} what exactly slows them down on ${worst.id}, and measure it.`,
            'Fund a fix with a date, and report back to the team before the next survey round.',
            'Compare with the DX scorecard figure for the same area to see where the time goes.',
          ],
          owner: group.scope === 'org' ? VP : group.scope,
          evidence: {
            figures: items.map((item) => itemFigure(item, group.scope, dx, LOW_ITEM)),
            records: [`survey:${dx.id}`],
          },
        },
      ];
    });
  },
);

function formatMeasure(value: number, unit: string): string {
  if (unit === 'seconds')
    return value >= 7200
      ? `${oneDecimal(value / 3600)} h`
      : value >= 120
        ? `${oneDecimal(value / 60)} min`
        : `${Math.round(value)} s`;
  if (unit === 'fraction') return `${Math.round(value * 100)}%`;
  return `${oneDecimal(value)} ${unit}`;
}

function missed(
  area: DxAreaFacts,
): area is DxAreaFacts & { measure: NonNullable<DxAreaFacts['measure']> & { value: number } } {
  return area.measure?.status === 'misses' && area.measure.value !== null && area.measure.n >= 5;
}

export const measuresOffTarget = peopleRule(
  {
    id: 'dx.measures-off-target',
    title: 'Developer-experience measures miss their targets',
    concern: 'people.engagement',
    severity: 'medium',
    description:
      'Measured DX areas of the scorecard (CI build time under 5 min, review turnaround under 4 h, deploy under 1 h, incident notification under 5 min, docs freshness over 80%, on-call under 2 pages a week) that miss their target over the last 90 days: medium when developers are also unhappy with one of them, low otherwise.',
    capability: 'surveys.results',
  },
  (people) => {
    const dx = people.dx;
    if (!dx) return [];
    const misses = dx.areas.filter(missed);
    const measured = dx.areas.filter((area) => area.measure && area.measure.status !== 'no-data');
    if (misses.length === 0) return [];
    const bothPoor = misses.some((area) => area.reading === 'both-poor');
    return [
      {
        subject: 'org',
        severity: bothPoor ? ('medium' as const) : ('low' as const),
        title: `${misses.length} of ${measured.length} measured DX areas miss their target: ${misses
          .map((area) => `${area.measure.label} ${formatMeasure(area.measure.value, area.measure.unit)}`)
          .join(', ')}`,
        summary: `Over ${dx.window.from} to ${dx.window.to}, ${misses
          .map(
            (area) =>
              `${area.measure.label.toLowerCase()} was ${formatMeasure(area.measure.value, area.measure.unit)} against ${formatMeasure(area.measure.target, area.measure.unit)}`,
          )
          .join('; ')}.${bothPoor ? ' Developers are unhappy with at least one of these areas too.' : ''}`,
        why: 'Waiting for builds, reviews and deployments is time engineers spend out of flow, every day; it adds up to a large share of the organization’s capacity.',
        actions: [
          'Pick the area where the gap is largest and where developers complain most, and give it an owner and a target date.',
          'Set a budget for the measure (for example a build-time limit in CI) so it cannot drift back.',
          'Review the scorecard every quarter with the platform team.',
        ],
        owner: VP,
        evidence: {
          figures: misses.map((area) => ({
            metric: `dx.${area.measure.id}`,
            label: area.measure.label,
            value: area.measure.value,
            unit: area.measure.unit,
            threshold: area.measure.target,
            scope: 'org',
            window: dx.window,
            n: area.measure.n,
          })),
          records: misses.flatMap((area) => area.measure.recordIds),
        },
      },
    ];
  },
);

export const hiddenFriction = peopleRule(
  {
    id: 'dx.hidden-friction',
    title: 'Developers are unhappy where the measure looks fine',
    concern: 'people.engagement',
    severity: 'low',
    description:
      'A DX area whose measure meets its target while developers rate it below 3.0 in the latest round: the trouble lies where the figure does not look.',
    capability: 'surveys.results',
  },
  (people) =>
    (people.dx?.areas ?? [])
      .filter(
        (area) =>
          area.reading === 'hidden-friction' && area.measure?.value !== null && area.survey.mean !== null,
      )
      .map((area) => ({
        subject: `dx-area:${area.area}`,
        severity: 'low' as const,
        title: `${area.area}: the measure meets its target, yet developers rate it ${oneDecimal(area.survey.mean ?? 0)} of 5`,
        summary: area.readingText,
        why: 'A healthy median can hide a slow tail, queueing or rework that developers feel every day; investing by the figure alone would miss it.',
        actions: [
          'Ask developers where exactly the area hurts, and look at the tail and the retries rather than the median.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: `dx.${area.measure?.id ?? area.area}`,
              label: area.measure?.label ?? area.area,
              value: area.measure?.value ?? 0,
              unit: area.measure?.unit ?? '',
              ...(area.measure ? { threshold: area.measure.target } : {}),
              ...(people.dx ? { window: people.dx.window } : {}),
            },
          ],
          records: [
            ...(area.measure?.recordIds ?? []),
            ...(people.dx?.survey ? [`survey:${people.dx.survey}`] : []),
          ],
        },
      })),
);

export const DX_RULES = [teamItemLow, measuresOffTarget, hiddenFriction];
