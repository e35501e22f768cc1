import type { CatalogControl, ControlStatus, FrameworkReadiness } from '../../services/controls.service.js';
import { formatTable, shortName } from '../table.js';

export function formatControlList(controls: ControlStatus[]): string {
  if (controls.length === 0) return 'No controls: registers/controls.yaml declares none.';
  const rows = controls.map((control) => [
    control.id,
    control.title,
    shortName(control.owner),
    control.state,
    String(control.evidence.length),
    control.nextReview ? `${control.nextReview}${control.reviewOverdue ? ' OVERDUE' : ''}` : '-',
  ]);
  return formatTable(['control', 'title', 'owner', 'evidence', 'items', 'next review'], rows);
}

export function formatControl(control: ControlStatus): string {
  const evidence = control.evidence.map(
    (item) =>
      `  - ${item.title}: ${item.state} (collected ${item.collected}, ${item.ageDays} days ago; fresh until ${item.freshUntil})\n    ${item.link}`,
  );
  return [
    `${control.id} ${control.title}`,
    `  owner ${shortName(control.owner)} · evidence ${control.state}`,
    `  teams ${control.teams.map(shortName).join(', ') || '-'} · services ${control.services.map(shortName).join(', ') || '-'}`,
    `  reviewed ${control.reviewed ?? '-'} · next review ${control.nextReview ?? '-'}${control.reviewOverdue ? ' (overdue)' : ''}`,
    ...(control.notes ? [`  ${control.notes}`] : []),
    'Evidence:',
    ...(evidence.length > 0 ? evidence : ['  none collected']),
  ].join('\n');
}

export function formatReadiness(readiness: FrameworkReadiness[]): string {
  return readiness
    .map((framework) => {
      const share =
        framework.readyPercent === null ? 'no controls tracked' : `${framework.readyPercent}% ready`;
      const head = `${framework.title}: ${share} (${framework.fresh} fresh, ${framework.stale} stale, ${framework.missing} missing of ${framework.controls}; ${framework.untracked} catalog controls not tracked)`;
      const gaps = framework.gaps.map(
        (gap) => `  gap ${gap.id} ${gap.title}: evidence ${gap.state} (owner ${shortName(gap.owner)})`,
      );
      return [head, ...gaps].join('\n');
    })
    .join('\n\n');
}

export function formatCatalog(catalog: readonly CatalogControl[]): string {
  return formatTable(
    ['id', 'group', 'title'],
    catalog.map((entry) => [`${entry.framework}:${entry.control}`, entry.group, entry.title]),
  );
}
