import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  listArchitectureReviews,
  REVIEW_STATES,
  type ReviewState,
  showArchitectureReview,
} from '../../services/architecture-reviews.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatReview, formatReviewList } from './decisions-reviews-text.js';

type JsonOption = { json?: boolean };

const load = (command: Command) => openWorkspaceContext(resolveWorkspaceDir(command));

export async function runReviewsList(options: JsonOption & { state?: string }, command: Command) {
  const state = parseState(options.state);
  const list = await listArchitectureReviews(await load(command), { state }, new Date());
  if (options.json) printJson(list);
  else printData(formatReviewList(list));
}

export async function runReviewsShow(id: string, options: JsonOption, command: Command) {
  const review = await showArchitectureReview(await load(command), id, new Date());
  if (options.json) printJson(review);
  else printData(formatReview(review));
}

function parseState(value: string | undefined): ReviewState | undefined {
  if (value === undefined) return undefined;
  if ((REVIEW_STATES as readonly string[]).includes(value)) return value as ReviewState;
  throw new InputError(
    `--state "${value}" is not a review state; expected one of ${REVIEW_STATES.join(', ')}`,
  );
}
