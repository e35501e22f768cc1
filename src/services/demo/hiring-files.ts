/**
 * The demo's registers/hiring.yaml and the ATS export it lists (data/ats-applications.csv). Eight positions
 * on the demo's teams: the three recent hires fill three of them on their start dates, one critical
 * position is overdue, the rest are open, cancelled or unbudgeted. The export holds about 160 applications
 * with what a reader should find in it: the technical stage is the bottleneck (few pass it, and it is the
 * slowest), one engineer who sits on most interview loops scores systematically high, and referrals
 * convert far better than the other sources. Pure and deterministic: it draws from its own seeded
 * generator, so the other demo files are unchanged.
 */
import { stringify } from 'yaml';
import type { DemoPerson } from './people.js';
import type { PlanningInputs } from './planning-files.js';
import { addDays } from './time.js';
import type { DemoFile } from './yaml-files.js';

export const DEMO_ATS_FILE = 'data/ats-applications.csv';
const STAGES = ['applied', 'screen', 'technical', 'onsite', 'offer', 'hired'] as const;
const DIMENSIONS = ['delivery', 'system-design', 'communication'] as const;
/** Share of applications per source, and each source's chance to pass applied, screen, technical, onsite. */
const SOURCES = [
  { name: 'job-board', weight: 0.45, pass: [0.68, 0.62, 0.12, 0.5] },
  { name: 'linkedin', weight: 0.3, pass: [0.72, 0.64, 0.14, 0.5] },
  { name: 'agency', weight: 0.12, pass: [0.75, 0.6, 0.16, 0.45] },
  { name: 'referral', weight: 0.13, pass: [0.95, 0.9, 0.55, 0.7] },
] as const;
/** Days spent in applied, screen, technical and onsite before the next stage: [minimum, spread]. */
/** Where the hire's stage entries fall between applying (0) and accepting (1). */
const HIRE_SPAN = [0, 0.08, 0.22, 0.66, 0.88, 1];
const STAGE_DAYS: [number, number][] = [
  [2, 5],
  [3, 6],
  [12, 14],
  [3, 5],
];

interface PositionPlan {
  id: string;
  role: string;
  level: string;
  team: string;
  opened: string;
  targetDate: string;
  budgeted: boolean;
  priority: 'critical' | 'standard';
  status: 'open' | 'filled' | 'cancelled';
  hiringManager: string;
  filledBy?: string;
  filledOn?: string;
  /** Applications the export holds for it. */
  applications: number;
  /** The hire's day of accepting the offer. */
  accepted?: string;
}

interface Row {
  application: string;
  candidate: string;
  position: string;
  source: string;
  stage: string;
  enteredAt: string;
  outcome: string;
  interviewer: string;
  recommendation: string;
  scores: string[];
}

