/** `sextant tokens …` (API tokens and their roles) and `sextant audit` (reads of people data); docs/privacy.md. */
import type { Command } from 'commander';
import { VIEWER_ROLES } from '../domain/privacy.js';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/access.js');

export function registerAccessCommands(program: Command): void {
  const tokens = program
    .command('tokens')
    .description(
      'API tokens: each gives HTTP requests one role (viewer, manager, leader, people-partner, admin)',
    );
  tokens
    .command('create')
    .description('issue a token; its secret is printed once and only its hash is kept')
    .argument('<name>', 'a unique name for the token, e.g. hr-partner')
    .requiredOption('--role <role>', `one of ${VIEWER_ROLES.join(', ')}`)
    .option('--json', 'print the token as JSON')
    .action(lazy(load, (m) => m.runTokensCreate));
  tokens
    .command('list', { isDefault: true })
    .description('every token with its role, creation, last use and revocation (never the secret)')
    .option('--json', 'print the tokens as JSON')
    .action(lazyRead(load, (m) => m.runTokensList));
  tokens
    .command('revoke')
    .description('revoke a token: requests carrying it are refused from now on')
    .argument('<name>', 'the token name')
    .action(lazy(load, (m) => m.runTokensRevoke));
  program
    .command('audit')
    .description('the audit log: every read of people data, allowed or refused, newest first')
    .option('--actor <name>', 'only this actor (a token name, or "local operator")')
    .option('--since <date>', 'only entries from this day on, YYYY-MM-DD')
    .option('--limit <n>', 'at most this many entries (default 200)')
    .option('--json', 'print the entries as JSON')
    .action(lazyRead(load, (m) => m.runAudit));
}
