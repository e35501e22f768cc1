/**
 * How a DX scorecard row is read: the measured status and what developers said, taken together.
 *
 * The four telling cases are the ones where both sides speak:
 * - both fine: the figure meets its target and developers are content: nothing to do but keep watching;
 * - both poor: the figure misses and developers are unhappy: the clearest case for investment;
 * - hidden friction: the figure meets its target but developers are unhappy: the pain lies where the
 *   figure does not look (each target names its blind spot);
 * - tolerated: the figure misses but developers are content: they may have worked around it, or the
 *   target may be stricter than this team needs; ask before investing.
 * When only one side speaks the reading says so, and why the other is silent.
 */
import type { DxTarget } from './dx-targets.js';

export type DxTargetStatus = 'meets' | 'misses' | 'no-data';

export type DxSurveySignal =
  | { kind: 'content' | 'unhappy' | 'unclear'; mean: number }
  | { kind: 'suppressed' }
  | { kind: 'no-responses' };

export type DxReadingKind =
  | 'both-fine'
  | 'both-poor'
  | 'hidden-friction'
  | 'tolerated'
  | 'measured-only'
  | 'said-only'
  | 'no-signal';

export interface DxReading {
  kind: DxReadingKind;
  text: string;
}

function silence(survey: DxSurveySignal): string {
  switch (survey.kind) {
    case 'suppressed':
      return 'the survey answers for this area are withheld because too few people responded';
    case 'no-responses':
      return 'there are no survey answers for this area yet';
    default:
      return 'developers rate this area neither well nor poorly';
  }
}

export function readDxRow(
  target: DxTarget | null,
  status: DxTargetStatus,
  survey: DxSurveySignal,
): DxReading {
  const content = survey.kind === 'content';
  const unhappy = survey.kind === 'unhappy';
  if (target && status === 'meets' && content)
    return {
      kind: 'both-fine',
      text: `${target.label} is within target and developers rate the area well: keep it that way.`,
    };
  if (target && status === 'misses' && unhappy)
    return {
      kind: 'both-poor',
      text: `${target.label} is off target and developers rate the area poorly: the figure and the people agree, a clear place to invest.`,
    };
  if (target && status === 'meets' && unhappy)
    return {
      kind: 'hidden-friction',
      text: `${target.label} is within target, yet developers rate the area poorly: the trouble is somewhere the figure does not look (${target.blindSpot}).`,
    };
  if (target && status === 'misses' && content)
    return {
      kind: 'tolerated',
      text: `${target.label} is off target, yet developers rate the area well: they may have worked around it, or the target may be stricter than this team needs. Ask them before investing.`,
    };
  if (target && status !== 'no-data')
    return {
      kind: 'measured-only',
      text: `${target.label} is ${status === 'meets' ? 'within' : 'off'} target; ${silence(survey)}.`,
    };
  // The source that would feed a measure without data is given with the measure, not repeated here.
  const subject = target ? `${target.label} has no data; ` : 'Sextant does not measure this area; ';
  if (content || unhappy)
    return {
      kind: 'said-only',
      text: `${subject}developers rate the area ${content ? 'well' : 'poorly'}.`,
    };
  return { kind: 'no-signal', text: `${subject}${silence(survey)}.` };
}
