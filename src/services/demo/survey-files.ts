/**
 * The demo's surveys/*.yaml and their response files (data/survey-<id>.csv): the developer-experience
 * survey of the last two quarters before the data ends, one pulse survey and one eNPS survey. About 70–85%
 * of each team's people answer. Planted: fulfilment rates CI speed clearly low and lower in the later
 * round; ranking-ml (four engineers) and reliability-enablement have fewer than five respondents, so
 * their figures are withheld; a share of people leave open answers. Pure and deterministic: answers come
 * from a hash of the survey and the person, not from the generator's random stream, so the other demo
 * files are unchanged.
 */
import { stringify } from 'yaml';
import type { DemoPerson } from './people.js';
import type { PlanningInputs } from './planning-files.js';
import { addDays } from './time.js';
import type { DemoFile } from './yaml-files.js';

/** The team that finds CI slow, and finds it slower in the later round. */
export const DEMO_SLOW_CI_TEAM = 'fulfilment';
const SLOW_CI_MEANS = [2.3, 1.6];
const RESPONSE_RATE = 0.8;

const DX_BASE: Record<string, number> = {
  'dev-env-setup': 3.3,
  'dev-env-reliability': 3.7,
  'ci-speed': 3.6,
  docs: 2.9,
  review: 3.8,
  'cross-team': 3.2,
  meetings: 3.4,
  'on-call': 3.5,
  monitoring: 3.6,
  'deploy-confidence': 3.9,
  'career-growth': 3.4,
  'meaningful-work': 3.6,
};
const TEAM_MOOD: Record<string, number> = { checkout: 0.2, payments: -0.2, 'customer-care': 0.3 };

const TIME_WASTERS = [
  'Chasing reviewers on other teams.',
  'Flaky end-to-end tests that need a re-run.',
  'Meetings that could have been a message.',
  'Finding out which runbook is the current one.',
  'Rebuilding my local environment after dependency updates.',
];
const SLOW_CI_WASTERS = [
  'Waiting for the CI pipeline of the WMS adapter, often more than 30 minutes.',
  'Re-running the integration suite because the pipeline queue is full.',
  'Watching builds: CI is slower every month.',
];
const ONE_CHANGES = [
  'Fewer recurring meetings.',
  'A single place for documentation.',
  'Clearer ownership of shared services.',
  'Protected focus time every week.',
];
const PULSE_NOTES = ['Peak season planning feels rushed.', 'Good to see the on-call load going down.'];
const ENPS_REASONS = [
  'Good colleagues and interesting problems.',
  'I learn a lot here.',
  'Too many priorities at once.',
  'Career paths could be clearer.',
];

/** A number in [0, 1) from a string (FNV-1a), so answers are fixed for a survey and a person. */
function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x100000000;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));
const pick = <T>(list: readonly T[], seed: string): T => list[Math.floor(unit(seed) * list.length)] as T;

function primaryTeam(person: DemoPerson): string | undefined {
  return [...person.teams].sort((a, b) => b.allocation - a.allocation)[0]?.team;
}

function tenureBand(startDate: string, day: string): string {
  const years = (Date.parse(day) - Date.parse(startDate)) / (365.25 * 86_400_000);
  return years < 1 ? '<1y' : years < 2 ? '1-2y' : years < 5 ? '2-5y' : '5y+';
}

interface Round {
  id: string;
  kind: 'dx' | 'pulse' | 'enps';
  title: string;
  opens: string;
  closes: string;
  questions?: { id: string; type: 'scale' | 'text'; text: string }[];
  /** Answers of one respondent by item id (empty string for a skipped item). */
  answer: (person: DemoPerson, team: string) => Record<string, string>;
  columns: string[];
}

/** The last day of the quarter before the one `day` falls in, and of the quarter before that. */
function previousQuarterEnds(day: string): { id: string; end: string }[] {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return [2, 1].map((back) => {
    const index = year * 4 + quarter - back;
    const [y, q] = [Math.floor(index / 4), index % 4];
    const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
    return { id: `${y}-q${q + 1}`, end };
  });
}

function dxRound(quarter: { id: string; end: string }, index: number): Round {
  const id = `dx-${quarter.id}`;
  const scaleIds = Object.keys(DX_BASE);
  return {
    id,
    kind: 'dx',
    title: `Developer experience ${quarter.id.toUpperCase().replace('-', ' ')}`,
    opens: addDays(quarter.end, -18),
    closes: addDays(quarter.end, -7),
    columns: [...scaleIds, 'time-waster', 'one-change'],
    answer: (person, team) => {
      const answers: Record<string, string> = {};
      for (const item of scaleIds) {
        const noise = (unit(`${id}:${person.name}:${item}`) - 0.5) * 2.4;
        const slow = team === DEMO_SLOW_CI_TEAM && item === 'ci-speed';
        const mean = slow ? (SLOW_CI_MEANS[index] ?? 2) : (DX_BASE[item] ?? 3.5) + (TEAM_MOOD[team] ?? 0);
        answers[item] = String(clamp(mean + (slow ? noise / 2 : noise), 1, 5));
      }
      const talks = unit(`${id}:${person.name}:open`);
      const wasters = team === DEMO_SLOW_CI_TEAM ? SLOW_CI_WASTERS : TIME_WASTERS;
      answers['time-waster'] = talks < 0.55 ? pick(wasters, `${id}:${person.name}:waster`) : '';
      answers['one-change'] = talks < 0.35 ? pick(ONE_CHANGES, `${id}:${person.name}:change`) : '';
      return answers;
    },
  };
}

