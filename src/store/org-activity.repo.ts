/**
 * What people did across the organization in a window, read for the org health findings: commits per
 * author and service (a commit touching two services counts once for each), the pages sources reported
 * with the service of their incident, and the incidents no source reported pages for, whose commander and
 * responders stand in for them (as the on-call view does). Windows are `[from, to)` instants.
 */
import type { StoreSession } from './store.js';

export interface AuthorServiceCommits {
  authorEmail: string;
  service: string;
  commits: number;
  /** The newest commit ids, at most the limit asked for. */
  recordIds: string[];
}

export interface PageWithService {
  id: string;
  incidentId: string;
  system: string;
  actor: string;
  actorName: string | null;
  /** The service of the page's incident; null when the incident has none or is not stored. */
  service: string | null;
}

export interface UnpagedIncident {
  id: string;
  source: string;
  service: string | null;
  commander: string | null;
  responders: string[];
}

interface Window {
  from: Date;
  to: Date;
}

export async function listCommitsByAuthorAndService(
  store: StoreSession,
  window: Window,
  options: { recordIdLimit: number },
): Promise<AuthorServiceCommits[]> {
  const rows = await store.query<{ author: string; service: string; commits: number; ids: string[] }>(
    `select c.author_email as author, s.service, count(*)::int as commits,
            (array_agg(c.id order by c.committed_at desc, c.id))[1:$3] as ids
       from commits c cross join unnest(c.services) as s(service)
      where c.committed_at >= $1 and c.committed_at < $2
      group by c.author_email, s.service
      order by s.service, c.author_email`,
    [window.from.toISOString(), window.to.toISOString(), options.recordIdLimit],
  );
  return rows.map((row) => ({
    authorEmail: row.author,
    service: row.service,
    commits: Number(row.commits),
    recordIds: row.ids ?? [],
  }));
}

/** Pages in the window, each with the service of its incident. */
export async function listPagesWithService(store: StoreSession, window: Window): Promise<PageWithService[]> {
  return store.query<PageWithService>(
    `select p.id, p.incident_id as "incidentId", p.system, p.actor, p.actor_name as "actorName", i.service
       from oncall_pages p left join incidents i on i.id = p.incident_id
      where p.at >= $1 and p.at < $2
      order by p.at, p.id`,
    [window.from.toISOString(), window.to.toISOString()],
  );
}

/** Incidents that started in the window and have no page from a source. */
export async function listUnpagedIncidents(store: StoreSession, window: Window): Promise<UnpagedIncident[]> {
  return store.query<UnpagedIncident>(
    `select i.id, i.source, i.service, i.commander, i.responders
       from incidents i
      where i.started_at >= $1 and i.started_at < $2
        and not exists (select 1 from oncall_pages p where p.incident_id = i.id)
      order by i.started_at, i.id`,
    [window.from.toISOString(), window.to.toISOString()],
  );
}
