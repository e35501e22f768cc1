import type { InitiativeView, Progress, RoadmapView, Schedule } from '../../services/roadmap.service.js';
import { formatTable, shortName } from '../table.js';

export function formatRoadmap(roadmap: RoadmapView): string {
  if (roadmap.themes.length === 0) return 'No roadmap: roadmap.yaml declares no themes.';
  const slipping = roadmap.slipping.length;
  const head = `Roadmap as of ${roadmap.asOf}: ${slipping === 0 ? 'nothing slipping' : `${slipping} slipping (${roadmap.slipping.join(', ')})`}`;
  const themes = roadmap.themes.map((theme) => {
    const rows = theme.initiatives.map((initiative) => [
      initiative.id,
      initiative.status,
      initiative.target,
      describeProgress(initiative.progress),
      describeSchedule(initiative.schedule),
    ]);
    const table =
      rows.length === 0
        ? '  no initiatives'
        : formatTable(['INITIATIVE', 'STATUS', 'TARGET', 'PROGRESS', 'SCHEDULE'], rows)
            .split('\n')
            .map((line) => `  ${line}`)
            .join('\n');
    return `${theme.title} (${theme.id})\n${table}`;
  });
  return [head, '', themes.join('\n\n')].join('\n');
}

export function formatInitiative(initiative: InitiativeView & { asOf: string }): string {
  const lines = [
    `${initiative.title} (${initiative.id})`,
    `  theme ${initiative.theme.title} · owner ${initiative.owner.name} · teams ${initiative.teams.map(shortName).join(', ')}`,
    `  ${initiative.start} → ${initiative.target} · declared ${initiative.status}${initiative.okrs.length > 0 ? ` · OKRs ${initiative.okrs.join(', ')}` : ''}`,
    `  progress ${describeProgress(initiative.progress)}`,
    `  schedule as of ${initiative.asOf}: ${describeSchedule(initiative.schedule)}`,
  ];
  if (initiative.description) lines.splice(1, 0, `  ${initiative.description}`);
  if (initiative.epics.length === 0) return [...lines, '', 'No epics linked.'].join('\n');
  const rows = initiative.epics.map((epic) => [
    epic.key,
    describeProgress(epic.progress),
    (epic.openItems ?? []).join(' ') || '-',
  ]);
  return [...lines, '', formatTable(['EPIC', 'PROGRESS', 'OPEN ITEMS'], rows)].join('\n');
}

export function describeProgress(progress: Progress): string {
  if (progress.kind === 'insufficient-data') return 'no items';
  const percent = Math.round(progress.ratio * 100);
  const unit = progress.basis === 'points' ? ' points' : '';
  return `${percent}% (${progress.done}/${progress.total}${unit})`;
}

function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'slipping':
      return `SLIPPING: ${schedule.reason}`;
    case 'on-track':
      return `on track: ${schedule.reason}`;
    case 'finished':
      return `finished: ${schedule.reason}`;
    case 'not-started':
      return `not started: ${schedule.reason}`;
    case 'insufficient-data':
      return schedule.reason;
  }
}
