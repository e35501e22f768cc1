/**
 * The commit graph, the deployed changes and the failure attribution of one set of loaded records,
 * remembered by the identity of the record lists. A use case that reads DORA over many windows (the KPI
 * scorecard's six periods, a report's trend) hands the same cached lists to every window, and the walk
 * over the whole history is the expensive part: it then runs once instead of once per window. The result
 * depends only on its inputs, so remembering it changes no figure.
 */
import { attributeFailures } from '../attribution.js';
import { indexCommits, listDeployedChanges } from '../deployed-changes.js';
import type { DoraFacts } from './facts.js';

type Walk = {
  graph: ReturnType<typeof indexCommits>;
  changes: ReturnType<typeof listDeployedChanges>;
  attribution: ReturnType<typeof attributeFailures>;
};

interface Remembered {
  deployments: DoraFacts['deployments'];
  incidents: DoraFacts['incidents'];
  environments: string;
  walk: Walk;
}

const NO_COMMITS: NonNullable<DoraFacts['commits']> = [];
const NO_INCIDENTS: NonNullable<DoraFacts['incidents']> = [];
/** At most this many walks per commit list: a use case reads few combinations of lists. */
const KEEP = 4;
const remembered = new WeakMap<object, Remembered[]>();

export function walkHistory(facts: DoraFacts): Walk {
  const commits = facts.commits ?? NO_COMMITS;
  const incidents = facts.incidents ?? NO_INCIDENTS;
  const environments = JSON.stringify(facts.productionEnvironments ?? null);
  const entries = remembered.get(commits) ?? [];
  const hit = entries.find(
    (entry) =>
      entry.deployments === facts.deployments &&
      entry.incidents === incidents &&
      entry.environments === environments,
  );
  if (hit) return hit.walk;
  const graph = indexCommits(commits);
  const changes = listDeployedChanges(facts.deployments, graph, facts.productionEnvironments);
  const attribution = attributeFailures(facts.deployments, incidents, facts.productionEnvironments, {
    graph,
    changes,
  });
  const walk = { graph, changes, attribution };
  remembered.set(
    commits,
    [{ deployments: facts.deployments, incidents, environments, walk }, ...entries].slice(0, KEEP),
  );
  return walk;
}
