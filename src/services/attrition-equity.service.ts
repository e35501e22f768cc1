/**
 * The equity review of promotions and pay by self-declared group (docs/people/attrition.md), for the
 * roles with `people.compensation`. The population is everyone on staff during the window; promotions
 * count when dated in the window, and pay is compared for the people still on staff on its last day.
 */
import { MIN_GROUP_SIZE, type Viewer } from '../domain/privacy.js';
import { type DimensionReview, type EquityPerson, reviewEquity } from '../governance/people/equity.js';
import { type DayWindow, dayNumber, dayText } from '../metrics/people/attrition-calendar.js';
import { authorize } from './access.service.js';
import { type AttritionQuery, parseAttritionQuery } from './attrition.service.js';
import type { AppContext } from './context.js';

export type { GroupReview } from '../governance/people/equity.js';

export interface EquityReview {
  window: DayWindow;
  minimum: number;
  dimensions: DimensionReview[];
}

export async function equityReview(
  context: Pick<AppContext, 'workspace' | 'store'>,
  viewer: Viewer,
  input: Pick<AttritionQuery, 'from' | 'to'> & { dimension?: string },
  today: string,
): Promise<EquityReview> {
  const { dimension, ...rest } = input;
  const { window } = parseAttritionQuery(rest, today);
  await authorize(context, viewer, 'people.compensation', {
    resource: 'equity review',
    detail: { ...input, ...window },
  });
  const entries = new Map((await context.workspace.peoplePrivate()).map((entry) => [entry.person, entry]));
  const lastDay = dayText(dayNumber(window.to) - 1);
  const onStaff = (start: string | null, end: string | null, from: string, to: string) =>
    (start === null || start <= to) && (end === null || end >= from);
  const people: EquityPerson[] = context.workspace.model.people
    .filter((person) => onStaff(person.startDate, person.endDate, window.from, lastDay))
    .map((person) => {
      const entry = entries.get(person.ref);
      const stillHere = onStaff(person.startDate, person.endDate, lastDay, lastDay);
      return {
        ref: person.ref,
        level: person.level,
        groups: entry?.groups ?? {},
        promoted: (entry?.promotions ?? []).some(
          (promotion) => promotion.date >= window.from && promotion.date < window.to,
        ),
        pay:
          stillHere && entry?.compensation
            ? { amount: entry.compensation.amount, currency: entry.compensation.currency }
            : null,
      };
    });
  const dimensions = reviewEquity(people).filter((review) => !dimension || review.dimension === dimension);
  return { window, minimum: MIN_GROUP_SIZE, dimensions };
}
