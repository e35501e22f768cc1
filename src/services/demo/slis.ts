/**
 * SLI data for the demo's SLOs: per-minute good and valid events over the 28 days ending with `asOf`
 * (UTC), one CSV file per SLO (`data/slis/<service>.<slo>.csv`), listed under `slis:` in sextant.yaml.
 * Only the availability SLOs of tier-1 services get data (about 0.8 MB each): the others show what an SLO
 * without data looks like, and the demo stays small enough to load in seconds.
 * Traffic follows the day (quiet at night, busy in the evening) with noise; bad events are Poisson draws.
 * Planted: the payment gateway's availability budget is spent by an outage ten days back (a release
 * freeze), the search API's availability is burning fast right now (three hours at 25× its budget rate,
 * so both page alerts fire), and every other SLO is healthy, spending about a third of its budget.
 */
import { stringify } from 'yaml';
import type { Slo } from '../../domain/slo.js';
import { buildSlos, type CatalogService } from './catalog.js';
import type { Random } from './random.js';
import { parseDay } from './time.js';
import type { DemoFile } from './yaml-files.js';

export const SLI_DAYS = 28;
export const EXHAUSTED_SLO = { service: 'payment-gateway', slo: 'availability' } as const;
export const BURNING_SLO = { service: 'search-api', slo: 'availability' } as const;

const MINUTES_PER_DAY = 1_440;
/** Healthy SLOs spend this share of the budget rate. */
const HEALTHY_BURN = 0.3;

interface Incident {
  /** Minutes from the start of the data. */
  from: number;
  to: number;
  /** Share of events that fail meanwhile. */
  badShare: number;
}

/** The SLI files and the `slis:` entries that list them, added to the demo's files. */
export function withSliData(
  files: readonly DemoFile[],
  services: readonly CatalogService[],
  asOf: string,
  random: Random,
): DemoFile[] {
  const start = parseDay(asOf) + 86_400_000 - SLI_DAYS * MINUTES_PER_DAY * 60_000;
  const entries: { path: string; service: string; slo: string }[] = [];
  const sliFiles: DemoFile[] = [];
  for (const service of services) {
    for (const slo of slosWithData(service)) {
      const path = `data/slis/${service.name}.${slo.name}.csv`;
      entries.push({ path, service: service.name, slo: slo.name });
      sliFiles.push({ path, content: writeSliCsv(start, service, slo, random) });
    }
  }
  const slis = `\n# Per-minute SLI data of each SLO (good and valid events), see docs/slos.md.\n${stringify({ slis: entries })}`;
  return [
    ...files.map((file) => (file.path === 'sextant.yaml' ? { ...file, content: file.content + slis } : file)),
    ...sliFiles,
  ];
}

/** The SLOs of a service the demo writes SLI data for. */
function slosWithData(service: CatalogService): Slo[] {
  if (service.tier !== 1) return [];
  return buildSlos(service).filter((slo) => slo.indicator === 'availability');
}

function writeSliCsv(start: number, service: CatalogService, slo: Slo, random: Random): string {
  const total = SLI_DAYS * MINUTES_PER_DAY;
  const incidents = plantedIncidents(service.name, slo.name, total);
  const healthyShare = (1 - slo.target) * HEALTHY_BURN;
  const peak = service.tier === 1 ? 900 : 300;
  const lines = ['timestamp,good,valid'];
  for (let minute = 0; minute < total; minute += 1) {
    const hour = (minute % MINUTES_PER_DAY) / 60;
    // Quiet at 04:00 UTC, busiest around 18:00 UTC.
    const daily = 0.55 - 0.45 * Math.cos(((hour - 4) / 24) * 2 * Math.PI);
    const valid = Math.max(1, Math.round(peak * daily * (0.9 + 0.2 * random.nextFloat())));
    const incident = incidents.find((entry) => minute >= entry.from && minute < entry.to);
    const share = incident ? incident.badShare : healthyShare;
    const bad = Math.min(valid, random.samplePoisson(valid * share));
    lines.push(`${(start + minute * 60_000) / 1000},${valid - bad},${valid}`);
  }
  return `${lines.join('\n')}\n`;
}

function plantedIncidents(service: string, slo: string, total: number): Incident[] {
  if (service === EXHAUSTED_SLO.service && slo === EXHAUSTED_SLO.slo) {
    const from = total - 10 * MINUTES_PER_DAY + 14 * 60;
    return [{ from, to: from + 90, badShare: 0.4 }];
  }
  if (service === BURNING_SLO.service && slo === BURNING_SLO.slo) {
    return [{ from: total - 180, to: total, badShare: 0.025 }];
  }
  return [];
}
