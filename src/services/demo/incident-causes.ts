/**
 * Why each demo incident happened: a category and a root cause, written as a team would record them.
 * Serious incidents (SEV-1, SEV-2) get a postmortem, so their causes are the postmortem stories'; minor
 * ones draw from a wider list. Causes name the affected service (`{service}`, its title), so the same
 * root cause recurs only on the same service, as it does in real organizations; a few name a shared
 * provider and recur across services. Categories are fine-grained enough that "same service, same
 * category within 90 days" means a repeat, not merely a busy service: the demo's recurrence rate lands
 * around one incident in five.
 */
import type { Severity } from '../../domain/records/incident.js';
import { STORIES, type Story } from './postmortem-stories.js';
import type { Random } from './random.js';

export interface Cause {
  category: string;
  /** The root cause as recorded on the incident; `{service}` is filled in with the service's title. */
  rootCause: string;
}

type Origin = Story['origin'];

const MINOR_CAUSES: Record<Origin, readonly Cause[]> = {
  deployment: [
    {
      category: 'code-defect',
      rootCause: 'A release of {service} returned an empty list when a filter matched nothing',
    },
    {
      category: 'code-defect',
      rootCause: 'A refactoring in {service} dropped the retry around a flaky call',
    },
    {
      category: 'code-defect',
      rootCause: '{service} logged every request body after a debugging change, and the disk filled',
    },
    {
      category: 'schema-migration',
      rootCause: 'A column rename in {service} deployed before the code that reads the new name',
    },
    {
      category: 'dependency-upgrade',
      rootCause: 'An HTTP client upgrade in {service} changed the default connection timeout',
    },
    {
      category: 'dependency-upgrade',
      rootCause: 'A JSON library upgrade in {service} began rejecting trailing commas in partner payloads',
    },
    {
      category: 'release-configuration',
      rootCause: 'A release of {service} shipped with the staging endpoint of a downstream service',
    },
    {
      category: 'release-configuration',
      rootCause: 'The memory limit of {service} was halved in a deployment manifest clean-up',
    },
    {
      category: 'performance-regression',
      rootCause: 'A new query in {service} scanned the whole table instead of using the index',
    },
    {
      category: 'performance-regression',
      rootCause: 'A release of {service} made one call per item where it used to batch them',
    },
  ],
  other: [
    { category: 'capacity', rootCause: 'The message queue of {service} backed up during the evening peak' },
    { category: 'capacity', rootCause: '{service} ran out of disk for its temporary files' },
    { category: 'third-party', rootCause: 'The CDN provider had a regional outage' },
    { category: 'third-party', rootCause: 'The SMS provider rate-limited {service} without notice' },
    {
      category: 'infrastructure',
      rootCause: 'A node running {service} was drained for maintenance without a disruption budget',
    },
    { category: 'infrastructure', rootCause: 'The TLS certificate of {service} expired' },
    {
      category: 'configuration',
      rootCause: 'A rate limit for {service} was lowered for one client and applied to all',
    },
    {
      category: 'data',
      rootCause: 'A bulk update left records of {service} without the field the API requires',
    },
  ],
};

/** A cause for an incident of this origin and severity; serious ones draw from the postmortem stories. */
export function pickCause(random: Random, origin: Origin, severity: Severity): Cause {
  if (severity === 'SEV-1' || severity === 'SEV-2') {
    const story = random.pick(STORIES.filter((entry) => entry.origin === origin));
    return { category: story.category, rootCause: story.rootCause };
  }
  return random.pick(MINOR_CAUSES[origin]);
}

/** Fills in the service's title. */
export function fillCause(text: string, serviceTitle: string): string {
  const filled = text.replaceAll('{service}', serviceTitle);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** The story whose root cause, for this service, is the incident's; undefined when none is. */
export function findStory(rootCause: string | undefined, serviceTitle: string): Story | undefined {
  return STORIES.find((story) => fillCause(story.rootCause, serviceTitle) === rootCause);
}
