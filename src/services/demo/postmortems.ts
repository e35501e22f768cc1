/**
 * Postmortems for the demo's SEV-1 and SEV-2 incidents, as Markdown files in `postmortems/`. Each states
 * the incident's root cause and category and tells that cause's story (postmortem-stories.ts). Most are
 * complete and published within the policy's five days; one in five is published late; one
 * incident whose review was due never got its postmortem; one postmortem names an engineer as the cause;
 * the newest incidents have drafts still in review. Action items follow what teams really do: most are
 * closed, a few on-time items slip, and some open ones are past their due day when the data ends.
 */
import type { Incident } from '../../domain/records/incident.js';
import { findService } from './catalog.js';
import { findStory } from './incident-causes.js';
import { type DemoOrg, listMembers } from './org.js';
import type { DemoPerson } from './people.js';
import type { Random } from './random.js';
import { DAY_MS, formatDay } from './time.js';
import type { DemoWindow } from './window.js';
import type { DemoFile } from './yaml-files.js';

/** Days after resolution a postmortem is due (the default severity policy). */
const DUE_DAYS = 5;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (iso: string | undefined) => {
  const date = new Date(iso ?? 0);
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
};

type Role = 'good' | 'late' | 'blaming' | 'draft';

export function generateDemoPostmortems(
  org: DemoOrg,
  incidents: readonly Incident[],
  window: DemoWindow,
  random: Random,
): DemoFile[] {
  const serious = incidents.filter(
    (incident) => (incident.severity === 'SEV-1' || incident.severity === 'SEV-2') && incident.resolvedAt,
  );
  const endMs = window.endMs;
  const due = serious.filter(
    (incident) => Date.parse(incident.resolvedAt as string) + DUE_DAYS * DAY_MS < endMs,
  );
  // One reviewed incident is left without its postmortem, one gets a blaming one (both mid-year).
  const missing = due[Math.floor(due.length / 2)];
  const blaming = due[Math.floor(due.length / 3)];
  const files: DemoFile[] = [];
  serious.forEach((incident, index) => {
    if (incident === missing) return;
    const resolvedMs = Date.parse(incident.resolvedAt as string);
    // Every fifth review is published after its due day.
    let role: Role = index % 5 === 3 ? 'late' : 'good';
    if (incident === blaming) role = 'blaming';
    if (resolvedMs + DUE_DAYS * DAY_MS >= endMs) role = 'draft';
    files.push(writePostmortem(org, incident, role, endMs, random));
  });
  return files;
}

function writePostmortem(
  org: DemoOrg,
  incident: Incident,
  role: Role,
  endMs: number,
  random: Random,
): DemoFile {
  const service = findService(incident.service ?? '');
  const team = listMembers(org, service.owner);
  const author =
    team.find((person) => person.pagerdutyId === incident.commander) ?? (random.pick(team) as DemoPerson);
  // The reviewer is the team's manager, or a teammate when the manager wrote it.
  const lead =
    team.find((person) => person.level.startsWith('M') && person !== author) ??
    team.find((person) => person !== author) ??
    author;
  const story = findStory(incident.rootCause, service.title);
  if (story === undefined) {
    throw new Error(`No postmortem story tells the root cause of ${incident.key}: ${incident.rootCause}`);
  }
  const resolvedMs = Date.parse(incident.resolvedAt as string);
  const publishedMs =
    resolvedMs + (role === 'late' ? random.nextInt(8, 20) : random.nextInt(1, DUE_DAYS)) * DAY_MS;
  const published = role === 'draft' ? undefined : formatDay(Math.min(publishedMs, endMs - DAY_MS));
  const base = Date.parse(`${published ?? formatDay(endMs)}T00:00:00Z`);
  const items = story.actions.map((action, index) => {
    const dueMs = base + random.nextInt(10, 45) * DAY_MS;
    const owner = random.pick(team).name;
    const passed = dueMs < endMs;
    const done = role !== 'draft' && (passed ? random.flip(0.8) : random.flip(0.2));
    const closedMs = Math.min(
      endMs - DAY_MS,
      dueMs + (random.flip(0.85) ? -random.nextInt(0, 8) : random.nextInt(2, 15)) * DAY_MS,
    );
    return [
      `  - id: AI-${index + 1}`,
      `    title: ${JSON.stringify(action.title)}`,
      `    owner: ${owner}`,
      `    due: ${formatDay(dueMs)}`,
      `    status: ${done ? 'done' : 'open'}`,
      ...(done ? [`    closed: ${formatDay(Math.max(closedMs, base))}`] : []),
      `    kind: ${action.kind}`,
    ].join('\n');
  });
  const signOffs = published && random.flip(0.85) ? [`      - item: shared\n        at: ${published}`] : [];
  const front = [
    '---',
    `incident: ${incident.source}:${incident.key}`,
    `title: ${JSON.stringify(incident.title)}`,
    `status: ${role === 'draft' ? random.pick(['draft', 'in-review']) : 'published'}`,
    `authors: [${author.name}]`,
    'reviewers:',
    `  - person: ${lead.name}`,
    signOffs.length > 0 ? `    signOffs:\n${signOffs.join('\n')}` : '    signOffs: []',
    ...(published ? [`published: ${published}`] : []),
    `rootCause: ${JSON.stringify(incident.rootCause)}`,
    `category: ${incident.category ?? 'other'}`,
    'actionItems:',
    ...items,
    '---',
  ];
  const first = author.displayName.split(' ')[0] ?? author.displayName;
  const rootCause =
    role === 'blaming'
      ? `${first} forgot to check the change before shipping it, and that mistake took ${service.title} down. ${incident.rootCause}`
      : (incident.rootCause as string);
  const factors =
    role === 'blaming' ? [...story.factors, `${first}'s mistake was not caught in review.`] : story.factors;
  const minutes = Math.round((resolvedMs - Date.parse(incident.startedAt)) / 60_000);
  const body = [
    '',
    `# ${incident.title}`,
    '',
    '## Summary',
    '',
    `${service.title} was impaired for ${minutes} minutes on ${incident.startedAt.slice(0, 10)} (${incident.severity}).`,
    '',
    '## Timeline (UTC)',
    '',
    `- ${clock(incident.startedAt)} Monitoring shows the first errors.`,
    `- ${clock(incident.acknowledgedAt)} ${author.displayName} acknowledges the page and takes incident command.`,
    `- ${clock(incident.mitigatedAt)} Mitigation in place; error rates back to normal.`,
    `- ${clock(incident.resolvedAt)} Incident resolved after verification.`,
    '',
    '## Root cause',
    '',
    rootCause,
    '',
    '## Contributing factors',
    '',
    ...factors.map((factor) => `- ${factor}`),
    '',
    ...(role === 'late' && random.flip(0.5)
      ? []
      : ['## Five whys', '', ...story.whys.map((why, i) => `${i + 1}. ${why}`), '']),
    '## Detection',
    '',
    story.detection,
    '',
    '## Recovery',
    '',
    story.recovery,
    '',
  ];
  const slug = `${incident.startedAt.slice(0, 10)}-${incident.key.toLowerCase()}-${service.name}`;
  return { path: `postmortems/${slug}.md`, content: `${[...front, ...body].join('\n')}` };
}
