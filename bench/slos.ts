/**
 * The SLO benchmark (issue 4): attainment, error budgets, burn rates and alerts of 500 services over 90
 * days of per-minute SLI data, on the embedded store. Builds a workspace of 500 services with one
 * availability SLO each, loads 90 days × 1,440 minutes per service through the same check-and-write path
 * an import takes, then times `listSloReports` (every SLO's status) right after opening the store (cold)
 * and again in the same process (warm). Deterministic; nothing is kept between runs.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AppContext, closeContext, openContext } from '../src/services/context.js';
import { createRandom } from '../src/services/demo/random.js';
import { checkParsedSli, findSlo, writeCheckedSli } from '../src/services/slo-import.js';
import { errorBudgetStates, listSloReports } from '../src/services/slos.service.js';
import { type Figure, median, timeMs } from './measure.js';

const SERVICES = 500;
const DAYS = 90;
const MINUTES = DAYS * 1_440;
const END = Date.parse('2026-11-23T00:00:00Z');
const START = END - MINUTES * 60_000;
const NOW = new Date('2026-11-23T00:00:00Z');
const WARM_RUNS = 5;

const serviceName = (index: number) => `svc-${index}`;

async function writeWorkspace(cli: string, dir: string): Promise<void> {
  execFileSync(process.execPath, [cli, 'init', dir, '--org', 'Bench'], { stdio: 'ignore' });
  const teams = [
    'teams:',
    '  - name: reliability',
    '    type: platform',
    '    mission: Keep it up.',
    '    services:',
  ];
  const services = ['services:'];
  for (let index = 0; index < SERVICES; index += 1) {
    teams.push(`      - ${serviceName(index)}`);
    services.push(
      `  - name: ${serviceName(index)}`,
      '    owner: reliability',
      '    slos:',
      '      - name: availability',
      '        indicator: availability',
      '        target: 0.999',
    );
  }
  await writeFile(path.join(dir, 'model', 'teams.yaml'), `${teams.join('\n')}\n`);
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    `domains: []\nsystems: []\n${services.join('\n')}\n`,
  );
}

/** One service's 90 days: traffic with a daily cycle, a few bad events a minute, an outage on some. */
async function loadService(context: AppContext, index: number): Promise<void> {
  const random = createRandom(index, 'slo-bench');
  const timestamps = new Float64Array(MINUTES);
  const good = new Float64Array(MINUTES);
  const valid = new Float64Array(MINUTES);
  const outage = index % 10 === 0 ? MINUTES - random.nextInt(60, 20_000) : -1;
  for (let minute = 0; minute < MINUTES; minute += 1) {
    const daily = 0.55 - 0.45 * Math.cos((((minute % 1_440) / 60 - 4) / 24) * 2 * Math.PI);
    const events = Math.round(2_000 * daily) + random.nextInt(0, 200);
    const badShare = minute >= outage && minute < outage + 60 ? 0.3 : 0.0003;
    timestamps[minute] = START + minute * 60_000;
    valid[minute] = events;
    good[minute] = events - Math.round(events * badShare * random.nextFloat() * 2);
  }
  const target = findSlo(context, serviceName(index), 'availability');
  const checked = checkParsedSli(
    { columns: { timestamps, good, valid }, locate: (i) => ({ path: `sample ${i}` }), unpaired: 0 },
    'bench SLI',
  );
  await writeCheckedSli(context.store, target, checked, 0);
}

export async function measureSlos(options: { tmp: string; cli: string }): Promise<Figure[]> {
  const dir = path.join(options.tmp, 'slos');
  await writeWorkspace(options.cli, dir);
  let context = await openContext(dir);
  const loadMs = await timeMs(async () => {
    for (let index = 0; index < SERVICES; index += 1) await loadService(context, index);
  });
  await context.store.query('analyze slo_sli_days');
  await closeContext(context);

  context = await openContext(dir);
  try {
    let count = 0;
    const coldMs = await timeMs(async () => {
      count = (await listSloReports(context, { now: NOW })).length;
    });
    if (count !== SERVICES) throw new Error(`expected ${SERVICES} SLO statuses, got ${count}`);
    const warm = [];
    for (let run = 0; run < WARM_RUNS; run += 1) {
      warm.push(await timeMs(() => listSloReports(context, { now: NOW })));
    }
    const states = await errorBudgetStates(context, { now: NOW });
    const exhausted = states.filter((state) => state.state === 'exhausted').length;
    const what = `SLO attainment and burn rates, ${SERVICES} services, ${DAYS} days of per-minute SLI`;
    return [
      {
        what: `${what} (cold)`,
        value: coldMs,
        unit: 'ms',
        target: { op: '≤', value: 2_000 },
        note: 'first status read after opening the embedded store',
      },
      {
        what: `${what} (warm)`,
        value: median(warm),
        unit: 'ms',
        target: { op: '≤', value: 2_000 },
        note: `median of ${WARM_RUNS}; ${exhausted} budgets exhausted; loading took ${(loadMs / 1000).toFixed(1)} s`,
      },
    ];
  } finally {
    await closeContext(context);
  }
}
