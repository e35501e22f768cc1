/**
 * Once per test run: (a) a migrated PGlite database dumped to a file, so each test's embedded store starts
 * from it instead of paying for a new cluster; (b) a PostgreSQL server with a migrated template database,
 * so each test's server store is a `CREATE DATABASE … TEMPLATE`. The server is TEST_DATABASE_URL when set,
 * else a throwaway cluster from Debian's PostgreSQL binaries. Without either the run fails: the store
 * contract is only proven if it runs on both engines, so it is never skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { DEFAULT_MIGRATIONS_FOLDER, openStore } from '../src/store/index.js';
import { runAdminQuery } from './support/postgres-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a migrated PGlite data folder (`dumpDataDir` tarball). */
    pgliteTemplateFile: string;
    /** A connection URL to a PostgreSQL database on the test server that may create databases. */
    postgresAdminUrl: string;
    /** The migrated database new test databases are copied from. */
    postgresTemplateDatabase: string;
    /** A folder for this run's shared scratch files (the synced demo's database dump, made on first use). */
    testScratchDir: string;
  }
}

const MISSING_POSTGRES_MESSAGE =
  'The store tests need PostgreSQL: install it (apt-get install -y postgresql) or set TEST_DATABASE_URL';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'sextant-test-'));
  const cleanups: (() => Promise<void>)[] = [() => rm(scratch, { recursive: true, force: true })];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    project.provide('testScratchDir', scratch);
    project.provide('pgliteTemplateFile', await dumpMigratedPglite(scratch));
    const server = await providePostgres();
    cleanups.push(server.stop);
    const template = await createTemplateDatabase(server.url);
    cleanups.push(template.drop);
    project.provide('postgresAdminUrl', server.url);
    project.provide('postgresTemplateDatabase', template.name);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function dumpMigratedPglite(scratch: string): Promise<string> {
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder: DEFAULT_MIGRATIONS_FOLDER });
    const dump = await client.dumpDataDir('none');
    const file = path.join(scratch, 'pglite-template.tar');
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
    return file;
  } finally {
    await client.close();
  }
}

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function providePostgres(): Promise<Server> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return { url, stop: async () => undefined };
  const bin = findPostgresBinaries();
  if (!bin) throw new Error(MISSING_POSTGRES_MESSAGE);
  return startThrowawayCluster(bin);
}

/** The newest `/usr/lib/postgresql/<version>/bin` that has initdb, Debian's layout. */
function findPostgresBinaries(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((version) => existsSync(path.join(base, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

/** PostgreSQL refuses to run as root, so as root the cluster belongs to (and runs as) `postgres`. */
async function startThrowawayCluster(bin: string): Promise<Server> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sextant-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, command), args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    await chown(root, uid, gid);
  }
  const data = path.join(root, 'data');
  const port = await findFreePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  const serverOptions = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', path.join(root, 'server.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      await rm(root, { recursive: true, force: true });
    },
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function createTemplateDatabase(
  adminUrl: string,
): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `sextant_template_${process.pid}_${Date.now()}`;
  await runAdminQuery(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  await store.close();
  return { name, drop: () => runAdminQuery(adminUrl, `drop database if exists "${name}" with (force)`) };
}