function pulseRound(asOf: string): Round {
  const closes = addDays(asOf, -38);
  const id = `pulse-${closes.slice(0, 7)}`;
  const questions = [
    {
      id: 'workload',
      type: 'scale' as const,
      text: 'Your workload over the last month has been sustainable.',
    },
    { id: 'clarity', type: 'scale' as const, text: 'You know what matters most for your team right now.' },
    { id: 'support', type: 'scale' as const, text: 'You get help quickly when you are stuck.' },
    { id: 'note', type: 'text' as const, text: 'Anything leadership should hear this month?' },
  ];
  return {
    id,
    kind: 'pulse',
    title: `Pulse ${closes.slice(0, 7)}`,
    opens: addDays(closes, -7),
    closes,
    questions,
    columns: questions.map((question) => question.id),
    answer: (person, team) => ({
      workload: String(
        clamp(3.4 + (TEAM_MOOD[team] ?? 0) + (unit(`${id}:${person.name}:w`) - 0.5) * 2.4, 1, 5),
      ),
      clarity: String(clamp(3.8 + (unit(`${id}:${person.name}:c`) - 0.5) * 2, 1, 5)),
      support: String(clamp(3.9 + (unit(`${id}:${person.name}:s`) - 0.5) * 2, 1, 5)),
      note: unit(`${id}:${person.name}:n`) < 0.3 ? pick(PULSE_NOTES, `${id}:${person.name}:note`) : '',
    }),
  };
}

function enpsRound(asOf: string): Round {
  const closes = addDays(asOf, -10);
  const id = `enps-${closes.slice(0, 7)}`;
  return {
    id,
    kind: 'enps',
    title: `Employee NPS ${closes.slice(0, 7)}`,
    opens: addDays(closes, -11),
    closes,
    columns: ['recommend', 'recommend-reason'],
    answer: (person, team) => ({
      recommend: String(
        clamp(7.6 + (TEAM_MOOD[team] ?? 0) * 3 + (unit(`${id}:${person.name}:r`) - 0.5) * 6, 0, 10),
      ),
      'recommend-reason':
        unit(`${id}:${person.name}:o`) < 0.45 ? pick(ENPS_REASONS, `${id}:${person.name}:reason`) : '',
    }),
  };
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function responsesCsv(round: Round, people: readonly DemoPerson[]): string {
  const days = Math.round((Date.parse(round.closes) - Date.parse(round.opens)) / 86_400_000);
  const everyone = people
    .filter(
      (person) => person.startDate <= round.opens && (!person.endDate || person.endDate >= round.closes),
    )
    .map((person) => ({ person, team: primaryTeam(person) }))
    .filter((entry): entry is { person: DemoPerson; team: string } => entry.team !== undefined)
    .sort((a, b) => unit(`${round.id}:${a.person.name}:row`) - unit(`${round.id}:${b.person.name}:row`));
  // Four in five of each team answer (70–85% once rounded); the row order is a hash, not the order
  // people answered in or an order of names.
  const teamSize = new Map<string, number>();
  for (const { team } of everyone) teamSize.set(team, (teamSize.get(team) ?? 0) + 1);
  const taken = new Map<string, number>();
  const respondents = everyone.filter(({ team }) => {
    const count = (taken.get(team) ?? 0) + 1;
    taken.set(team, count);
    return count <= Math.round((teamSize.get(team) ?? 0) * RESPONSE_RATE);
  });
  const lines = [['response_id', 'submitted_at', 'team', 'tenure', ...round.columns].join(',')];
  respondents.forEach(({ person, team }, index) => {
    const day = addDays(round.opens, Math.floor(unit(`${round.id}:${person.name}:day`) * (days + 1)));
    const hour = 7 + Math.floor(unit(`${round.id}:${person.name}:hour`) * 9);
    const tenure =
      unit(`${round.id}:${person.name}:tenure`) < 0.1 ? '' : tenureBand(person.startDate, round.closes);
    const answers = round.answer(person, team);
    lines.push(
      [
        `r${String(index + 1).padStart(3, '0')}`,
        `${day}T${String(hour).padStart(2, '0')}:00:00Z`,
        team,
        tenure,
        ...round.columns.map((column) => csvField(answers[column] ?? '')),
      ].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

export function buildSurveyFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, asOf } = inputs;
  const rounds = [...previousQuarterEnds(asOf).map(dxRound), pulseRound(asOf), enpsRound(asOf)];
  return rounds.flatMap((round) => {
    const data = `data/survey-${round.id}.csv`;
    const definition = {
      kind: round.kind,
      title: round.title,
      opens: round.opens,
      closes: round.closes,
      ...(round.questions ? { questions: round.questions } : {}),
      responses: [data],
    };
    return [
      {
        path: `surveys/${round.id}.yaml`,
        content: `# Generated by \`sextant demo\` (fictional organization), as of ${asOf}.\n${stringify(definition)}`,
      },
      { path: data, content: responsesCsv(round, org.people) },
    ];
  });
}
