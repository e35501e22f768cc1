/**
 * The demo's feature flags export (`data/feature-flags.csv`), for `sextant releases flags import`. Most
 * flags are archived within a few weeks of their launch; product teams that ship behind many flags leave
 * a few running for months, so flag age and the clean-up check have something to show.
 */
import type { DemoOrg } from './org.js';
import type { Random } from './random.js';
import { DAY_MS, formatDay } from './time.js';
import type { DemoWindow } from './window.js';
import type { DemoFile } from './yaml-files.js';

export const FEATURE_FLAGS_PATH = 'data/feature-flags.csv';

const FLAG_TOPICS = [
  'new-checkout',
  'express-slots',
  'smart-search',
  'promo-banner',
  'bulk-refunds',
  'live-tracking',
];

export function addDemoFeatureFlags(
  files: DemoFile[],
  org: DemoOrg,
  window: DemoWindow,
  random: Random,
): DemoFile[] {
  const rows = ['key,service,created,archived,owner'];
  for (const service of org.services) {
    const count = random.nextInt(0, 3);
    for (let index = 0; index < count; index++) {
      const createdMs = window.startMs + random.nextInt(30, window.days - 10) * DAY_MS;
      const lifetimeDays = random.flip(0.75) ? random.nextInt(5, 40) : undefined;
      const archivedMs = lifetimeDays === undefined ? undefined : createdMs + lifetimeDays * DAY_MS;
      const archived = archivedMs !== undefined && archivedMs < window.endMs ? formatDay(archivedMs) : '';
      const key = `${random.pick(FLAG_TOPICS)}-${service.name}-${index + 1}`;
      rows.push([key, service.name, formatDay(createdMs), archived, service.owner].join(','));
    }
  }
  return [...files, { path: FEATURE_FLAGS_PATH, content: `${rows.join('\n')}\n` }];
}
