/**
 * Planned code changes: who opens which pull request in which repository, the commits on its branch, its
 * reviews and when it is merged or closed. Commits get their ids later (activity-commits.ts), when the
 * history of each repository is laid down in merge order.
 *
 * Rules: authors work on their own teams' repositories in their local working hours; reviewers come from
 * the owning team; the first review is nearly always by someone else; review queues are counted in
 * working hours, so a pull request opened on Friday evening waits for Monday.
 */
import { type CatalogService, findService } from './catalog.js';
import { type DemoOrg, listMembers } from './org.js';
import type { DemoPerson } from './people.js';
import { CONCENTRATED_SERVICE, measureReviewDelay } from './planted.js';
import type { Random } from './random.js';
import {
  addWorkingHours,
  DAY_MS,
  HOUR_MS,
  isoWeekday,
  MINUTE_MS,
  type OffsetLookup,
  parseDay,
  sampleWorkMinute,
  toUtc,
} from './time.js';
import { type DemoWindow, isAtWork, isEmployed, listDays, measureSeason } from './window.js';
import { writeCommitSubject, writeDirectSubject } from './wording.js';

export type MergeStrategy = 'rebase' | 'squash' | 'merge';

export interface PlannedCommit {
  author: DemoPerson;
  email: string;
  authoredAt: number;
  subject: string;
  additions: number;
  deletions: number;
  filesChanged: number;
}

export interface PlannedReview {
  reviewer: DemoPerson;
  state: 'approved' | 'changes-requested' | 'commented';
  at: number;
}

export interface PlannedPullRequest {
  repo: string;
  number: number;
  author: DemoPerson;
  title: string;
  headBranch: string;
  strategy: MergeStrategy;
  commits: PlannedCommit[];
  createdAt: number;
  reviews: PlannedReview[];
  state: 'open' | 'closed' | 'merged';
  draft: boolean;
  /** Merge or close time; absent while open. */
  endedAt?: number;
  /** Filled when the history is built: the commits that reached main and the tip of the merge. */
  landedShas: string[];
  mergeCommitSha?: string;
}

export interface PlannedDirectCommit {
  repo: string;
  commit: PlannedCommit;
}

export interface CodePlan {
  pullRequests: PlannedPullRequest[];
  directCommits: PlannedDirectCommit[];
}

/** Median time to first review per owning team, in working hours, before any planted slowdown. */
const REVIEW_HOURS: Record<string, number> = {
  storefront: 2.5,
  checkout: 2,
  'ranking-ml': 5,
  payments: 3.5,
  fulfilment: 4.5,
  'customer-care': 3,
  'platform-engineering': 2.5,
};

/** Chance per working day of a commit straight to main (release bumps, docs, small fixes). */
const DIRECT_RATE = 0.03;
const KEEPER_DIRECT_RATE = 0.12;

export function planCode(org: DemoOrg, window: DemoWindow, random: Random, offsets: OffsetLookup): CodePlan {
  const pullRequests: PlannedPullRequest[] = [];
  const directCommits: PlannedDirectCommit[] = [];
  const authors = org.people.filter((person) => person.prRate > 0);
  const weights = new Map(authors.map((person) => [person.name, weighRepositories(org, person)] as const));
  const strategies = new Map(org.services.map((service) => [service.name, pickStrategy(random)] as const));
  for (const dayMs of listDays(window)) {
    const weekday = isoWeekday(dayMs);
    const dayFactor = (weekday >= 6 ? 0.04 : 1) * measureSeason(dayMs);
    for (const author of authors) {
      if (!isAtWork(author, dayMs, window)) continue;
      const repoWeights = weights.get(author.name) ?? [];
      if (repoWeights.length === 0) continue;
      if (random.flip(author.prRate * dayFactor)) {
        const repo = random.pickWeighted(repoWeights);
        const preferred = strategies.get(repo) ?? 'rebase';
        const strategy = random.flip(0.85) ? preferred : pickStrategy(random);
        const pr = planPullRequest(org, window, random, offsets, { author, repo, dayMs, strategy });
        if (pr) pullRequests.push(pr);
      }
      const isKeeper = author.name === org.wmsKeeper.name;
      if (weekday < 6 && random.flip((isKeeper ? KEEPER_DIRECT_RATE : DIRECT_RATE) * dayFactor)) {
        const repo = isKeeper ? CONCENTRATED_SERVICE : random.pickWeighted(repoWeights);
        const at = toUtc(dayMs, sampleWorkMinute(random), offsets(author.timeZone, dayMs));
        if (at < window.endMs) {
          directCommits.push({
            repo,
            commit: planCommit(random, author, findService(repo), at, writeDirectSubject),
          });
        }
      }
    }
  }
  numberPullRequests(pullRequests, random);
  return { pullRequests, directCommits };
}

