import { isDeepStrictEqual } from 'node:util';
import { startServer } from '../../api/server.js';
import { readConfig } from '../../config.js';
import { InputError, NotAllowedError } from '../../domain/errors.js';
import { type AppContext, closeContext } from '../../services/context.js';
import { keepKpiScorecard } from '../../services/kpi-keeper.js';
import { scheduleReports } from '../../services/report-scheduler.js';
import { scheduleSources } from '../../services/sources.service.js';
import { hasCredentials } from '../../services/users.service.js';
import { watchWorkspace } from '../../services/workspace-reload.js';
import { say } from '../output.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The sources of sextant.yaml that declare an interval, synced on it. */
function startSources(context: AppContext) {
  const scheduled = context.workspace.config.sources.filter((source) => source.every !== undefined);
  if (scheduled.length > 0)
    say(`Syncing ${scheduled.map((source) => source.name).join(', ')} on their schedules`);
  return scheduleSources(context, { log: say });
}

/** The report schedules of sextant.yaml, sent on time; undefined when there are none. */
function startReports(context: AppContext) {
  const names = context.workspace.config.reports.schedules.map((schedule) => schedule.name);
  if (names.length === 0) {
    delete context.reportScheduler;
    return undefined;
  }
  say(`Sending reports ${names.join(', ')} on their schedules`);
  return scheduleReports(context, { log: say });
}

/** Serves the API until SIGINT or SIGTERM, then closes the server and releases the database. */
export async function serveUntilStopped(context: AppContext, options: { port?: string; host?: string }) {
  const config = readConfig();
  const host = options.host ?? config.host;
  const port = options.port === undefined ? config.port : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InputError(`--port must be a port number from 0 to 65535; found "${options.port}"`);
  }
  const beyondLocalhost = !LOOPBACK.has(host);
  if (beyondLocalhost) {
    // With an identity provider, people can sign in (and be made users) without anything stored yet.
    if (!config.oidc && !(await hasCredentials(context)))
      throw new NotAllowedError(
        `Refusing to serve on ${host}: beyond localhost every request needs credentials, and there are none yet. ` +
          'Add a user (sextant users add NAME --role ROLE) or a token (sextant tokens create NAME --role ROLE), ' +
          'or configure an identity provider (SEXTANT_OIDC_ISSUER, docs/access.md) first',
      );
  }
  const server = await startServer(context, { port, host, log: say, requireAuthentication: beyondLocalhost });
  if (beyondLocalhost)
    say('Every request needs an API token or a signed-in user: this server is reachable beyond localhost');
  say(`Serving the Sextant API on ${server.url}/api and the dashboard on ${server.url}/ (Ctrl+C to stop)`);
  let scheduler = startSources(context);
  let reports = startReports(context);
  // Today's KPI cards stay stored as days turn and data comes in, so the overview reads them at once.
  const kpis = keepKpiScorecard(context, { log: say });
  // Edits to the workspace files (a CLI check-in, a git pull) are served without a restart; the schedulers
  // read their schedules when they start, so they start again when sextant.yaml changes them.
  const watcher = watchWorkspace(context, {
    log: say,
    onReload: async ({ previous }) => {
      if (!previous) return;
      const before = previous.config;
      const after = context.workspace.config;
      if (!isDeepStrictEqual(before.sources, after.sources)) {
        await scheduler.stop();
        scheduler = startSources(context);
      }
      if (!isDeepStrictEqual(before.reports, after.reports) || before.timezone !== after.timezone) {
        await reports?.stop();
        reports = startReports(context);
      }
    },
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  say('Stopping…');
  await watcher.stop();
  await scheduler.stop();
  await reports?.stop();
  await kpis.stop();
  await server.close();
  await closeContext(context);
}
