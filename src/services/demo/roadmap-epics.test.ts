import { describe, expect, it } from 'vitest';
import { generateWorkItems } from './activity-work-items.js';
import { generateDemo } from './generate-demo.js';
import { buildOrg } from './org.js';
import { createRandom } from './random.js';
import { assignDemoEpics } from './roadmap-epics.js';
import { createOffsetLookup } from './time.js';
import { buildWindow } from './window.js';

const asOf = '2026-11-23';
const window = buildWindow(asOf);
const org = buildOrg(createRandom(1, 'org'), asOf, window.weeks);
const raw = generateWorkItems(org, window, createRandom(1, 'work-items'), createOffsetLookup()).items;
const { items, epics } = assignDemoEpics(raw, window);

describe('demo epics', () => {
  it('adds an epic to work items and changes nothing else, in the same order', () => {
    expect(items.map(({ epic: _epic, ...rest }) => rest)).toEqual(raw);
    expect(items.filter((item) => item.epic).length).toBe(2193);
  });

  it('are what the demo writes to data/work-items.jsonl', () => {
    const file = generateDemo({ seed: 1, asOf }).files.find(
      (entry) => entry.path === 'data/work-items.jsonl',
    );
    const written = (file?.content ?? '').split('\n').filter(Boolean);
    expect(written).toEqual(items.map((item) => JSON.stringify(item)));
  });

  it('keep bugs and tech-debt tasks outside epics, and epic keys apart from item keys', () => {
    const inEpics = items.filter((item) => item.epic);
    expect(inEpics.some((item) => item.type === 'bug' || item.labels.includes('tech-debt'))).toBe(false);
    const keys = new Set(items.map((item) => item.key));
    expect(epics.filter((epic) => keys.has(epic.key))).toEqual([]);
    for (const item of inEpics) {
      expect(item.epic?.split('-')[0]).toBe(item.project);
    }
  });

  it('give each team one epic per service and fiscal quarter, quarters starting in February', () => {
    const checkout = epics.filter((epic) => epic.team === 'checkout');
    expect(new Set(checkout.map((epic) => epic.from))).toEqual(
      new Set(['2025-11-01', '2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01']),
    );
    expect(
      checkout.find((epic) => epic.from === '2026-08-01' && epic.service === 'cart-service'),
    ).toMatchObject({
      to: '2026-10-31',
    });
  });
});
