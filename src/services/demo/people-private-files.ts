/**
 * The demo's model/people-private.yaml: for every person a performance rating, potential, flight risk,
 * pay by level with a realistic spread and, for most, a self-declared gender; promotions for eight
 * people over the last eighteen months; and why checkout's staff engineer left (a regrettable loss).
 * Values are drawn from a hash of the person's name, so the same organization always gets the same file
 * and no random stream of the demo is touched. Pure.
 *
 * The directors, team leads and the WMS keeper keep the entries the demo always gave them (the keeper is
 * a high flight risk with a note on the missing succession plan).
 */

import { addDays } from './time.js';

interface PersonEntry {
  name: string;
  role: string;
  level?: string;
  startDate?: string;
  endDate?: string;
}

/** Annual base salary at the middle of each level, EUR: illustrative only. */
const SALARY: Record<string, number> = {
  M3: 215_000,
  M2: 168_000,
  M1: 128_000,
  IC6: 172_000,
  IC5: 142_000,
  IC4: 108_000,
  IC3: 86_000,
  IC2: 69_000,
};

const RATINGS = ['meets', 'exceeds', 'meets', 'strongly exceeds', 'meets'];
const LEVELS = ['medium', 'high', 'medium', 'low', 'high'] as const;
/** The level below each, for promotions. */
const PREVIOUS_LEVEL: Record<string, string> = { IC3: 'IC2', IC4: 'IC3', IC5: 'IC4', M1: 'IC5' };
const PROMOTED = 8;

/** Why checkout's staff engineer left (staff-changes.ts): a loss the organization regrets. */
const LEAVER_DEPARTURE = {
  regrettable: true,
  kind: 'voluntary',
  reason: 'Joined a larger company as a principal engineer',
} as const;

/** A number in [0, 1) from a name and a purpose: FNV-1a, so each field varies on its own. */
function draw(name: string, purpose: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${purpose}:${name}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000;
}

function pick<T>(value: number, weighted: readonly (readonly [T, number])[]): T {
  let left = value * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of weighted) {
    left -= weight;
    if (left < 0) return item;
  }
  return (weighted.at(-1) as readonly [T, number])[0];
}

export function buildPeoplePrivate(
  org: {
    people: readonly PersonEntry[];
    leaver?: { name: string };
    /** People who left during the year, with why (former-staff.ts). */
    formerStaff?: readonly { person: PersonEntry; departure: object }[];
  },
  asOf: string,
  names: readonly string[],
  keeper: string | undefined,
) {
  const chosen = [...new Set([...names, ...(keeper ? [keeper] : [])])];
  const promoted = new Set(
    org.people
      .filter(
        (person) => !person.endDate && PREVIOUS_LEVEL[person.level ?? ''] && !chosen.includes(person.name),
      )
      // Long enough at Fernwood to have been promoted there within the eighteen months.
      .filter((person) => (person.startDate ?? '') <= addDays(asOf, -600))
      .sort((a, b) => draw(a.name, 'promotion') - draw(b.name, 'promotion'))
      .slice(0, PROMOTED)
      .map((person) => person.name),
  );
  const known = chosen.flatMap((name, index) => {
    const person = org.people.find((candidate) => candidate.name === name);
    if (!person) return [];
    const isKeeper = name === keeper;
    return [
      {
        person: name,
        compensation: {
          amount: SALARY[person.level ?? ''] ?? 90_000,
          currency: 'EUR',
          effective: '2026-04-01',
        },
        performance: { rating: RATINGS[index % RATINGS.length], period: '2026-H1' },
        potential: LEVELS[index % LEVELS.length],
        flightRisk: isKeeper ? 'high' : LEVELS[(index + 2) % LEVELS.length],
        ...(isKeeper
          ? { notes: 'Sole expert on the WMS adapter; a succession plan and pairing are overdue.' }
          : {}),
        ...groups(name),
      },
    ];
  });
  const others = org.people
    .filter((person) => !chosen.includes(person.name))
    .map((person) => ({
      ...generated(person),
      ...(promoted.has(person.name)
        ? { promotions: [promotion(person, asOf, [...promoted].indexOf(person.name))] }
        : {}),
      ...(person.name === org.leaver?.name ? { departure: LEAVER_DEPARTURE } : {}),
    }));
  const former = (org.formerStaff ?? []).map(({ person, departure }) => ({
    ...generated(person),
    departure,
  }));
  return { people: [...known, ...others, ...former] };
}

/** Rating, potential, flight risk, pay and group for someone with no planted entry. */
function generated(person: PersonEntry) {
  const name = person.name;
  const base = SALARY[person.level ?? ''] ?? 90_000;
  // ±12 % around the level's midpoint, in steps of 500.
  const amount = Math.round((base * (0.88 + 0.24 * draw(name, 'pay'))) / 500) * 500;
  return {
    person: name,
    compensation: { amount, currency: 'EUR', effective: '2026-04-01' },
    performance: {
      rating: pick(draw(name, 'rating'), [
        ['below', 1],
        ['meets', 5],
        ['exceeds', 3],
        ['strongly exceeds', 1],
      ] as const),
      period: '2026-H1',
    },
    potential: pick(draw(name, 'potential'), [
      ['low', 2],
      ['medium', 5],
      ['high', 3],
    ] as const),
    flightRisk: pick(draw(name, 'flight'), [
      ['low', 6],
      ['medium', 3],
      ['high', 1],
    ] as const),
    ...groups(name),
  };
}

/** Self-declared gender for about nine people in ten; the rest chose not to say. */
function groups(name: string) {
  const gender = pick(draw(name, 'gender'), [
    ['woman', 4],
    ['man', 5],
    [null, 1],
  ] as const);
  return gender ? { groups: { gender } } : {};
}

/** A promotion to the person's current level, spread over the last eighteen months. */
function promotion(person: PersonEntry, asOf: string, rank: number) {
  const level = person.level ?? '';
  return { date: addDays(asOf, -(30 + rank * 65)), from: PREVIOUS_LEVEL[level] as string, to: level };
}
