/** Plain-text rendering of incidents for the terminal; `--json` prints the same data unformatted. */
import type { DutyView, IncidentDetail, IncidentList } from '../../services/incidents.service.js';

/** `2026-03-04T10:15:00.000Z` → `2026-03-04 10:15Z`. */
function formatInstant(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z` : '—';
}

/** Seconds as the two largest units: `3 d 4 h`, `2 h 5 min`, `12 min`. */
export function formatSpan(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

function formatDuty(duty: DutyView, assessedAt: string): string {
  const late =
    duty.overdueSeconds > 0
      ? `overdue by ${formatSpan(duty.overdueSeconds)}`
      : `due in ${formatSpan((Date.parse(duty.dueAt) - Date.parse(assessedAt)) / 1000)}`;
  return `${duty.description}: ${late} (${formatInstant(duty.dueAt)})`;
}

/** Drops the `kind:default/` prefix from a reference, for reading. */
function short(ref: string | null): string {
  return ref ? ref.replace(/^[a-z-]+:default\//, '') : '—';
}

export function formatIncidentList(list: IncidentList, timeZone: string): string {
  if (list.items.length === 0) return 'No incidents match.';
  const lines = [
    `${list.total} incident${list.total === 1 ? '' : 's'}${list.items.length < list.total ? `, the newest ${list.items.length} shown` : ''} (overdue as of ${formatInstant(list.assessedAt)}; workspace time zone ${timeZone})`,
  ];
  lines.push(
    '',
    `${'id'.padEnd(24)} ${'sev'.padEnd(5)} ${'status'.padEnd(13)} ${'started'.padEnd(17)} ${'service'.padEnd(18)} title`,
  );
  for (const item of list.items) {
    lines.push(
      `${item.id.padEnd(24)} ${item.severity.padEnd(5)} ${item.status.padEnd(13)} ${formatInstant(item.startedAt).padEnd(17)} ${short(item.service).padEnd(18)} ${item.title}`,
    );
    for (const duty of item.overdue) lines.push(`${' '.repeat(25)}! ${formatDuty(duty, list.assessedAt)}`);
  }
  return lines.join('\n');
}

export function formatIncident(detail: IncidentDetail): string {
  const lines = [
    `${detail.id}  ${detail.severity}  ${detail.status}`,
    detail.title,
    '',
    `service       ${short(detail.service)}`,
    `declared      ${formatInstant(detail.startedAt)}`,
    `acknowledged  ${formatInstant(detail.acknowledgedAt)}`,
    `mitigated     ${formatInstant(detail.mitigatedAt)}`,
    `resolved      ${formatInstant(detail.resolvedAt)}`,
  ];
  if (detail.rootCause) lines.push(`root cause    ${detail.rootCause}`);
  lines.push('', 'Roles');
  const held = Object.entries(detail.roles);
  if (held.length === 0) lines.push('  none assigned');
  for (const [role, person] of held) lines.push(`  ${role.padEnd(20)} ${short(person)}`);
  const handovers = detail.roleHistory.filter((span) => span.until !== null);
  for (const span of handovers) {
    lines.push(
      `  (${span.role} was ${short(span.person)} ${formatInstant(span.since)} – ${formatInstant(span.until)})`,
    );
  }
  lines.push('', 'Timeline');
  if (detail.timeline.length === 0) lines.push('  no entries recorded');
  for (const entry of detail.timeline) {
    const label = entry.kind === 'update' ? `update/${entry.audience}` : entry.kind;
    lines.push(`  ${formatInstant(entry.at)}  ${label.padEnd(18)} ${entry.text}`);
  }
  if (detail.status === 'resolved' || detail.status === 'reviewed') {
    lines.push('', 'Closed: no response duties.');
  } else {
    lines.push('', `Overdue now (${formatInstant(detail.assessedAt)})`);
    if (detail.overdue.length === 0) lines.push('  nothing');
    for (const duty of detail.overdue) lines.push(`  ! ${formatDuty(duty, detail.assessedAt)}`);
    if (detail.upcoming.length > 0) lines.push('', 'Coming due');
    for (const duty of detail.upcoming) lines.push(`  ${formatDuty(duty, detail.assessedAt)}`);
  }
  return lines.join('\n');
}