/**
 * Where a person's pull requests go: their teams' services weighted by how busy each is. The deprecated
 * WMS adapter is the planted exception: its keeper spends most of their time there and everyone else
 * almost never touches it.
 */
function weighRepositories(org: DemoOrg, person: DemoPerson): (readonly [string, number])[] {
  const entries: (readonly [string, number])[] = [];
  for (const { team, allocation } of person.teams) {
    const owned = org.services.filter((service) => service.owner === team);
    const targets = owned.length > 0 ? owned : facilitatedServices(org, team);
    for (const service of targets) {
      let weight = service.deploysPerWeek * allocation;
      if (service.name === CONCENTRATED_SERVICE) weight = person.name === org.wmsKeeper.name ? 40 : 0.04;
      entries.push([service.name, weight]);
    }
  }
  if (entries.length === 0 && person.level === 'IC6') {
    // The principal engineer works across the tier-1 services.
    for (const service of org.services.filter((candidate) => candidate.tier === 1))
      entries.push([service.name, 1]);
  }
  return entries;
}

/** An enabling team owns nothing; its engineers commit to the services of the teams they coach. */
function facilitatedServices(org: DemoOrg, team: string): CatalogService[] {
  const coached = org.teams.find((candidate) => candidate.name === team)?.interactions ?? [];
  const names = new Set(
    coached.filter((interaction) => interaction.mode === 'facilitating').map((i) => i.with),
  );
  names.add('platform-engineering');
  return org.services.filter((service) => names.has(service.owner) && service.name !== CONCENTRATED_SERVICE);
}

function pickStrategy(random: Random): MergeStrategy {
  return random.pickWeighted([
    ['rebase', 6],
    ['squash', 2],
    ['merge', 2],
  ] as const);
}

interface PrSeed {
  author: DemoPerson;
  repo: string;
  dayMs: number;
  strategy: MergeStrategy;
}

