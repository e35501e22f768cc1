/**
 * `sextant decisions …`: the architecture decision records in decisions/ and the architecture review
 * board's submissions in registers/architecture-reviews.yaml (docs/governance/decisions.md). Who may
 * decide what is `sextant who-decides`.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/decisions.js');
const loadReviews = () => import('./commands/decisions-reviews.js');

export function registerAdrCommands(program: Command): void {
  const decisions = program
    .command('decisions')
    .description(
      'architecture decision records (decisions/ADR-NNNN-*.md) and architecture review submissions',
    );
  decisions
    .command('list')
    .description('every decision record with its status; proposals waiting too long are flagged')
    .option(
      '--status <status>',
      'only records with this status: proposed, accepted, rejected, deprecated, superseded',
    )
    .option('--waiting-after <days>', 'flag proposals older than this many days (default 30)')
    .option('--json', 'print the list as JSON')
    .action(lazy(load, (m) => m.runDecisionsList));
  decisions
    .command('show')
    .argument('<id>', 'an ADR id (ADR-0007, or 7) or its file name')
    .description('one record: front matter, body and the line of decisions it replaced or was replaced by')
    .option('--json', 'print the record as JSON')
    .action(lazy(load, (m) => m.runDecisionsShow));
  decisions
    .command('new')
    .argument('<title>', 'what is being decided, e.g. "Use PostgreSQL for new services"')
    .description('write the next-numbered record as a proposal from the template; never overwrites a file')
    .option('--json', 'print the new file as JSON')
    .action(lazy(load, (m) => m.runDecisionsNew));
  const reviews = decisions
    .command('reviews')
    .description('architecture review board submissions: checklist, decision and conditions');
  reviews
    .command('list', { isDefault: true })
    .description('every submission with its state; pending ones with how long they have waited')
    .option('--state <state>', 'only pending, approved, approved-with-conditions, rejected or deferred ones')
    .option('--json', 'print the list as JSON')
    .action(lazy(loadReviews, (m) => m.runReviewsList));
  reviews
    .command('show')
    .argument('<id>', 'the submission id, e.g. ARB-2026-03')
    .description('one submission with its checklist item by item, the decision and its conditions')
    .option('--json', 'print the submission as JSON')
    .action(lazy(loadReviews, (m) => m.runReviewsShow));
}
