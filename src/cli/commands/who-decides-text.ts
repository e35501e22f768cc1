import type {
  DecisionAreaView,
  PartyView,
  TopicSummary,
  WhoDecidesResult,
} from '../../services/decision-rights.service.js';

/** How many people a role is shown with before "and N more". */
const PEOPLE_SHOWN = 4;

export function formatWhoDecides(result: WhoDecidesResult): string {
  switch (result.kind) {
    case 'found':
      return formatArea(result.area);
    case 'ambiguous':
      return [
        `"${result.query}" matches ${result.candidates.length} decision areas:`,
        ...topics(result.candidates),
      ]
        .concat('', 'Ask again with one of the ids.')
        .join('\n');
    case 'none':
      return result.topics.length === 0
        ? `No decision area matches "${result.query}": model/decision-rights.yaml declares none.`
        : [
            `No decision area matches "${result.query}". The decision areas are:`,
            ...topics(result.topics),
          ].join('\n');
  }
}

function formatArea(area: DecisionAreaView): string {
  const lines = [`${area.title} (${area.id})`, '', `Decides:   ${party(area.decides)}`];
  lines.push(
    `Consults:  ${area.consults.length > 0 ? area.consults.map(party).join('; ') : 'no one required'}`,
  );
  if (area.approval.length === 0) lines.push('Approval:  none needed beyond the decider');
  for (const [index, approval] of area.approval.entries()) {
    const threshold = approval.threshold
      ? `${approval.threshold.measure} above ${approval.threshold.above.toLocaleString('en')}${approval.threshold.unit ? ` ${approval.threshold.unit}` : ''}`
      : undefined;
    const when = [approval.when, threshold].filter(Boolean).join('; ');
    lines.push(
      `${index === 0 ? 'Approval:  ' : '           '}${party(approval.by)}${when ? ` — when ${when}` : ''}`,
    );
  }
  if (area.escalation) {
    lines.push('', `Escalation: ${area.escalation.title}`);
    for (const level of area.escalation.levels) {
      const after = level.after ? ` (after ${level.after})` : '';
      const note = level.note ? ` — ${level.note}` : '';
      lines.push(`  ${level.level}. ${party(level.who)}${after}${note}`);
    }
  } else {
    lines.push('', 'Escalation: no path declared');
  }
  if (area.notes) lines.push('', area.notes);
  return lines.join('\n');
}

function party(view: PartyView): string {
  if (view.kind === 'person')
    return view.people[0]?.role ? `${view.label} (${view.people[0].role})` : view.label;
  const names = view.people.map((person) => person.name);
  if (view.kind === 'team')
    return names.length > 0 ? `${view.label} team (lead: ${names[0]})` : `${view.label} team`;
  if (names.length === 0) return `${view.label} (outside the people model)`;
  const shown = names.slice(0, PEOPLE_SHOWN).join(', ');
  const more = names.length > PEOPLE_SHOWN ? ` and ${names.length - PEOPLE_SHOWN} more` : '';
  return `${view.label}: ${shown}${more}`;
}

function topics(list: TopicSummary[]): string[] {
  const width = Math.max(...list.map((topic) => topic.id.length));
  return list.map((topic) => `  ${topic.id.padEnd(width)}  ${topic.title}`);
}
