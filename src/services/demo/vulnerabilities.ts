/**
 * The demo's vulnerability findings, as a dependency scanner's CSV export (docs/vulnerabilities.md): a year
 * of findings on every service, most fixed well within the remediation SLA, a few late, some dismissed.
 * Planted: fulfilment has critical findings open well past the 7-day SLA; every other team has fixed its
 * critical findings in time. The file is listed under `vulnerabilities.files` in sextant.yaml, so `sextant
 * sync` and `sextant start` load it.
 */
import { stringify } from 'yaml';
import type { VulnerabilitySeverity } from '../../domain/vulnerability.js';
import { DEFAULT_VULNERABILITY_SLA_DAYS } from '../../domain/vulnerability-policy.js';
import type { CatalogService } from './catalog.js';
import type { DemoOrg } from './org.js';
import type { Random } from './random.js';
import { DAY_MS, formatInstant, HOUR_MS } from './time.js';
import type { DemoWindow } from './window.js';
import type { DemoFile } from './yaml-files.js';

export const VULNERABILITY_SOURCE = 'demo-dependabot';
export const VULNERABILITIES_PATH = 'data/vulnerabilities.csv';
/** The team whose critical findings are left open past their SLA. */
export const OVERDUE_CRITICAL_TEAM = 'fulfilment';
/** Days before asOf each planted critical finding was opened, and its service. */
const PLANTED: readonly [string, number][] = [
  ['warehouse-api', 41],
  ['courier-dispatch', 26],
  ['delivery-slots', 17],
];

const PACKAGES: Record<string, readonly string[]> = {
  npm: ['semver', 'minimatch', 'fastify', 'ansi-regex', 'axios', 'jsonwebtoken', 'express', 'ws'],
  maven: ['jackson-databind', 'netty-codec-http', 'spring-web', 'snakeyaml'],
  pip: ['django', 'requests', 'pyyaml', 'urllib3'],
};

const SEVERITY_WEIGHTS: readonly (readonly [VulnerabilitySeverity, number])[] = [
  ['critical', 0.08],
  ['high', 0.3],
  ['medium', 0.42],
  ['low', 0.2],
];

interface Row {
  id: string;
  repository: string;
  package: string;
  ecosystem: string;
  severity: VulnerabilitySeverity;
  opened: number;
  fixed: number | null;
  dismissed: number | null;
}

export function generateVulnerabilities(org: DemoOrg, window: DemoWindow, random: Random): Row[] {
  const rows: Row[] = [];
  let number = 0;
  const add = (service: CatalogService, severity: VulnerabilitySeverity, opened: number) => {
    number += 1;
    const ecosystem = random.pick(Object.keys(PACKAGES));
    rows.push({
      id: `${service.name}#${number}`,
      repository: service.name,
      package: random.pick(PACKAGES[ecosystem] ?? []),
      ecosystem,
      severity,
      opened,
      fixed: null,
      dismissed: null,
    });
    return rows.at(-1) as Row;
  };
  for (const service of org.services) {
    const count = random.samplePoisson(service.tier <= 2 ? 3 : 2);
    for (let index = 0; index < count; index += 1) {
      const severity = random.pickWeighted(SEVERITY_WEIGHTS);
      // Critical findings of teams other than the planted one open at least a week before asOf, so all are
      // fixed in time by then and none can turn overdue later, whenever the demo is read.
      const latest = severity === 'critical' ? window.endMs - 8 * DAY_MS : window.endMs - HOUR_MS;
      const opened = window.startMs + random.nextFloat() * (latest - window.startMs);
      const row = add(service, severity, opened);
      const slaMs = DEFAULT_VULNERABILITY_SLA_DAYS[severity] * DAY_MS;
      if (random.flip(0.06)) {
        row.dismissed = Math.min(opened + random.nextFloat() * slaMs * 0.5, window.endMs - 1);
        continue;
      }
      // Most fixes land at about a third of the SLA; the tail runs late, except for critical findings,
      // which every team but the planted one fixes in time.
      let fixMs = random.sampleLogNormal(slaMs * 0.35, 0.7);
      if (severity === 'critical') fixMs = Math.min(fixMs, slaMs - HOUR_MS);
      if (opened + fixMs < window.endMs) row.fixed = opened + fixMs;
    }
  }
  for (const [name, daysAgo] of PLANTED) {
    const service = org.services.find((candidate) => candidate.name === name);
    if (service) add(service, 'critical', window.endMs - daysAgo * DAY_MS - 3 * HOUR_MS);
  }
  return rows.sort((a, b) => a.opened - b.opened || a.id.localeCompare(b.id));
}

function toCsv(rows: readonly Row[]): string {
  const header = 'id,repository,package,ecosystem,severity,opened,fixed,dismissed,source';
  const instant = (ms: number | null) => (ms === null ? '' : formatInstant(ms));
  const lines = rows.map((row) =>
    [
      row.id,
      row.repository,
      row.package,
      row.ecosystem,
      row.severity,
      instant(row.opened),
      instant(row.fixed),
      instant(row.dismissed),
      VULNERABILITY_SOURCE,
    ].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

/**
 * Adds the findings file to a generated demo and lists it in its sextant.yaml (appended as the
 * `vulnerabilities:` key, with the default SLA written out so it is easy to find and change).
 */
export function addDemoVulnerabilities(
  files: DemoFile[],
  org: DemoOrg,
  window: DemoWindow,
  random: Random,
): DemoFile[] {
  const settings = stringify(
    {
      vulnerabilities: {
        sla: { ...DEFAULT_VULNERABILITY_SLA_DAYS },
        files: [{ path: VULNERABILITIES_PATH }],
      },
    },
    { lineWidth: 0 },
  );
  const comment = '# Remediation SLA in days per severity, and the vulnerability findings to import.\n';
  return [
    ...files.map((file) =>
      file.path === 'sextant.yaml' ? { ...file, content: `${file.content}${comment}${settings}` } : file,
    ),
    { path: VULNERABILITIES_PATH, content: toCsv(generateVulnerabilities(org, window, random)) },
  ];
}
