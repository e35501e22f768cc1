import { hasAnyRecord } from '../store/records.repo.js';
import type { AppContext } from './context.js';
import type { ReportScheduleStatus } from './report-scheduler.js';
import type { SourceStatus } from './scheduler.js';
import { readVersion } from './version.js';

export interface Health {
  status: 'ok';
  version: string;
  database: { engine: 'pglite' | 'postgres'; migrations: { applied: number; latest: string | null } };
  workspace: { org: string };
  /** Whether any observed record (commit, deployment, incident, …) is loaded: none means no source yet. */
  observed: { hasRecords: boolean };
  /** Each declared source's sync state while the server schedules them; empty otherwise. */
  sources: SourceStatus[];
  /** Each report schedule's state while the server sends them; absent when no scheduler runs. */
  reports?: ReportScheduleStatus[];
}

export async function readHealth(context: AppContext): Promise<Health> {
  return {
    status: 'ok',
    version: readVersion(),
    database: { engine: context.store.engine, migrations: await context.store.migrationLevel() },
    workspace: { org: context.workspace.config.org.name },
    observed: { hasRecords: await hasAnyRecord(context.store) },
    sources: context.scheduler?.statuses() ?? [],
    ...(context.reportScheduler ? { reports: context.reportScheduler.statuses() } : {}),
  };
}
