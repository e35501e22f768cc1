/**
 * The demo's roadmap.yaml, built from the epics the demo's work items carry (roadmap-epics.ts) so that
 * every epic it names exists and its figures come from the data: an initiative of last quarter whose
 * epics still hold open work (slipping past its target), one of this quarter whose recent pace finishes it
 * before its target (on track), one finished earlier in the year, and one planned for next quarter. Pure.
 */
import { stringify } from 'yaml';
import type { WorkItem } from '../../domain/records/work-item.js';
import { assessSchedule } from '../../governance/roadmap.js';
import type { PlanningInputs } from './planning-files.js';
import { assignDemoEpics, type DemoEpic } from './roadmap-epics.js';
import type { DemoFile } from './yaml-files.js';

const RECENT_MS = 42 * 86_400_000;

interface TeamQuarter {
  team: string;
  epics: DemoEpic[];
  items: WorkItem[];
  from: string;
  to: string;
}

export function buildRoadmapFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, window } = inputs;
  const { asOf } = window;
  const records = inputs.records['work-item'] as readonly WorkItem[];
  const { epics } = assignDemoEpics(records, window);
  const quarters = [...new Set(epics.map((epic) => epic.from))].sort();
  const current = quarters.filter((from) => from <= asOf).at(-1);
  const previous = quarters.filter((from) => from < (current ?? '')).at(-1);
  const earlier = quarters.filter((from) => from < (previous ?? '')).at(-1);
  if (!current || !previous || !earlier) return [];
  const byEpic = new Map<string, WorkItem[]>();
  for (const item of records) if (item.epic) byEpic.set(item.epic, [...(byEpic.get(item.epic) ?? []), item]);
  const quarterOf = (team: string, from: string): TeamQuarter => {
    const mine = epics.filter((epic) => epic.team === team && epic.from === from);
    return {
      team,
      epics: mine,
      items: mine.flatMap((epic) => byEpic.get(epic.key) ?? []),
      from,
      to: mine[0]?.to ?? from,
    };
  };
  const teams = org.teams.map((team) => team.name);
  const open = (quarter: TeamQuarter) =>
    quarter.items.filter((item) => item.statusCategory !== 'done').length;
  const now = new Date(window.endMs);
  const forecast = (quarter: TeamQuarter) =>
    assessSchedule({
      status: 'in-progress',
      start: quarter.from,
      target: quarter.to,
      items: quarter.items,
      today: asOf,
      throughputFrom: new Date(Math.max(window.endMs - RECENT_MS, Date.parse(quarter.from))),
      now,
    });
  const slipping = teams
    .map((team) => quarterOf(team, previous))
    .filter((quarter) => open(quarter) > 0)
    .sort((a, b) => open(b) - open(a))[0];
  const onTrack = teams
    .filter((team) => team !== slipping?.team)
    .map((team) => quarterOf(team, current))
    .filter((quarter) => forecast(quarter).kind === 'on-track')
    .sort((a, b) => b.items.length - a.items.length)[0];
  const finished = teams
    .filter((team) => team !== slipping?.team && team !== onTrack?.team)
    .map((team) => quarterOf(team, earlier))
    .find((quarter) => quarter.items.length > 0 && open(quarter) === 0);
  if (!slipping || !onTrack || !finished) return [];
  const leadOf = (team: string) => org.teams.find((entry) => entry.name === team)?.lead;
  const vp = org.people.find((person) => person.role === 'VP Engineering')?.name;
  const owner = (team: string) => leadOf(team) ?? vp ?? '';
  const services = (quarter: TeamQuarter) =>
    quarter.epics.map((epic) => epic.service ?? 'shared tooling').join(', ');
  // The engineering objectives of the demo's OKRs (okr-files.ts) these initiatives serve.
  const initiative = (id: string, title: string, quarter: TeamQuarter, status: string, okrs?: string[]) => ({
    id,
    title,
    owner: owner(quarter.team),
    teams: [quarter.team],
    start: quarter.from,
    target: quarter.to,
    status,
    ...(okrs ? { okrs } : {}),
    epics: quarter.epics.map((epic) => epic.key),
  });
  const nextStart = nextQuarterStart(onTrack.to);
  const roadmap = {
    themes: [
      {
        id: 'dependable-operations',
        title: 'Dependable operations',
        description: 'The services customers and colleagues rely on keep working through peak season.',
        initiatives: [
          initiative(
            'peak-readiness',
            `Peak-season readiness: ${services(slipping)}`,
            slipping,
            'in-progress',
            ['eng-reliability'],
          ),
          initiative('service-foundations', `Service foundations: ${services(finished)}`, finished, 'done'),
        ],
      },
      {
        id: 'customer-experience',
        title: 'Customer experience',
        description: 'Faster, clearer journeys from search to delivery.',
        initiatives: [
          initiative('winter-release', `Winter release: ${services(onTrack)}`, onTrack, 'in-progress', [
            'eng-flow',
          ]),
          {
            id: 'spring-planning',
            title: 'Spring release discovery',
            owner: owner(onTrack.team),
            teams: [onTrack.team],
            start: nextStart,
            target: lastDayOfQuarter(nextStart),
            status: 'planned',
          },
        ],
      },
    ],
  };
  const header = [
    '# Roadmap: themes, initiatives and the Jira epics that carry their work.',
    `# Generated by \`sextant demo\` (fictional organization), as of ${asOf}.`,
    '# Progress and slippage are measured from the work items of the epics: `sextant roadmap list`.',
  ].join('\n');
  return [{ path: 'roadmap.yaml', content: `${header}\n${stringify(roadmap, { lineWidth: 0 })}` }];
}

function nextQuarterStart(lastDay: string): string {
  return new Date(Date.parse(lastDay) + 86_400_000).toISOString().slice(0, 10);
}

function lastDayOfQuarter(first: string): string {
  const date = new Date(Date.parse(first));
  date.setUTCMonth(date.getUTCMonth() + 3);
  return new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
}
