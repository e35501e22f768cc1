/**
 * `sextant users add|list|passwd|remove`: local users who sign in to the dashboard. A password is read from
 * the SEXTANT_PASSWORD environment variable, else from the first line of standard input, never from an
 * argument (arguments show in the process list and the shell history).
 */
import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  createUser,
  listAllUsers,
  MIN_PASSWORD_LENGTH,
  removeUser,
  setUserPassword,
} from '../../services/users.service.js';
import { printData, printJson, say } from '../output.js';
import { formatTable } from '../table.js';
import { withContext } from '../with-context.js';

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

export async function runUsersAdd(name: string, options: { role: string; json?: boolean }, command: Command) {
  const password = await readPassword();
  await withContext(command, async (context) => {
    const user = await createUser(context, { name, role: options.role, password });
    if (options.json) printJson(user);
    else say(`User "${user.name}" (${user.role}) added; they sign in to the dashboard with that password.`);
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
        ['name', 'role', 'created', 'password changed'],
        rows.map((row) => [
          row.name,
          row.role,
          row.createdAt.toISOString().slice(0, 16),
          row.passwordChangedAt.toISOString().slice(0, 16),
        ]),
      ),
    );
  });
}

export async function runUsersPasswd(name: string, _options: unknown, command: Command) {
  const password = await readPassword();
  await withContext(command, async (context) => {
    await setUserPassword(context, name, password);
    say(`Password of "${name}" changed; their sessions have ended.`);
  });
}

export async function runUsersRemove(name: string, _options: unknown, command: Command) {
  await withContext(command, async (context) => {
    await removeUser(context, name);
    say(`User "${name}" removed; their sessions have ended.`);
  });
}
