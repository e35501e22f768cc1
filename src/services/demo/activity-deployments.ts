/**
 * Production deployments per service. Each planned deployment ships the main head of the service's
 * repository (skipped when nothing changed since the last good one) during Berlin office hours, Monday to
 * Thursday: Fernwood freezes Fridays, except for commerce in month-end push weeks (planted.ts).
 *
 * A deployment can go wrong in three ways, each leaving the evidence the change-failure-rate definition
 * counts: the job fails (`failure`); it is rolled back (`rolled-back`, then a redeploy of the previous
 * good commit with `rollbackOf`); or it succeeds but causes an incident, repaired by an unplanned hotfix
 * deployment with `hotfixFor`. Incidents themselves are written by activity-incidents.ts from the causes
 * returned here.
 */
import type { Deployment } from '../../domain/records/deployment.js';
import type { MainlineHead } from './activity-commits.js';
import { findHead } from './activity-commits.js';
import { type CatalogService, SYSTEMS } from './catalog.js';
import { ORG_TIMEZONE } from './org.js';
import { FRIDAY_DOMAIN, isPushFriday } from './planted.js';
import type { Random } from './random.js';
import { DAY_MS, formatInstant, HOUR_MS, isoWeekday, MINUTE_MS, type OffsetLookup, toUtc } from './time.js';
import { type DemoWindow, listDays, measureSeason } from './window.js';

export const DEPLOY_SOURCE = 'demo-deploy';

/** A deployment that hurt users: the incident it caused starts and is mitigated at these instants. */
export interface IncidentCause {
  deploymentId: string;
  service: string;
  startedAt: number;
  mitigatedAt: number;
}

interface Draft {
  service: string;
  startedAt: number;
  finishedAt: number;
  result: Deployment['result'];
  sha: string;
  method: Deployment['method'];
  unplanned: boolean;
  rollbackOf?: Draft;
  hotfixFor?: Draft;
  id?: string;
}

interface Odds {
  failure: number;
  rolledBack: number;
  incident: number;
}

const BASELINE: Odds = { failure: 0.03, rolledBack: 0.02, incident: 0.018 };
const PUSH_FRIDAY: Odds = { failure: 0.12, rolledBack: 0.18, incident: 0.22 };

export function generateDeployments(
  services: readonly CatalogService[],
  mainlines: Map<string, MainlineHead[]>,
  window: DemoWindow,
  random: Random,
  offsets: OffsetLookup,
): { deployments: Deployment[]; causes: IncidentCause[] } {
  const deployments: Deployment[] = [];
  const causes: IncidentCause[] = [];
  for (const service of services) {
    const mainline = mainlines.get(service.name) ?? [];
    const pushesOnFridays =
      SYSTEMS.find((system) => system.name === service.system)?.domain === FRIDAY_DOMAIN;
    const planned = planServiceDeployments(service, mainline, pushesOnFridays, window, random, offsets);
    planned.drafts.sort((a, b) => a.startedAt - b.startedAt);
    planned.drafts.forEach((draft, index) => {
      draft.id = `${DEPLOY_SOURCE}:${service.name}/${index + 1}`;
    });
    for (const draft of planned.drafts) deployments.push(toDeployment(draft));
    for (const cause of planned.causes) {
      causes.push({
        deploymentId: cause.draft.id ?? '',
        service: service.name,
        startedAt: cause.startedAt,
        mitigatedAt: cause.mitigatedAt,
      });
    }
  }
  deployments.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt) || a.key.localeCompare(b.key));
  return { deployments, causes };
}

