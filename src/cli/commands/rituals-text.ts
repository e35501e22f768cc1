import type { AgendaItem, RitualListItem, WeekAgenda } from '../../services/rituals.service.js';

export function formatRitualList(rituals: RitualListItem[]): string {
  if (rituals.length === 0) return 'No rituals: model/rituals.yaml declares none.';
  return rituals
    .map((ritual) => {
      const next = ritual.next ? `${ritual.next.date} ${ritual.next.time}` : 'none in the next 400 days';
      return [
        `${ritual.title} (${ritual.name})`,
        `  ${ritual.cadence.description}, ${ritual.cadence.durationMinutes} min`,
        `  owner ${ritual.owner.name} · pack ${ritual.pack} · next ${next}`,
      ].join('\n');
    })
    .join('\n\n');
}

export function formatAgenda(agenda: WeekAgenda): string {
  const head = `Week of ${agenda.week} (${agenda.timezone})`;
  if (agenda.items.length === 0) return `${head}: no rituals this week.`;
  const packs = agenda.packs.length > 0 ? `Packs to prepare: ${agenda.packs.join(', ')}` : 'No packs needed';
  return [head, packs, '', ...agenda.items.map(formatItem)].join('\n');
}

function formatItem(item: AgendaItem): string {
  const day = new Date(`${item.occurrence.date}T00:00:00Z`).toLocaleDateString('en', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  const audience = item.audience.map((member) => member.label).join(', ') || 'not set';
  const lines = [
    `${day} ${item.occurrence.date} ${item.occurrence.time}  ${item.title} (${item.cadence.durationMinutes} min)`,
    `  owner ${item.owner.name} · audience ${audience} · pack ${item.pack}`,
    ...item.agenda.map((entry, index) => `  ${index + 1}. ${entry}`),
  ];
  return `${lines.join('\n')}\n`;
}