function planPullRequest(
  org: DemoOrg,
  window: DemoWindow,
  random: Random,
  offsets: OffsetLookup,
  seed: PrSeed,
): PlannedPullRequest | null {
  const { author, repo, strategy } = seed;
  const service = findService(repo);
  const count = Math.min(10, 1 + random.samplePoisson(2.5));
  const commits: PlannedCommit[] = [];
  let dayMs = seed.dayMs;
  let at = toUtc(dayMs, sampleWorkMinute(random), offsets(author.timeZone, dayMs));
  for (let index = 0; index < count; index += 1) {
    if (index > 0) at += random.sampleLogNormal(50, 0.8) * MINUTE_MS;
    const localHour = ((at - dayMs) / HOUR_MS + offsets(author.timeZone, dayMs) / 60 + 24) % 24;
    if (localHour > 19.5 || at - dayMs > DAY_MS) {
      // Carry on the next working morning rather than through the night.
      do dayMs += DAY_MS;
      while (isoWeekday(dayMs) >= 6);
      at = toUtc(dayMs, 9 * 60 + random.nextInt(0, 150), offsets(author.timeZone, dayMs));
    }
    commits.push(planCommit(random, author, service, at, writeCommitSubject));
  }
  const createdAt = at + random.sampleLogNormal(20, 0.7) * MINUTE_MS;
  if (createdAt >= window.endMs) return null;

  const reviewers = listMembers(org, service.owner).filter(
    (p) => p.name !== author.name && parseDay(p.startDate) <= createdAt && isEmployed(p, createdAt),
  );
  const offset = offsets('Europe/Berlin', createdAt);
  const queueHours = REVIEW_HOURS[service.owner] ?? 3;
  const backlogHours = measureReviewDelay(service.owner, createdAt, window);
  const reviews: PlannedReview[] = [];
  if (random.flip(0.03)) {
    reviews.push({ reviewer: author, state: 'commented', at: createdAt + random.nextInt(2, 30) * MINUTE_MS });
  }
  let endedAt: number | undefined;
  let state: PlannedPullRequest['state'] = 'merged';
  if (random.flip(0.06) || reviewers.length === 0) {
    state = 'closed';
    endedAt = createdAt + random.sampleLogNormal(30, 1) * HOUR_MS;
  } else {
    const reviewer = random.pick(reviewers);
    let reviewAt = addQueue(createdAt, random.sampleLogNormal(queueHours, 0.9), offset);
    if (backlogHours > 0) {
      // A growing backlog: the wait is calendar time, then the reviewer picks it up in office hours.
      reviewAt = addWorkingHours(
        reviewAt + backlogHours * random.sampleLogNormal(1, 0.4) * HOUR_MS,
        0,
        offset,
      );
    }
    const first = random.pickWeighted([
      ['approved', 55],
      ['commented', 20],
      ['changes-requested', 25],
    ] as const);
    reviews.push({ reviewer, state: first, at: reviewAt });
    if (first !== 'approved') {
      reviewAt = addQueue(reviewAt, random.sampleLogNormal(3, 0.8), offset);
      reviews.push({ reviewer, state: 'approved', at: reviewAt });
    }
    if (random.flip(0.3) && reviewers.length > 1) {
      const second = random.pick(reviewers.filter((p) => p.name !== reviewer.name));
      reviewAt = addQueue(reviewAt, random.sampleLogNormal(1.5, 0.8), offset);
      reviews.push({ reviewer: second, state: 'approved', at: reviewAt });
    }
    endedAt = addQueue(reviewAt, random.sampleLogNormal(0.6, 0.8), offset);
  }
  const visibleReviews = reviews.filter((review) => review.at < window.endMs).sort((a, b) => a.at - b.at);
  if (endedAt >= window.endMs) {
    state = 'open';
    endedAt = undefined;
  }
  const slug = (commits[0]?.subject ?? 'change')
    .replace(/^[a-z]+\([^)]*\): /, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return {
    repo,
    number: 0,
    author,
    title: commits[0]?.subject ?? 'Change',
    headBranch: `${author.login}/${slug.replace(/^-|-$/g, '').slice(0, 40)}`,
    strategy,
    commits,
    createdAt,
    reviews: visibleReviews,
    state,
    draft: state === 'open' && visibleReviews.length === 0 && random.flip(0.3),
    ...(endedAt === undefined ? {} : { endedAt }),
    landedShas: [],
  };
}

export function planCommit(
  random: Random,
  author: DemoPerson,
  service: CatalogService,
  at: number,
  write: (random: Random, service: CatalogService) => string,
): PlannedCommit {
  const alternate = author.gitEmails[1];
  return {
    author,
    email: alternate && random.flip(0.2) ? alternate : (author.gitEmails[0] ?? author.email),
    authoredAt: at,
    subject: write(random, service),
    additions: Math.round(random.sampleLogNormal(35, 1.1)),
    deletions: Math.round(random.sampleLogNormal(12, 1.2)),
    filesChanged: 1 + random.samplePoisson(2.2),
  };
}

/** Working-hours queue in the org's office clock, plus a few minutes of reading. */
function addQueue(fromMs: number, hours: number, offsetMinutes: number): number {
  return addWorkingHours(fromMs, Math.min(hours, 120), offsetMinutes) + 2 * MINUTE_MS;
}

/** Pull request numbers count up per repository in order of creation, from where each repo was a year ago. */
function numberPullRequests(pullRequests: PlannedPullRequest[], random: Random): void {
  pullRequests.sort((a, b) => a.createdAt - b.createdAt || a.repo.localeCompare(b.repo));
  const next = new Map<string, number>();
  for (const pr of pullRequests) {
    const number = next.get(pr.repo) ?? random.nextInt(120, 1800);
    pr.number = number;
    next.set(pr.repo, number + 1);
  }
}
