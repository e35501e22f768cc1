/**
 * OKR lint: the anti-patterns that make OKRs stop steering the work, found in the files as written.
 * - too many objectives: more than 3 per quarter at one level (per team at team level); focus dilutes;
 * - too many key results: more than 4 on one objective;
 * - binary key result: a yes/no outcome (unit `boolean`, or 0 → 1) gives no progress signal;
 * - feature as key result: "ship / launch / build X" is a task, not a measured outcome;
 * - no baseline: progress cannot be measured without a starting point;
 * - no parent: an engineering or team objective that serves no objective above it;
 * - stale: a manual key result not updated for 14 days while its quarter runs.
 * Each finding names the objective or key result, where it is written and what to do.
 */

import { daysBetween, shiftDayKey } from '../domain/day-keys.js';
import type { KeyResult, Objective, OkrPosition } from '../domain/okr.js';
import { quarterSpan } from '../domain/okr-quarter.js';

export const MAX_OBJECTIVES = 3;
export const MAX_KEY_RESULTS = 4;
export const STALE_AFTER_DAYS = 14;

export const OKR_LINT_RULES = [
  'too-many-objectives',
  'too-many-key-results',
  'binary-key-result',
  'feature-as-key-result',
  'no-baseline',
  'no-parent',
  'stale-check-in',
] as const;
export type OkrLintRule = (typeof OKR_LINT_RULES)[number];

export interface OkrLintFinding {
  rule: OkrLintRule;
  objective: string;
  keyResult: string | null;
  at: OkrPosition;
  message: string;
  action: string;
}

/** Verbs that state delivering something rather than an outcome, at the start of a key result's title. */
const FEATURE_VERBS =
  /^(ship|launch|release|deliver|build|implement|roll ?out|migrate|complete|finish|deploy|introduce|create|add)\b/i;
const FEATURE_WORDS = /\b(shipped|launched|released|delivered|rolled out|go[- ]live|goes live)\b/i;

export function lintOkrs(
  objectives: readonly Objective[],
  options: { today: string; fiscalYearStart: number },
): OkrLintFinding[] {
  const findings: OkrLintFinding[] = [...lintObjectiveCounts(objectives)];
  for (const objective of objectives) {
    if (objective.keyResults.length > MAX_KEY_RESULTS)
      findings.push({
        rule: 'too-many-key-results',
        objective: objective.id,
        keyResult: null,
        at: objective.at,
        message: `${objective.keyResults.length} key results on one objective (at most ${MAX_KEY_RESULTS})`,
        action: `keep the ${MAX_KEY_RESULTS} that best show the objective is met; track the others as health metrics`,
      });
    if (objective.level !== 'company' && objective.parent === null)
      findings.push({
        rule: 'no-parent',
        objective: objective.id,
        keyResult: null,
        at: objective.at,
        message: `the ${objective.level} objective serves no objective above it`,
        action: `set parent: to the ${objective.level === 'team' ? 'engineering' : 'company'} objective it moves, or reconsider it`,
      });
    const span = quarterSpan(objective.quarter, options.fiscalYearStart);
    for (const kr of objective.keyResults)
      findings.push(...lintKeyResult(objective, kr, span, options.today));
  }
  return findings;
}

function lintObjectiveCounts(objectives: readonly Objective[]): OkrLintFinding[] {
  const groups = new Map<string, Objective[]>();
  for (const objective of objectives) {
    const key = `${objective.quarter} ${objective.level} ${objective.level === 'team' ? objective.team : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), objective]);
  }
  return [...groups.values()]
    .filter((group) => group.length > MAX_OBJECTIVES)
    .map((group) => {
      const first = group[MAX_OBJECTIVES] as Objective;
      const whose = first.level === 'team' ? `team ${first.team}` : `the ${first.level} level`;
      return {
        rule: 'too-many-objectives' as const,
        objective: first.id,
        keyResult: null,
        at: first.at,
        message: `${group.length} objectives for ${whose} in ${first.quarter} (at most ${MAX_OBJECTIVES}): ${group.map((o) => o.id).join(', ')}`,
        action: `choose the ${MAX_OBJECTIVES} that matter most this quarter and drop or merge the rest`,
      };
    });
}

function lintKeyResult(
  objective: Objective,
  kr: KeyResult,
  span: { from: string; to: string },
  today: string,
): OkrLintFinding[] {
  const findings: OkrLintFinding[] = [];
  const add = (rule: OkrLintRule, message: string, action: string) =>
    findings.push({ rule, objective: objective.id, keyResult: kr.id, at: kr.at, message, action });
  if (kr.unit === 'boolean' || (kr.target === 1 && (kr.baseline ?? 0) === 0 && kr.unit === 'count'))
    add(
      'binary-key-result',
      'a yes/no key result shows no progress until it is done',
      'state the outcome as a number that moves during the quarter, with a baseline',
    );
  if (FEATURE_VERBS.test(kr.title.trim()) || FEATURE_WORDS.test(kr.title))
    add(
      'feature-as-key-result',
      `"${kr.title}" states a deliverable, not an outcome`,
      'move the deliverable to the roadmap and measure the change it should bring (e.g. conversion, lead time)',
    );
  if (kr.baseline === null)
    add(
      'no-baseline',
      'no baseline: progress cannot be measured',
      'add baseline: the value at the start of the quarter',
    );
  if (kr.metric === null && today >= span.from && today <= span.to) {
    const last = kr.checkIns.filter((checkIn) => checkIn.date <= today).at(-1)?.date;
    const since = last ?? shiftDayKey(span.from, -1);
    const days = daysBetween(since, today);
    if (days > STALE_AFTER_DAYS)
      add(
        'stale-check-in',
        last
          ? `last check-in ${days} days ago (${last})`
          : `no check-in in the ${days} days since the quarter started`,
        `record the current value: sextant okrs check-in ${kr.id} --value N`,
      );
  }
  return findings;
}
