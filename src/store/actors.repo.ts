/**
 * Every distinct actor the observed records name (commit authors and committers, pull request authors,
 * reviewers, assignees, incident commanders and responders), with how many records name each. Identity
 * resolution runs over this list rather than over every record.
 */
import type { StoreSession } from './store.js';

export interface ActorCount {
  type: string;
  source: string;
  /** Which field named the actor, e.g. `authorEmail`. */
  field: string;
  actor: string;
  records: number;
}

const ACTOR_QUERY = `
  select 'commit' as type, source, 'authorEmail' as field, author_email as actor, count(*)::int as records
    from commits group by source, author_email
  union all
  select 'commit', source, 'committerEmail', committer_email, count(*)::int from commits group by source, committer_email
  union all
  select 'pull-request', source, 'author', author, count(*)::int from pull_requests group by source, author
  union all
  select 'review', source, 'reviewer', reviewer, count(*)::int from reviews group by source, reviewer
  union all
  select 'work-item', source, 'assignee', assignee, count(*)::int from work_items
    where assignee is not null group by source, assignee
  union all
  select 'incident', source, 'commander', commander, count(*)::int from incidents
    where commander is not null group by source, commander
  union all
  select 'incident', source, 'responders', responder, count(*)::int
    from incidents cross join unnest(responders) as responder group by source, responder`;

export async function listActorCounts(store: StoreSession): Promise<ActorCount[]> {
  return store.query<ActorCount>(ACTOR_QUERY);
}