export function buildHiringFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, asOf } = inputs;
  const random = seeded(asOf);
  const active = org.people.filter((person) => !person.endDate || person.endDate >= asOf);
  const hires = active
    .filter((person) => person.startDate > addDays(asOf, -240) && person.level === 'IC2')
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .slice(0, 3);
  const teams = org.teams.map((team) => team.name);
  if (hires.length < 3 || teams.length < 4) return [];
  const managerOf = (team: string) =>
    active.find((person) => person.teams.some((m) => m.team === team) && person.level.startsWith('M'))
      ?.name ??
    active.find((person) => person.teams.some((m) => m.team === team))?.manager ??
    (hires[0]?.manager as string);
  const otherTeams = teams.filter((team) => !hires.some((hire) => hire.teams[0]?.team === team));
  const positions: PositionPlan[] = hires.map((hire, index) => {
    const accepted = addDays(hire.startDate, -28);
    const opened = addDays(accepted, -(40 + index * 12));
    const team = hire.teams[0]?.team ?? (teams[0] as string);
    return {
      id: `POS-0${index + 1}`,
      role: hire.role,
      level: hire.level,
      team,
      opened,
      // The first critical hire landed before its target date, the second after it.
      targetDate: addDays(hire.startDate, index === 1 ? -10 : 14),
      budgeted: true,
      priority: index === 2 ? 'standard' : 'critical',
      status: 'filled',
      hiringManager: hire.manager ?? managerOf(team),
      filledBy: hire.name,
      filledOn: hire.startDate,
      applications: 24,
      accepted,
    };
  });
  const open = (
    index: number,
    spec: Pick<PositionPlan, 'role' | 'level' | 'priority' | 'status' | 'budgeted'>,
    openedAgo: number,
    targetIn: number,
    applications: number,
  ): PositionPlan => {
    const team = otherTeams[index % otherTeams.length] ?? (teams[index] as string);
    return {
      id: `POS-0${positions.length + 1 + index}`,
      ...spec,
      team,
      opened: addDays(asOf, -openedAgo),
      targetDate: addDays(asOf, targetIn),
      hiringManager: managerOf(team),
      applications,
    };
  };
  positions.push(
    // The overdue critical position: open well past its target date.
    open(
      0,
      {
        role: 'Senior Software Engineer',
        level: 'IC4',
        priority: 'critical',
        status: 'open',
        budgeted: true,
      },
      150,
      -30,
      30,
    ),
    open(
      1,
      { role: 'Staff Software Engineer', level: 'IC5', priority: 'critical', status: 'open', budgeted: true },
      70,
      60,
      20,
    ),
    open(
      2,
      { role: 'Software Engineer', level: 'IC3', priority: 'standard', status: 'open', budgeted: true },
      60,
      30,
      22,
    ),
    open(
      3,
      {
        role: 'Site Reliability Engineer',
        level: 'IC4',
        priority: 'standard',
        status: 'cancelled',
        budgeted: true,
      },
      200,
      -60,
      8,
    ),
    open(
      4,
      { role: 'Software Engineer', level: 'IC3', priority: 'standard', status: 'open', budgeted: false },
      40,
      75,
      12,
    ),
  );

  // The interviewers: senior engineers of the hiring teams; the first IC4 of the overdue position's team sits
  // on every onsite loop and rates a point above the rest (the planted calibration finding).
  const seniors = active.filter(
    (person) => (person.level === 'IC4' || person.level === 'IC5') && person.startDate < addDays(asOf, -365),
  );
  const barRaiser =
    seniors.find((person) => person.teams.some((m) => m.team === positions[3]?.team)) ??
    (seniors[0] as DemoPerson);
  const panelFor = (team: string) => {
    const own = seniors.filter(
      (person) => person.name !== barRaiser.name && person.teams.some((m) => m.team === team),
    );
    const rest = seniors.filter((person) => person.name !== barRaiser.name && !own.includes(person));
    return [...own, ...rest].slice(0, 4).map((person) => person.name);
  };

  const rows: Row[] = [];
  let serial = 0;
  let declines = 0;
  for (const position of positions) {
    const panel = panelFor(position.team);
    const end = position.accepted ?? (position.status === 'cancelled' ? position.targetDate : asOf);
    for (let index = 0; index < position.applications; index += 1) {
      serial += 1;
      const isHire = position.status === 'filled' && index === 0;
      const source = isHire && serial % 3 !== 0 ? SOURCES[3] : pickSource(random());
      const applied = isHire
        ? addDays(position.opened, 2)
        : addDays(position.opened, Math.floor(random() * Math.max(1, daysFrom(position.opened, end) - 5)));
      // How far the application goes: drawn stage by stage, the hire goes all the way.
      let top = 0;
      while (top < 4 && (isHire || (top < 3 && random() < (source.pass[top] ?? 0)))) top += 1;
      if (!isHire && top === 3 && random() < (source.pass[3] ?? 0)) {
        // Past the loop: another candidate on a filled position declines the offer (two in all); on the
        // overdue position one offer is still out; everyone else is turned down after the loop.
        if (position.status === 'filled' && declines < 2) {
          declines += 1;
          top = 4;
        } else if (
          position.id === positions[3]?.id &&
          !rows.some((row) => row.stage === 'offer' && row.outcome === 'active')
        )
          top = 4;
      }
      const dates = [applied];
      for (let stage = 1; stage <= (isHire ? 5 : top); stage += 1) {
        const [minimum, spread] = STAGE_DAYS[stage - 1] ?? [3, 4];
        dates.push(addDays(dates[stage - 1] as string, minimum + Math.floor(random() * spread)));
      }
      if (isHire) {
        // The hire's history spans the days from applying to accepting, most of it in the technical stage.
        const span = daysFrom(applied, position.accepted as string);
        HIRE_SPAN.forEach((share, stage) => {
          dates[stage] = addDays(applied, Math.round(span * share));
        });
      }
      while (dates.length > 1 && (dates.at(-1) as string) >= asOf) dates.pop();
      const reached = isHire ? 5 : dates.length - 1;
      const recent = daysFrom(dates[reached] as string, asOf) < 21 && position.status === 'open';
      const outcome = isHire
        ? 'hired'
        : reached === 4 && position.status === 'filled'
          ? 'offer-declined'
          : recent || (reached === 4 && position.status === 'open')
            ? 'active'
            : random() < 0.08
              ? 'withdrawn'
              : 'rejected';
      const key = `A-${String(serial).padStart(4, '0')}`;
      const candidate = `Candidate ${key.slice(2)}`;
      const quality = isHire ? 3.6 : 1.6 + random() * 1.8;
      for (let stage = 0; stage <= reached; stage += 1) {
        const base: Row = {
          application: key,
          candidate,
          position: position.id,
          source: source.name,
          stage: STAGES[stage] as string,
          enteredAt: dates[stage] as string,
          outcome: stage === reached ? outcome : '',
          interviewer: '',
          recommendation: '',
          scores: DIMENSIONS.map(() => ''),
        };
        // Scorecards are written when a stage is left (or for the last stage of a decided application).
        const scored = stage < reached || outcome !== 'active';
        const interviewers =
          !scored || stage < 2 || stage > 3
            ? []
            : stage === 2
              ? [panel[serial % panel.length] as string]
              : [
                  barRaiser.name,
                  panel[(serial + 1) % panel.length] as string,
                  panel[(serial + 2) % panel.length] as string,
                  panel[(serial + 3) % panel.length] as string,
                ];
        if (interviewers.length === 0) rows.push(base);
        for (const interviewer of interviewers) {
          const lift = interviewer === barRaiser.name ? 0.9 : 0;
          const rate = () => String(clamp(Math.round(quality + lift + (random() - 0.5) * 0.5)));
          rows.push({ ...base, interviewer, recommendation: rate(), scores: DIMENSIONS.map(rate) });
        }
      }
    }
  }

  const yaml = {
    stages: [...STAGES],
    positions: positions.map(({ applications: _a, accepted: _b, ...position }) => position),
    imports: [{ path: DEMO_ATS_FILE, format: 'csv', source: 'ats-demo' }],
  };
  const header = [
    '# Hiring plan: pipeline stages, positions (filled by whom and when) and the ATS exports `sextant sync` imports.',
    `# Generated by \`sextant demo\` (fictional organization and candidates), as of ${asOf}.`,
    '# `sextant hiring plan`, `hiring funnel`, `hiring sources` and `hiring calibration` read it with the export.',
  ].join('\n');
  const csv = [
    [
      'application_id',
      'candidate',
      'position',
      'source',
      'stage',
      'entered_at',
      'outcome',
      'interviewer',
      'recommendation',
      ...DIMENSIONS.map((d) => `score_${d}`),
    ].join(','),
    ...rows.map((row) =>
      [
        row.application,
        row.candidate,
        row.position,
        row.source,
        row.stage,
        row.enteredAt,
        row.outcome,
        row.interviewer,
        row.recommendation,
        ...row.scores,
      ].join(','),
    ),
  ].join('\n');
  return [
    { path: 'registers/hiring.yaml', content: `${header}\n${stringify(yaml, { lineWidth: 0 })}` },
    { path: DEMO_ATS_FILE, content: `${csv}\n` },
  ];
}

function pickSource(draw: number) {
  let total = 0;
  for (const source of SOURCES) {
    total += source.weight;
    if (draw < total) return source;
  }
  return SOURCES[0];
}

function clamp(rating: number): number {
  return Math.min(4, Math.max(1, rating));
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** mulberry32, seeded from the demo's day so the export is the same for the same demo. */
function seeded(text: string): () => number {
  let state =
    [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), 2_166_136_261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