function planServiceDeployments(
  service: CatalogService,
  mainline: readonly MainlineHead[],
  pushesOnFridays: boolean,
  window: DemoWindow,
  random: Random,
  offsets: OffsetLookup,
) {
  const drafts: Draft[] = [];
  const causes: { draft: Draft; startedAt: number; mitigatedAt: number }[] = [];
  const positions = new Map(mainline.map((head, index) => [head.sha, index] as const));
  let pending: Draft[] = [];
  let lastGood: string | undefined;
  const settle = (until: number) => {
    for (const draft of pending.filter((candidate) => candidate.finishedAt <= until)) {
      drafts.push(draft);
      lastGood = draft.sha;
    }
    pending = pending.filter((candidate) => candidate.finishedAt > until);
  };
  const unplanned = (sha: string, at: number, link: Pick<Draft, 'rollbackOf' | 'hotfixFor'>): Draft => {
    const draft: Draft = {
      service: service.name,
      startedAt: at,
      finishedAt: at + deployMinutes(random),
      result: 'success',
      sha,
      method: 'api',
      unplanned: true,
      ...link,
    };
    pending.push(draft);
    return draft;
  };

  for (const dayMs of listDays(window)) {
    const weekday = isoWeekday(dayMs);
    const pushFriday = pushesOnFridays && isPushFriday(dayMs);
    if (weekday >= 6 || (weekday === 5 && !pushFriday)) continue;
    const mean = pushFriday
      ? service.deploysPerWeek * 0.5
      : (service.deploysPerWeek / 4) * measureSeason(dayMs);
    const offset = offsets(ORG_TIMEZONE, dayMs);
    const [from, to] = pushFriday ? [13 * 60, 17 * 60 + 30] : [9 * 60 + 30, 17 * 60];
    const times = Array.from({ length: random.samplePoisson(mean) }, () =>
      toUtc(dayMs, random.nextInt(from, to), offset),
    );
    for (const startedAt of times.sort((a, b) => a - b)) {
      settle(startedAt);
      const sha = findHead(mainline, startedAt - 10 * MINUTE_MS);
      if (!sha || sha === lastGood) continue;
      const finishedAt = startedAt + deployMinutes(random);
      if (finishedAt >= window.endMs) continue;
      const draft: Draft = {
        service: service.name,
        startedAt,
        finishedAt,
        result: 'success',
        sha,
        method: 'ci-job',
        unplanned: false,
      };
      drafts.push(draft);
      const odds = pushFriday ? PUSH_FRIDAY : BASELINE;
      const roll = random.nextFloat();
      if (roll < odds.failure || (roll < odds.failure + odds.rolledBack && !lastGood)) {
        draft.result = 'failure';
      } else if (roll < odds.failure + odds.rolledBack && lastGood) {
        draft.result = 'rolled-back';
        const rollback = unplanned(lastGood, finishedAt + random.sampleLogNormal(20, 0.5) * MINUTE_MS, {
          rollbackOf: draft,
        });
        if (random.flip(0.5)) {
          causes.push({
            draft,
            startedAt: finishedAt + random.nextInt(3, 15) * MINUTE_MS,
            mitigatedAt: rollback.finishedAt,
          });
        }
      } else {
        lastGood = sha;
        if (roll < odds.failure + odds.rolledBack + odds.incident) {
          const incidentAt = finishedAt + random.sampleLogNormal(60, 0.8) * MINUTE_MS;
          let fixAt = incidentAt + random.sampleLogNormal(2.5, 0.6) * HOUR_MS;
          let fix = findHead(mainline, fixAt);
          if (fix === sha) {
            // Nothing new on main yet: the fix ships with the next commit if it comes within three days.
            const next = mainline[(positions.get(sha) ?? mainline.length) + 1];
            fix = next && next.at < incidentAt + 3 * DAY_MS ? next.sha : undefined;
            if (next && fix) fixAt = next.at + 20 * MINUTE_MS;
          }
          let mitigatedAt = incidentAt + random.sampleLogNormal(3, 0.7) * HOUR_MS;
          if (fix && fix !== sha) mitigatedAt = unplanned(fix, fixAt, { hotfixFor: draft }).finishedAt;
          causes.push({ draft, startedAt: incidentAt, mitigatedAt });
        }
      }
    }
  }
  settle(window.endMs - 1);
  return { drafts, causes: causes.filter((cause) => cause.startedAt < window.endMs) };
}

function deployMinutes(random: Random): number {
  return Math.max(2, random.sampleLogNormal(8, 0.4)) * MINUTE_MS;
}

function toDeployment(draft: Draft): Deployment {
  return {
    source: DEPLOY_SOURCE,
    key: (draft.id ?? '').slice(DEPLOY_SOURCE.length + 1),
    service: draft.service,
    environment: 'production',
    startedAt: formatInstant(draft.startedAt),
    finishedAt: formatInstant(draft.finishedAt),
    result: draft.result,
    commitSha: draft.sha,
    repository: draft.service,
    method: draft.method,
    ...(draft.rollbackOf?.id ? { rollbackOf: draft.rollbackOf.id } : {}),
    ...(draft.hotfixFor?.id ? { hotfixFor: draft.hotfixFor.id } : {}),
    unplanned: draft.unplanned,
  };
}
