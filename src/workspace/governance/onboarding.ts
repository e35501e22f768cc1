/**
 * Reading registers/onboarding.yaml: each plan validated on its own; the new hire, buddy and mentor
 * resolved against people.yaml; the start taken from the plan or from the person's `startDate`; one plan
 * per new hire; the buddy and mentor someone other than the new hire; check-ins and goals not dated before
 * the start. Notes are never echoed in an issue (they are about a named person). Any issue leaves the
 * register empty, so no view shows half a file.
 */
import type { Issue } from '../../domain/errors.js';
import type { OrgModel } from '../../domain/model.js';
import {
  CHECKPOINT_DAYS,
  type CheckIn,
  type OnboardingPlan,
  type OnboardingRegister,
  onboardingFileSchema,
  onboardingPlanSchema,
} from '../../domain/onboarding.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { locate, type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkPerson } from './links.js';
import type { GovernanceDirectory, PartRead, PartReader } from './part.js';

export type { OnboardingRegister } from '../../domain/onboarding.js';

export const ONBOARDING_FILE = 'registers/onboarding.yaml';

const EMPTY: OnboardingRegister = { plans: [] };

export const readOnboarding: PartReader<OnboardingRegister> = async (context) => {
  const read = await readYamlSource(context.root, ONBOARDING_FILE);
  if (read.kind === 'missing') return { value: EMPTY, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY, issues: read.issues, files: [ONBOARDING_FILE] };
  return parseOnboarding(read.source, context);
};

export function parseOnboarding(
  source: YamlSource,
  context: { directory: GovernanceDirectory; model: Pick<OrgModel, 'people'> },
): PartRead<OnboardingRegister> {
  const { directory } = context;
  const files = [source.file];
  const top = onboardingFileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    return { value: EMPTY, issues: fromZodIssues(source, onboardingFileSchema, top.error.issues), files };
  }
  const startDates = new Map(context.model.people.map((person) => [person.ref, person.startDate]));
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const plans: OnboardingPlan[] = [];
  eachValidItem(source, 'plans', top.data.plans, onboardingPlanSchema, issues, (spec, at) => {
    const person = checkPerson(source, spec.person, [...at, 'person'], directory, issues);
    const line = locate(source, at).line;
    const earlier = seen.get(person);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, [...at, 'person'], {
          message: `a second onboarding plan for ${spec.person}`,
          found: `${person}, whose plan starts on line ${earlier}`,
          expected: 'one plan per new hire',
        }),
      );
    } else seen.set(person, line);
    const buddy = checkPerson(source, spec.buddy, [...at, 'buddy'], directory, issues);
    const mentor =
      spec.mentor === undefined
        ? null
        : checkPerson(source, spec.mentor, [...at, 'mentor'], directory, issues);
    for (const [field, ref] of [
      ['buddy', buddy],
      ['mentor', mentor],
    ] as const) {
      if (ref === person) {
        issues.push(
          issueAt(source, [...at, field], {
            message: `the ${field} is the new hire`,
            found: ref,
            expected: `a ${field} other than ${person}`,
          }),
        );
      }
    }
    const declaredStart = startDates.get(person) ?? null;
    const start = spec.start ?? declaredStart;
    if (start === null) {
      issues.push(
        issueAt(source, [...at, 'person'], {
          message: 'no first day for this new hire',
          found: `${person} without startDate in model/people.yaml and no start in the plan`,
          expected: 'a startDate in model/people.yaml or start: YYYY-MM-DD in the plan',
        }),
      );
      return;
    }
    const notBefore = (date: string, path: readonly PathSegment[], what: string) => {
      if (date >= start) return;
      issues.push(
        issueAt(source, path, {
          message: `${what} before the new hire's first day`,
          found: date,
          expected: `a day on or after ${start}`,
        }),
      );
    };
    for (const day of CHECKPOINT_DAYS) {
      spec.milestones[`day${day}`].forEach((goal, index) => {
        if (goal.done) notBefore(goal.done, [...at, 'milestones', `day${day}`, index, 'done'], 'a goal done');
      });
    }
    const checkIns: CheckIn[] = spec.checkIns.map((checkIn, index) => {
      notBefore(checkIn.date, [...at, 'checkIns', index, 'date'], 'a check-in');
      return {
        date: checkIn.date,
        day: checkIn.day ?? null,
        status: checkIn.status,
        notes: checkIn.notes ?? null,
      };
    });
    plans.push({
      person,
      start,
      startFrom: spec.start !== undefined ? 'plan' : 'people',
      buddy,
      mentor,
      milestones: { 30: spec.milestones.day30, 60: spec.milestones.day60, 90: spec.milestones.day90 },
      checkIns: checkIns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      line,
    });
  });
  return issues.length > 0 ? { value: EMPTY, issues, files } : { value: { plans }, issues, files };
}
