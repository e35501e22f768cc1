/**
 * The incident metrics benchmark (issue 4): time to acknowledge and resolve by severity, recurrence,
 * postmortem completion, action items on time and maturity for 10,000 incidents over two years, with a
 * postmortem (and its action items) for every SEV-1 and SEV-2 and for some SEV-3 incidents. The
 * workspace is written as files and loaded the way the CLI loads it; the incidents go into a fresh
 * embedded store. Timed through the service a command or API request calls, in a warm process: the
 * store read, scoping and every computation. Deterministic; nothing is kept between runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Incident, Severity } from '../src/domain/records/index.js';
import { createRandom } from '../src/services/demo/random.js';
import { computeIncidentMetricsReport } from '../src/services/incident-metrics.service.js';
import { openStore, upsertRecords } from '../src/store/index.js';
import { loadWorkspace } from '../src/workspace/index.js';
import { type Figure, median, timeMs } from './measure.js';

const TEAMS = 10;
const SERVICES_PER_TEAM = 5;
const PEOPLE_PER_TEAM = 6;
const INCIDENTS = 10_000;
const DAY_MS = 86_400_000;
const END = Date.parse('2026-11-23T00:00:00Z');
const START = END - 2 * 365 * DAY_MS;
const NOW = new Date('2026-11-23T12:00:00Z');
const QUERY = { from: '2025-11-24', to: '2026-11-22' };
const WARM_RUNS = 20;
const CATEGORIES = ['deployment', 'capacity', 'third-party', 'infrastructure', 'configuration', 'data'];

const service = (t: number, s: number) => `svc-${t}-${s}`;
const person = (t: number, p: number) => `eng-${t}-${p}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function writeModel(dir: string): Promise<void> {
  const teams = ['teams:'];
  const people = ['people:'];
  const services = ['domains: []', 'systems: []', 'services:'];
  for (let t = 0; t < TEAMS; t++) {
    teams.push(`  - name: team-${t}`, '    type: stream-aligned', '    mission: Ship.', '    services:');
    for (let s = 0; s < SERVICES_PER_TEAM; s++) {
      teams.push(`      - ${service(t, s)}`);
      services.push(`  - name: ${service(t, s)}`, `    owner: team-${t}`, `    tier: ${(s % 4) + 1}`);
      if (s % 4 < 2) {
        services.push(
          '    slos:',
          '      - name: availability',
          '        indicator: availability',
          '        target: 0.999',
        );
      }
    }
    for (let p = 0; p < PEOPLE_PER_TEAM; p++) {
      people.push(
        `  - name: ${person(t, p)}`,
        `    displayName: Engineer ${String.fromCharCode(65 + t)}${p}`,
        '    role: Engineer',
        `    teams: [team-${t}]`,
        '    identities:',
        `      pagerduty: P${t}X${p}`,
        `      github: eng${t}x${p}`,
      );
    }
  }
  await writeFile(path.join(dir, 'model', 'teams.yaml'), `${teams.join('\n')}\n`);
  await writeFile(path.join(dir, 'model', 'people.yaml'), `${people.join('\n')}\n`);
  await writeFile(path.join(dir, 'model', 'services.yaml'), `${services.join('\n')}\n`);
}

const SEVERITY_WEIGHTS: [Severity, number][] = [
  ['SEV-1', 3],
  ['SEV-2', 15],
  ['SEV-3', 45],
  ['SEV-4', 37],
];
const ACK_MINUTES: Record<Severity, number> = { 'SEV-1': 4, 'SEV-2': 10, 'SEV-3': 40, 'SEV-4': 600 };

function buildIncidents(): Incident[] {
  const random = createRandom(1, 'bench-incidents');
  return Array.from({ length: INCIDENTS }, (_, i) => {
    const t = random.nextInt(0, TEAMS - 1);
    const severity = random.pickWeighted(SEVERITY_WEIGHTS);
    const started = START + random.nextFloat() * (END - START - 2 * DAY_MS);
    const acknowledged = started + random.sampleLogNormal(ACK_MINUTES[severity], 0.6) * 60_000;
    const resolved = acknowledged + random.sampleLogNormal(4 * 3_600_000, 0.8);
    return {
      source: 'pager',
      key: `INC-${i}`,
      title: `Incident ${i}`,
      severity,
      status: 'resolved',
      service: service(t, random.nextInt(0, SERVICES_PER_TEAM - 1)),
      startedAt: new Date(started).toISOString(),
      acknowledgedAt: new Date(acknowledged).toISOString(),
      resolvedAt: new Date(resolved).toISOString(),
      rootCause: `Cause ${random.nextInt(0, 400)}`,
      category: random.pick(CATEGORIES),
      ...(severity === 'SEV-4' ? {} : { commander: `P${t}X${random.nextInt(0, PEOPLE_PER_TEAM - 1)}` }),
      responders: [],
    } satisfies Incident;
  });
}

function writePostmortem(incident: Incident, random: ReturnType<typeof createRandom>): string {
  const resolved = Date.parse(incident.resolvedAt as string);
  const t = Number(/svc-(\d+)-/.exec(incident.service ?? '')?.[1] ?? 0);
  const published = resolved + random.nextInt(1, 9) * DAY_MS;
  const items = Array.from({ length: random.nextInt(2, 4) }, (_, n) => {
    const due = published + random.nextInt(7, 40) * DAY_MS;
    const done = due < END ? random.flip(0.8) : random.flip(0.2);
    const closed = Math.min(END - DAY_MS, due + random.nextInt(-6, 4) * DAY_MS);
    return [
      `  - id: AI-${n + 1}`,
      `    title: Add an alert and a runbook step for failure mode ${n + 1}`,
      `    owner: ${person(t, random.nextInt(0, PEOPLE_PER_TEAM - 1))}`,
      `    due: ${day(due)}`,
      `    status: ${done ? 'done' : 'open'}`,
      ...(done ? [`    closed: ${day(Math.max(closed, published))}`] : []),
      `    kind: ${random.flip(0.75) ? 'systemic' : 'individual'}`,
    ].join('\n');
  });
  const blame = random.flip(0.03)
    ? `Engineer ${String.fromCharCode(65 + t)}0 forgot to check the change.\n`
    : '';
  return `---
incident: ${incident.source}:${incident.key}
title: ${incident.title}
status: published
authors: [${person(t, 0)}]
published: ${day(published)}
rootCause: ${incident.rootCause}
category: ${incident.category}
actionItems:
${items.join('\n')}
---

## Timeline

- 10:02 Errors start.
- 10:06 Page acknowledged.
- 11:40 Resolved.

## Root cause

${blame}A retry storm overloaded the database after a dependency slowed down, because clients retried without backoff.

## Contributing factors

- No backoff in the shared client.

## Five whys

1. Why did requests fail? The database was saturated.

## Detection

The saturation alert fired after four minutes.

## Recovery

Shedding load at the gateway restored service.
`;
}

export async function measureIncidentMetrics(options: { tmp: string; cli: string }): Promise<Figure[]> {
  const dir = path.join(options.tmp, 'incidents');
  execFileSync(process.execPath, [options.cli, 'init', dir, '--org', 'Bench'], { stdio: 'ignore' });
  await writeModel(dir);
  const incidents = buildIncidents();
  const random = createRandom(1, 'bench-postmortems');
  await mkdir(path.join(dir, 'postmortems'), { recursive: true });
  let postmortems = 0;
  for (const incident of incidents) {
    const serious = incident.severity === 'SEV-1' || incident.severity === 'SEV-2';
    if (!serious && !(incident.severity === 'SEV-3' && random.flip(0.2))) continue;
    await writeFile(path.join(dir, 'postmortems', `${incident.key}.md`), writePostmortem(incident, random));
    postmortems += 1;
  }
  let workspace = await loadWorkspace(dir);
  const loadMs = await timeMs(async () => {
    workspace = await loadWorkspace(dir);
  });
  const store = await openStore({ dataDir: path.join(dir, '.sextant', 'db') });
  try {
    await upsertRecords(store, 'incident', incidents);
    const context = { workspace, store };
    const firstMs = await timeMs(() => computeIncidentMetricsReport(context, QUERY, NOW));
    const runs: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      runs.push(await timeMs(() => computeIncidentMetricsReport(context, QUERY, NOW)));
    }
    return [
      {
        what: `incident metrics for ${INCIDENTS.toLocaleString('en')} incidents`,
        value: median(runs),
        unit: 'ms',
        target: { op: '≤', value: 200 },
        note: `warm: median of ${WARM_RUNS}; ${postmortems.toLocaleString('en')} postmortems; first call ${Math.round(firstMs)} ms (reads and scores the postmortems once); loading the workspace (postmortems not yet read) ${Math.round(loadMs)} ms`,
      },
    ];
  } finally {
    await store.close();
  }
}
