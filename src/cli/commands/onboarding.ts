/** `sextant onboarding list|show|cohort`. The CLI reads as the local operator, still through the gate. */
import type { Command } from 'commander';
import { LOCAL_OPERATOR } from '../../services/access.service.js';
import { closeContext, openContext } from '../../services/context.js';
import { getOnboarding, listOnboarding, onboardingCohort } from '../../services/onboarding.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatCohort, formatPlanDetail, formatPlanList } from './onboarding-text.js';

type Options = { json?: boolean; asOf?: string; year?: string };

export async function runOnboardingList(options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const list = await listOnboarding(context, LOCAL_OPERATOR, { asOf: options.asOf }, new Date());
    if (options.json) printJson(list);
    else printData(formatPlanList(list));
  } finally {
    await closeContext(context);
  }
}

export async function runOnboardingShow(person: string, options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const plan = await getOnboarding(context, LOCAL_OPERATOR, person, { asOf: options.asOf }, new Date());
    if (options.json) printJson(plan);
    else printData(formatPlanDetail(plan));
  } finally {
    await closeContext(context);
  }
}

export async function runOnboardingCohort(options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const cohort = await onboardingCohort(
      context,
      LOCAL_OPERATOR,
      { year: options.year, asOf: options.asOf },
      new Date(),
    );
    if (options.json) printJson(cohort);
    else printData(formatCohort(cohort));
  } finally {
    await closeContext(context);
  }
}
