/**
 * Hiring: the plan of positions (registers/hiring.yaml), the pipeline stages candidates move through, the
 * interview scorecard, and the applications and scorecards imported from an applicant tracking system.
 *
 * The pipeline is an ordered list of stage ids. Its last stage is the hire and the one before it the offer;
 * the stage before the offer is the interview loop (`onsite` by default), which source effectiveness counts.
 * Ratings use a four-point scale with no middle, so every interviewer has to lean one way:
 * 1 strong no, 2 no, 3 yes, 4 strong yes.
 */
import { z } from 'zod';
import { levelSchema } from './budget.js';
import { dateSchema, refTextSchema } from './primitives.js';

export const DEFAULT_STAGES = ['applied', 'screen', 'technical', 'onsite', 'offer', 'hired'] as const;

/**
 * What an engineering interview loop scores by default: execution, design, operations, quality and
 * security, growing others, working across teams, cost sense and communication.
 */
export const DEFAULT_DIMENSIONS = [
  'delivery',
  'system-design',
  'operational-ownership',
  'quality-and-security',
  'growing-others',
  'cross-team-collaboration',
  'cost-awareness',
  'communication',
] as const;

export const RATING_MIN = 1;
export const RATING_MAX = 4;
/** Greenhouse's rating words, in scale order (1 to 4). */
export const RATING_WORDS = ['definitely_not', 'no', 'yes', 'strong_yes'] as const;

export const POSITION_PRIORITIES = ['critical', 'standard'] as const;
export const POSITION_STATUSES = ['open', 'filled', 'cancelled'] as const;
export const OUTCOMES = ['active', 'hired', 'rejected', 'withdrawn', 'offer-declined'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const IMPORT_FORMATS = ['csv', 'greenhouse'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const idPattern = /^[a-z0-9][a-z0-9._-]*$/;
const stageIdSchema = z.string().regex(idPattern, 'a stage id in lower case, e.g. onsite');
const dimensionIdSchema = z.string().regex(idPattern, 'a dimension id in lower case, e.g. system-design');

export const positionSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a position id such as POS-07'),
    role: z.string().min(1),
    level: levelSchema,
    team: refTextSchema,
    opened: dateSchema,
    targetDate: dateSchema,
    budgeted: z.boolean().default(true),
    priority: z.enum(POSITION_PRIORITIES),
    status: z.enum(POSITION_STATUSES),
    hiringManager: refTextSchema,
    filledBy: refTextSchema.optional(),
    filledOn: dateSchema.optional(),
    /** The job's id in the applicant tracking system, when it differs from the position id. */
    atsJob: z
      .union([z.string().min(1), z.number().int()])
      .transform(String)
      .optional(),
  })
  .superRefine((spec, ctx) => {
    const filled = spec.status === 'filled';
    for (const key of ['filledBy', 'filledOn'] as const) {
      if (filled && spec[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `a filled position names ${key}` });
      if (!filled && spec[key] !== undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `only a filled position has ${key}` });
    }
    if (spec.targetDate < spec.opened)
      ctx.addIssue({
        code: 'custom',
        path: ['targetDate'],
        message: 'the target date is on or after opened',
      });
    if (spec.filledOn !== undefined && spec.filledOn < spec.opened)
      ctx.addIssue({
        code: 'custom',
        path: ['filledOn'],
        message: 'a position is filled on or after opened',
      });
  });
export type PositionSpec = z.output<typeof positionSchema>;

export const hiringImportSchema = z.strictObject({
  path: refTextSchema,
  format: z.enum(IMPORT_FORMATS).default('csv'),
  /** Source name for the stable ids (`<source>:<application key>`); `ats:<file name>` by default. */
  source: z.string().regex(idPattern, 'a source name in lower case').optional(),
  /** The tracker's stage names mapped to pipeline stage ids, e.g. `Phone Screen: screen`. */
  stages: z.record(z.string().min(1), stageIdSchema).optional(),
});
export type HiringImport = z.output<typeof hiringImportSchema>;

export const hiringFileSchema = z.strictObject({
  stages: z.array(stageIdSchema).min(3).optional(),
  scorecard: z
    .strictObject({
      scale: z.literal('1-4').default('1-4'),
      dimensions: z.array(dimensionIdSchema).min(1).optional(),
    })
    .optional(),
  positions: z.array(z.unknown()).nullish(),
  imports: z.array(z.unknown()).nullish(),
});

export interface Position {
  id: string;
  role: string;
  level: string;
  /** Full team reference. */
  team: string;
  opened: string;
  targetDate: string;
  budgeted: boolean;
  priority: (typeof POSITION_PRIORITIES)[number];
  status: (typeof POSITION_STATUSES)[number];
  /** Full person reference. */
  hiringManager: string;
  filledBy: string | null;
  filledOn: string | null;
  atsJob: string | null;
}

export interface HiringRegister {
  /** The file it came from, or null when the workspace has none. */
  file: string | null;
  stages: string[];
  dimensions: string[];
  positions: Position[];
  imports: HiringImport[];
}

export const EMPTY_HIRING: HiringRegister = {
  file: null,
  stages: [...DEFAULT_STAGES],
  dimensions: [...DEFAULT_DIMENSIONS],
  positions: [],
  imports: [],
};

/** The stage candidates reach when hired, the offer stage and the interview loop. */
export function stageRoles(stages: readonly string[]): { hire: string; offer: string; loop: string } {
  return {
    hire: stages[stages.length - 1] ?? 'hired',
    offer: stages[stages.length - 2] ?? 'offer',
    loop: stages[stages.length - 3] ?? 'onsite',
  };
}

export interface StageEntry {
  stage: string;
  /** ISO instant. */
  enteredAt: string;
}

/** One candidate's application to one position, as imported. `id` is `<source>:<key>`. */
export interface Application {
  id: string;
  source: string;
  key: string;
  positionId: string;
  candidate: string;
  /** Where the candidate came from (referral, job board, agency …). */
  channel: string;
  appliedAt: string;
  /** In pipeline order, each entered no earlier than the one before. */
  stages: StageEntry[];
  outcome: Outcome;
  offerExtendedAt: string | null;
  offerAcceptedAt: string | null;
}

/** One interviewer's scorecard for one application at one stage. */
export interface Scorecard {
  id: string;
  source: string;
  key: string;
  applicationId: string;
  /** Full person reference when the interviewer is someone in people.yaml. */
  interviewer: string | null;
  /** The name as the tracker wrote it, kept when it matches no one. */
  interviewerName: string | null;
  stage: string;
  /** Dimension id → rating 1–4. */
  ratings: Record<string, number>;
  /** Overall recommendation 1–4, or null when the interviewer gave none. */
  overall: number | null;
  submittedAt: string | null;
}

export interface AtsImport {
  applications: Application[];
  scorecards: Scorecard[];
}

/** A rating given as a number 1–4 or one of Greenhouse's words; null for anything else. */
export function toRating(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value).trim().toLowerCase();
  const word = (RATING_WORDS as readonly string[]).indexOf(text);
  if (word >= 0) return word + 1;
  const number = Number(text);
  return Number.isInteger(number) && number >= RATING_MIN && number <= RATING_MAX ? number : null;
}

/** Target days to fill by seniority: entry and mid levels 45, senior 60, staff, principal and managers 90. */
export function timeToFillTarget(level: string): number {
  const match = /^IC(\d+)$/i.exec(level);
  if (match) {
    const step = Number(match[1]);
    if (step <= 3) return 45;
    if (step === 4) return 60;
  }
  return 90;
}
