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
  /**
   * One of the commits counted (the greatest id), as the record behind the figure. Only one: collecting
   * the newest few would sort every commit of the window, the bulk of the read's time.
   */
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

/**
 * The groups come back packed in one text value, a line per group, because an organization's window holds
 * tens of thousands of (author, service) groups and the embedded engine spends more on handing over each
 * result row than on the grouping itself: one value is read about twice as fast.
 */
export async function listCommitsByAuthorAndService(
  store: StoreSession,
  window: Window,
): Promise<AuthorServiceCommits[]> {
  const [packed] = await store.query<{ lines: string | null }>(
    `select string_agg(concat_ws(E'\\t', author, service, commits, id), E'\\n' order by service, author) as lines
       from (select c.author_email as author, s.service, count(*) as commits, max(c.id) as id
               from commits c cross join unnest(c.services) as s(service)
              where c.committed_at >= $1 and c.committed_at < $2
              group by c.author_email, s.service) as grouped`,
    [window.from.toISOString(), window.to.toISOString()],
  );
  if (!packed?.lines) return [];
  return packed.lines.split('\n').map((line) => {
    const [authorEmail = '', service = '', commits = '0', id = ''] = line.split('\t');
    return { authorEmail, service, commits: Number(commits), recordIds: [id] };
  });
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
