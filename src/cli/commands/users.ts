/**
 * `sextant users add|list|set|passwd|link|unlink|remove`: users who sign in to the dashboard, with a password or
 * through the identity provider (docs/access.md). A password is read from
 * the SEXTANT_PASSWORD environment variable, else from the first line of standard input, never from an
 * argument (arguments show in the process list and the shell history).
 */
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { InputError } from '../../domain/errors.js';
import { resolveManagedTeam } from '../../services/access.service.js';
import {
  changeUserAccess,
  createUser,
  linkUserToOidc,
  listAllUsers,
  MIN_PASSWORD_LENGTH,
  removeUser,
  setUserPassword,
  type UserRow,
} from '../../services/users.service.js';
import { printData, printJson, say } from '../output.js';
import { formatTable } from '../table.js';
import { withContext } from '../with-context.js';
import { describeRole, MANAGES_NOTHING } from './access.js';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.SEXTANT_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (process.stdin.isTTY)
    say(`Password (at least ${MIN_PASSWORD_LENGTH} characters), then Enter; it is shown as you type:`);
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '')
    throw new InputError('No password given', [
      {
        path: 'password',
        message: 'missing',
        expected: 'the SEXTANT_PASSWORD environment variable, or a line on standard input',
      },
    ]);
  return password;
}

export async function runUsersAdd(
  name: string,
  options: { role: string; manages?: string; json?: boolean },
  command: Command,
) {
  const password = await readPassword();
  await withContext(command, async (context) => {
    const manages =
      options.manages === undefined ? undefined : resolveManagedTeam(context.workspace, options.manages);
    const user = await createUser(context, { name, role: options.role, password, manages });
    if (options.json) printJson(user);
    else {
      say(
        `User "${user.name}" (${describeRole(user)}) added; they sign in to the dashboard with that password.`,
      );
      if (user.role === 'manager' && user.manages === null) say(MANAGES_NOTHING);
    }
  });
}

export async function runUsersList(options: { json?: boolean }, command: Command) {
  await withContext(command, async (context) => {
    const rows = await listAllUsers(context);
    if (options.json) return printJson(rows);
    if (rows.length === 0)
      return printData('No users. Add one with: SEXTANT_PASSWORD=… sextant users add NAME --role ROLE');
    printData(
      formatTable(
        ['name', 'role', 'manages', 'signs in with', 'created', 'password changed'],
        rows.map((row) => [
          row.name,
          row.role,
          row.manages ?? '-',
          signInMethods(row),
          row.createdAt.toISOString().slice(0, 16),
          row.hasPassword ? row.passwordChangedAt.toISOString().slice(0, 16) : '-',
        ]),
      ),
    );
  });
}

/** How the user signs in: `password`, `oidc <issuer>#<sub>`, both, or `nothing`. */
function signInMethods(row: UserRow): string {
  const methods = [row.hasPassword ? 'password' : '', row.oidcSubject ? `oidc ${row.oidcSubject}` : ''];
  return methods.filter(Boolean).join(', ') || 'nothing';
}

export async function runUsersSet(
  name: string,
  options: { role?: string; manages?: string | false; json?: boolean },
  command: Command,
) {
  if (options.role === undefined && options.manages === undefined)
    throw new InputError('Nothing to change', [
      {
        path: 'options',
        message: 'no change given',
        expected: '--role ROLE, --manages TEAM or --no-manages',
      },
    ]);
  await withContext(command, async (context) => {
    const manages =
      options.manages === undefined
        ? undefined
        : options.manages === false
          ? null
          : resolveManagedTeam(context.workspace, options.manages);
    const user = await changeUserAccess(context, name, { role: options.role, manages });
    if (options.role !== undefined && user.oidcSubject !== null && readConfig().oidc?.roleClaim)
      say(
        `"${user.name}" signs in through the identity provider, whose role claim (SEXTANT_OIDC_ROLE_CLAIM) sets the role again at each sign-in.`,
      );
    if (options.json) return printJson(user);
    say(`User "${user.name}" is now ${describeRole(user)}; their sessions follow from their next request.`);
    if (user.role === 'manager' && user.manages === null) say(MANAGES_NOTHING);
  });
}

export async function runUsersPasswd(name: string, _options: unknown, command: Command) {
  const password = await readPassword();
  await withContext(command, async (context) => {
    await setUserPassword(context, name, password);
    say(`Password of "${name}" changed; their sessions have ended.`);
  });
}

export async function runUsersLink(name: string, subject: string, _options: unknown, command: Command) {
  await withContext(command, async (context) => {
    await linkUserToOidc(context, name, subject);
    say(`User "${name}" now signs in through the identity provider as ${subject}.`);
  });
}

export async function runUsersUnlink(name: string, _options: unknown, command: Command) {
  await withContext(command, async (context) => {
    await linkUserToOidc(context, name, null);
    say(`User "${name}" no longer signs in through the identity provider.`);
  });
}

export async function runUsersRemove(name: string, _options: unknown, command: Command) {
  await withContext(command, async (context) => {
    await removeUser(context, name);
    say(`User "${name}" removed; their sessions have ended.`);
  });
}
