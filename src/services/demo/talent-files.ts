/**
 * The demo's registers/talent-review.yaml: the rating bands, two review cycles (the latest calibrated
 * about three weeks before the data ends, with notes on the leaders and the WMS keeper) and the critical
 * roles: the VP, the three directors, every engineering manager and the fulfilment staff engineer who alone
 * knows the WMS adapter. That last role names no successor: with the keeper's high flight risk and the
 * adapter's truck factor of 1, it is the demo's planted single point of failure. Pure.
 */
import { stringify } from 'yaml';
import { shiftDayKey } from '../../metrics/calendar.js';
import type { DemoPerson } from './people.js';
import type { PlanningInputs } from './planning-files.js';
import { CONCENTRATED_SERVICE } from './planted.js';
import type { DemoFile } from './yaml-files.js';

/** How each engineering manager's team is covered: the readiness of its most senior engineer, or nobody. */
const EM_SUCCESSION: Record<string, 'ready-now' | '1-2-years'> = {
  storefront: 'ready-now',
  checkout: '1-2-years',
  payments: 'ready-now',
  fulfilment: '1-2-years',
  'customer-care': '1-2-years',
  'platform-engineering': 'ready-now',
};

const SENIORITY = ['IC6', 'IC5', 'IC4', 'IC3', 'IC2'];

export function buildTalentFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, asOf } = inputs;
  const current = org.people.filter((person) => person.endDate === undefined);
  const byRole = (role: string) => current.find((person) => person.role === role);
  const vp = byRole('VP Engineering');
  const directors = {
    commerce: byRole('Director of Engineering, Commerce'),
    operations: byRole('Director of Engineering, Operations'),
    platform: byRole('Director of Engineering, Platform'),
  };
  if (!vp || !directors.commerce || !directors.operations || !directors.platform) return [];
  const keeper = org.wmsKeeper;
  const managers = current.filter((person) => person.role === 'Engineering Manager');
  const managerOf = (team: string) => managers.find((person) => person.teams[0]?.team === team);
  const seniorEngineer = (team: string) =>
    current
      .filter((person) => person.level?.startsWith('IC') && person.name !== keeper.name)
      .filter((person) => person.teams.length === 1 && person.teams[0]?.team === team)
      .sort(
        (a, b) => SENIORITY.indexOf(a.level) - SENIORITY.indexOf(b.level) || a.name.localeCompare(b.name),
      )[0];

  const roles: Record<string, unknown>[] = [
    role('vp-engineering', 'VP Engineering', vp, [
      [directors.operations, 'ready-now'],
      [directors.platform, '1-2-years'],
    ]),
    role('director-commerce', 'Director of Engineering, Commerce', directors.commerce, [
      [managerOf('storefront'), '1-2-years'],
    ]),
    role('director-operations', 'Director of Engineering, Operations', directors.operations, [
      [managerOf('payments'), 'ready-now'],
      [managerOf('fulfilment'), '1-2-years'],
    ]),
    role('director-platform', 'Director of Engineering, Platform', directors.platform, [
      [managerOf('platform-engineering'), '1-2-years'],
    ]),
  ];
  for (const manager of managers) {
    const team = manager.teams[0]?.team ?? '';
    const readiness = EM_SUCCESSION[team];
    const successor = seniorEngineer(team);
    roles.push(
      role(`em-${team}`, `Engineering Manager, ${team}`, manager, readiness ? [[successor, readiness]] : []),
    );
  }
  roles.push({
    ...role('wms-adapter-steward', 'Steward of the WMS adapter', keeper, []),
    services: [CONCENTRATED_SERVICE],
  });

  const latest = shiftDayKey(asOf, -20);
  const earlier = shiftDayKey(asOf, -200);
  const review = {
    ratings: {
      below: 'low',
      'partially meets': 'low',
      meets: 'medium',
      exceeds: 'high',
      'strongly exceeds': 'high',
    },
    cycles: [
      {
        id: cycleId(earlier),
        date: earlier,
        calibration: [
          {
            person: vp.name,
            notes: 'Steady first half; the platform reorganisation landed on time.',
          },
        ],
      },
      {
        id: cycleId(latest),
        date: latest,
        calibration: [
          {
            person: vp.name,
            performance: 'high',
            potential: 'medium',
            notes: 'Carried the warehouse migration through peak; the panel agreed to rate above the form.',
          },
          {
            person: directors.operations.name,
            potential: 'high',
            notes: 'Runs two of the busiest teams calmly; ready to cover the VP during leave.',
          },
          {
            person: directors.commerce.name,
            notes: 'Strong on delivery, asked to grow a successor from the storefront team.',
          },
          {
            person: keeper.name,
            performance: 'high',
            potential: 'medium',
            notes:
              'Indispensable on the WMS adapter, which is the problem: pairing and a written runbook are due.',
          },
          ...managers.slice(0, 2).map((manager) => ({
            person: manager.name,
            notes: `Grew the ${manager.teams[0]?.team ?? ''} team's ownership of on-call this half.`,
          })),
        ],
      },
    ],
    criticalRoles: roles,
  };
  const header = `# Talent review: rating bands, calibration notes and succession of critical roles.\n# Generated by \`sextant demo\` (fictional organization), as of ${asOf}.\n`;
  return [
    { path: 'registers/talent-review.yaml', content: `${header}\n${stringify(review, { lineWidth: 0 })}` },
  ];
}

function role(
  id: string,
  title: string,
  holder: DemoPerson,
  successors: [DemoPerson | undefined, 'ready-now' | '1-2-years'][],
): Record<string, unknown> {
  const named = successors.flatMap(([person, readiness]) =>
    person && person.name !== holder.name ? [{ person: person.name, readiness }] : [],
  );
  return { id, title, holder: holder.name, successors: named };
}

/** `2026-11-03` → `2026-H2`. */
function cycleId(day: string): string {
  return `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}
