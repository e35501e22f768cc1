/**
 * `sextant tokens …` (API tokens and their roles), `sextant users …` (dashboard sign-in) and `sextant audit`
 * (reads of people data and every write); docs/privacy.md and docs/access.md.
 */
import type { Command } from 'commander';
import { VIEWER_ROLES } from '../domain/privacy.js';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/access.js');
const MANAGES_HELP =
  'for a manager: the team they manage (e.g. team:checkout); they read people data of it and the teams below it only';

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
    .option('--manages <team>', MANAGES_HELP)
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
  const users = program
    .command('users')
    .description(
      'users who sign in to the dashboard, each with one role, with a password (kept hashed) or through the identity provider',
    );
  const loadUsers = () => import('./commands/users.js');
  users
    .command('add')
    .description('add a user; the password comes from SEXTANT_PASSWORD or the first line of stdin')
    .argument('<name>', 'the sign-in name, e.g. ana')
    .requiredOption('--role <role>', `one of ${VIEWER_ROLES.join(', ')}`)
    .option('--manages <team>', MANAGES_HELP)
    .option('--json', 'print the user as JSON')
    .action(lazy(loadUsers, (m) => m.runUsersAdd));
  users
    .command('list', { isDefault: true })
    .description('every user with their role and how they sign in (never the password)')
    .option('--json', 'print the users as JSON')
    .action(lazyRead(loadUsers, (m) => m.runUsersList));
  users
    .command('set')
    .description("change a user's role or the team they manage; their sessions follow at once")
    .argument('<name>', 'the sign-in name')
    .option('--role <role>', `one of ${VIEWER_ROLES.join(', ')}`)
    .option('--manages <team>', MANAGES_HELP)
    .option('--no-manages', 'the user manages no team any more')
    .option('--json', 'print the user as JSON')
    .action(lazy(loadUsers, (m) => m.runUsersSet));
  users
    .command('passwd')
    .description("set a user's password (from SEXTANT_PASSWORD or stdin); their sessions end")
    .argument('<name>', 'the sign-in name')
    .action(lazy(loadUsers, (m) => m.runUsersPasswd));
  users
    .command('link')
    .description('let a user sign in through the identity provider as this identity')
    .argument('<name>', 'the sign-in name')
    .argument('<subject>', 'the identity: <issuer>#<sub>, as the audit log names it after a sign-in')
    .action(lazy(loadUsers, (m) => m.runUsersLink));
  users
    .command('unlink')
    .description('stop a user signing in through the identity provider')
    .argument('<name>', 'the sign-in name')
    .action(lazy(loadUsers, (m) => m.runUsersUnlink));
  users
    .command('remove')
    .description('remove a user; their sessions end')
    .argument('<name>', 'the sign-in name')
    .action(lazy(loadUsers, (m) => m.runUsersRemove));
  program
    .command('audit')
    .description('the audit log: every read of people data and every write, allowed or refused, newest first')
    .option('--actor <name>', 'only this actor (a token name, or "local operator")')
    .option('--since <date>', 'only entries from this day on, YYYY-MM-DD')
    .option('--limit <n>', 'at most this many entries (default 200)')
    .option('--json', 'print the entries as JSON')
    .action(lazyRead(load, (m) => m.runAudit));
}
