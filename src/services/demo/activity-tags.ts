/**
 * Git tags. A few services release by tag: each production deployment of theirs ships an annotated
 * semantic-version tag (`v2.14.3`) on the commit it deploys, tagged by someone on the owning team when
 * the deployment finished. Planned releases bump the minor or patch version, hotfixes the patch; a
 * rollback redeploys the older commit's existing tag. Those deployments carry the tag as `ref` and
 * `method: 'tag'`.
 *
 * A couple of lightweight tags (no tagger, no date) mark moments engineers wanted to find again.
 */
import type { Deployment } from '../../domain/records/deployment.js';
import type { Tag } from '../../domain/records/tag.js';
import { findHead, GIT_SOURCE, type MainlineHead } from './activity-commits.js';
import { type DemoOrg, listMembers } from './org.js';
import type { DemoPerson } from './people.js';
import type { Random } from './random.js';
import { DAY_MS, formatInstant, type OffsetLookup, parseDay } from './time.js';
import { type DemoWindow, isAtWork } from './window.js';

/** Services whose pipelines deploy on a pushed release tag. */
export const TAG_RELEASED_SERVICES = [
  'api-gateway',
  'ledger-service',
  'invoicing-service',
  'deploy-orchestrator',
];

/** Lightweight tags: repository, name and how far into the window the tagged main head is. */
const LIGHTWEIGHT_TAGS: readonly (readonly [string, string, number])[] = [
  ['search-ranking', 'ltr-baseline', 0.22],
  ['wms-adapter', 'before-stock-sync-rewrite', 0.57],
  ['developer-portal', 'hackathon-demo', 0.81],
];

export function toTagKey(repo: string, name: string): string {
  return `${repo}@refs/tags/${name}`;
}

export function tagReleases(
  org: DemoOrg,
  deployments: readonly Deployment[],
  mainlines: Map<string, MainlineHead[]>,
  window: DemoWindow,
  random: Random,
  offsets: OffsetLookup,
): { deployments: Deployment[]; tags: Tag[] } {
  const tags: Tag[] = [];
  const versions = new Map<string, [number, number, number]>();
  const tagged = new Map<string, string>();
  const released = new Set(TAG_RELEASED_SERVICES);
  const tagOf = (deployment: Deployment): string => {
    const repo = deployment.repository ?? deployment.service;
    const existing = tagged.get(`${repo}@${deployment.commitSha}`);
    if (existing) return existing;
    let [major, minor, patch] = versions.get(repo) ?? [random.nextInt(1, 3), random.nextInt(2, 24), 0];
    if (deployment.hotfixFor || !random.flip(0.3)) patch += 1;
    else [minor, patch] = [minor + 1, 0];
    versions.set(repo, [major, minor, patch]);
    const name = `v${major}.${minor}.${patch}`;
    const at = Date.parse(deployment.finishedAt);
    const tagger = pickTagger(org, deployment.service, at, window, random);
    tags.push({
      source: GIT_SOURCE,
      key: toTagKey(repo, name),
      repository: repo,
      name,
      sha: deployment.commitSha,
      annotated: true,
      taggedAt: formatInstant(at, offsets(tagger.timeZone, at)),
      taggerEmail: tagger.gitEmails[0] ?? tagger.email,
    });
    tagged.set(`${repo}@${deployment.commitSha}`, name);
    return name;
  };
  const withRefs = deployments.map((deployment) => {
    if (!released.has(deployment.service)) return deployment;
    const { method: _method, rollbackOf, hotfixFor, unplanned, ...head } = deployment;
    return {
      ...head,
      ref: tagOf(deployment),
      method: 'tag' as const,
      ...(rollbackOf ? { rollbackOf } : {}),
      ...(hotfixFor ? { hotfixFor } : {}),
      unplanned,
    };
  });
  for (const [repo, name, share] of LIGHTWEIGHT_TAGS) {
    const at = window.startMs + share * (window.endMs - window.startMs);
    const sha = findHead(mainlines.get(repo) ?? [], at);
    if (!sha) continue;
    tags.push({
      source: GIT_SOURCE,
      key: toTagKey(repo, name),
      repository: repo,
      name,
      sha,
      annotated: false,
    });
  }
  return { deployments: withRefs, tags };
}

/** Someone on the owning team who is at work that day; the team's longest-serving member otherwise. */
function pickTagger(
  org: DemoOrg,
  service: string,
  at: number,
  window: DemoWindow,
  random: Random,
): DemoPerson {
  const owner = org.services.find((candidate) => candidate.name === service)?.owner ?? '';
  const members = listMembers(org, owner).filter((person) => person.prRate > 0.2);
  const dayMs = Math.floor(at / DAY_MS) * DAY_MS;
  const present = members.filter((person) => isAtWork(person, dayMs, window));
  if (present.length > 0) return random.pick(present);
  const started = [...members].sort((a, b) => parseDay(a.startDate) - parseDay(b.startDate))[0];
  return started ?? org.wmsKeeper;
}
