/**
 * Applications and scorecards from a Greenhouse Harvest export: one JSON document holding the Harvest
 * `applications`, `scorecards`, `offers` and `candidates` lists as the API returns them. Harvest does not
 * put stage history on an application, so each application may carry a `stage_history` list
 * (`[{ stage: { id, name }, entered_at }]`, built from the activity feed or stage-change webhooks); without
 * one, the application entered the first stage at `applied_at` and its `current_stage` at
 * `last_activity_at`.
 *
 * Mapping (docs/people/hiring.md): the position is the one whose `atsJob` (or id) is the first job's id;
 * status hired → hired, active → active, rejected → withdrawn when the rejection reason's type is "They
 * rejected us", else rejected; an offer with status rejected makes the outcome offer-declined. Ratings
 * definitely_not, no, yes, strong_yes are 1–4; mixed and no_decision are no rating. Pure.
 */
import { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import type { Application, Outcome, Scorecard } from '../../domain/hiring.js';
import { toRating } from '../../domain/hiring.js';
import { type AtsMapResult, type AtsMapSettings, STAGE_EXPECTED, toInstant, toStageId } from './settings.js';

const idSchema = z.union([z.number().int(), z.string().min(1)]).transform(String);
const named = z.looseObject({ id: idSchema.optional(), name: z.string().min(1) });

const applicationSchema = z.looseObject({
  id: idSchema,
  candidate_id: idSchema,
  applied_at: z.string(),
  last_activity_at: z.string().nullish(),
  status: z.enum(['active', 'rejected', 'hired', 'converted']),
  source: z.looseObject({ public_name: z.string().min(1) }).nullish(),
  rejection_reason: z.looseObject({ type: z.looseObject({ name: z.string() }).nullish() }).nullish(),
  jobs: z.array(z.looseObject({ id: idSchema, name: z.string().optional() })).min(1),
  current_stage: named.nullish(),
  stage_history: z.array(z.looseObject({ stage: named, entered_at: z.string() })).optional(),
});
const scorecardSchema = z.looseObject({
  id: idSchema,
  application_id: idSchema,
  interview_step: named.nullish(),
  interviewer: z.looseObject({ name: z.string().min(1) }).nullish(),
  submitted_by: z.looseObject({ name: z.string().min(1) }).nullish(),
  submitted_at: z.string().nullish(),
  overall_recommendation: z.string().nullish(),
  attributes: z.array(z.looseObject({ name: z.string(), rating: z.string().nullish() })).default([]),
});
const offerSchema = z.looseObject({
  application_id: idSchema,
  created_at: z.string().nullish(),
  sent_at: z.string().nullish(),
  resolved_at: z.string().nullish(),
  status: z.string(),
});
const candidateSchema = z.looseObject({
  id: idSchema,
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
});
const exportSchema = z.looseObject({
  applications: z.array(z.unknown()),
  scorecards: z.array(z.unknown()).default([]),
  offers: z.array(z.unknown()).default([]),
  candidates: z.array(z.unknown()).default([]),
});

export function mapGreenhouseExport(payload: unknown, settings: AtsMapSettings): AtsMapResult {
  const { file, source } = settings;
  const top = exportSchema.safeParse(payload);
  if (!top.success)
    return {
      kind: 'invalid',
      issues: top.error.issues.map((issue) => ({
        file,
        path: issue.path.join('.') || '(document)',
        message: issue.message,
        expected: 'a JSON object with applications (and optionally scorecards, offers, candidates) lists',
      })),
    };
  const issues: Issue[] = [];
  const valid = <S extends z.ZodType>(list: string, items: unknown[], schema: S) =>
    items.flatMap((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data as z.output<S>];
      const id = (item as { id?: unknown } | null)?.id;
      for (const issue of parsed.error.issues)
        issues.push({
          file,
          record: `${list}[${index}]${id !== undefined ? ` (id ${String(id)})` : ''}`,
          path: [list, index, ...issue.path].join('.'),
          message: issue.message,
          found: JSON.stringify(valueAt(item, issue.path)) ?? 'nothing',
          expected: `a Harvest ${list.replace(/s$/, '')} object`,
        });
      return [];
    });
  const names = new Map(
    valid('candidates', top.data.candidates, candidateSchema).map((c) => [
      c.id,
      [c.first_name, c.last_name].filter(Boolean).join(' '),
    ]),
  );
  const offers = valid('offers', top.data.offers, offerSchema);
  const jobToPosition = new Map(
    settings.positions.map((position) => [position.atsJob ?? position.id, position.id]),
  );

  const applications: Application[] = [];
  valid('applications', top.data.applications, applicationSchema).forEach((app, index) => {
    const record = `application ${app.id}`;
    const problem = (path: string, message: string, found: string, expected: string) =>
      issues.push({ file, record, path: `applications[${index}].${path}`, message, found, expected });
    const jobId = app.jobs[0]?.id ?? '';
    const positionId = jobToPosition.get(jobId);
    if (!positionId)
      problem(
        'jobs[0].id',
        'unknown position',
        jobId,
        'a job id listed as atsJob (or id) of a position in registers/hiring.yaml',
      );
    const history =
      app.stage_history ??
      [{ stage: { name: settings.stages[0] ?? 'applied' }, entered_at: app.applied_at }].concat(
        app.current_stage
          ? [{ stage: app.current_stage, entered_at: app.last_activity_at ?? app.applied_at }]
          : [],
      );
    const stages: { stage: string; enteredAt: string }[] = [];
    history.forEach((entry, at) => {
      const stage = toStageId(entry.stage.name, settings);
      const enteredAt = toInstant(entry.entered_at);
      if (stage === null)
        problem(
          `stage_history[${at}].stage.name`,
          'candidate in an unknown stage',
          entry.stage.name,
          STAGE_EXPECTED(settings),
        );
      if (enteredAt === null)
        problem(`stage_history[${at}].entered_at`, 'not a date-time', entry.entered_at, 'an ISO date-time');
      if (stage === null || enteredAt === null || stages.some((seen) => seen.stage === stage)) return;
      stages.push({ stage, enteredAt });
    });
    stages.sort((a, b) => settings.stages.indexOf(a.stage) - settings.stages.indexOf(b.stage));
    stages.forEach((entry, at) => {
      const previous = stages[at - 1];
      if (previous && entry.enteredAt < previous.enteredAt)
        problem(
          'stage_history',
          'stage dates out of order',
          `${entry.stage} entered ${entry.enteredAt}`,
          `on or after ${previous.enteredAt}, when ${previous.stage} was entered`,
        );
    });
    const offer = offers.find(
      (candidate) => candidate.application_id === app.id && candidate.status !== 'deprecated',
    );
    let outcome: Outcome =
      app.status === 'hired' ? 'hired' : app.status === 'rejected' ? 'rejected' : 'active';
    if (outcome === 'rejected' && /they rejected us/i.test(app.rejection_reason?.type?.name ?? ''))
      outcome = 'withdrawn';
    if (offer?.status === 'rejected') outcome = 'offer-declined';
    // Harvest marks a hire by status; the hire stage is entered when the offer was accepted.
    const hire = settings.stages[settings.stages.length - 1] ?? 'hired';
    const acceptedAt = offer?.status === 'accepted' ? toInstant(offer.resolved_at ?? '') : null;
    const lastEntered = stages[stages.length - 1]?.enteredAt ?? '';
    if (outcome === 'hired' && !stages.some((entry) => entry.stage === hire)) {
      const at = acceptedAt ?? toInstant(app.last_activity_at ?? '') ?? lastEntered;
      // Never before the last stage entered: ISO instants compare as text.
      stages.push({ stage: hire, enteredAt: [at, lastEntered].sort()[1] ?? at });
    }
    applications.push({
      id: `${source}:${app.id}`,
      source,
      key: app.id,
      positionId: positionId ?? '',
      candidate: names.get(app.candidate_id) || `Candidate ${app.candidate_id}`,
      channel: app.source?.public_name ?? 'unknown',
      appliedAt: toInstant(app.applied_at) ?? stages[0]?.enteredAt ?? '',
      stages,
      outcome,
      offerExtendedAt: offer ? toInstant(offer.sent_at ?? offer.created_at ?? '') : null,
      offerAcceptedAt: acceptedAt,
    });
  });

  const known = new Set(applications.map((app) => app.key));
  const scorecards: Scorecard[] = [];
  valid('scorecards', top.data.scorecards, scorecardSchema).forEach((card, index) => {
    const record = `scorecard ${card.id}`;
    const problem = (path: string, message: string, found: string, expected: string) =>
      issues.push({ file, record, path: `scorecards[${index}].${path}`, message, found, expected });
    if (!known.has(card.application_id))
      problem(
        'application_id',
        'scorecard for an application not in the export',
        card.application_id,
        'the id of one of the applications',
      );
    const stageName = card.interview_step?.name ?? '';
    const stage = toStageId(stageName, settings);
    if (stage === null)
      problem('interview_step.name', 'scorecard in an unknown stage', stageName, STAGE_EXPECTED(settings));
    const ratings: Record<string, number> = {};
    for (const attribute of card.attributes) {
      const dimension = toStageLikeId(attribute.name);
      const rating = toRating(attribute.rating);
      if (settings.dimensions.includes(dimension) && rating !== null) ratings[dimension] = rating;
    }
    const name = card.interviewer?.name ?? card.submitted_by?.name ?? '';
    const person = name === '' ? null : settings.matchPerson(name);
    scorecards.push({
      id: `${source}:scorecard-${card.id}`,
      source,
      key: `scorecard-${card.id}`,
      applicationId: `${source}:${card.application_id}`,
      interviewer: person,
      interviewerName: person ? null : name || null,
      stage: stage ?? '',
      ratings,
      overall: toRating(card.overall_recommendation),
      submittedAt: card.submitted_at ? toInstant(card.submitted_at) : null,
    });
  });
  return issues.length > 0 ? { kind: 'invalid', issues } : { kind: 'ok', data: { applications, scorecards } };
}

/** A scorecard attribute's name as a dimension id: "System Design" → system-design. */
function toStageLikeId(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current as Record<PropertyKey, unknown> | null)?.[key],
    value,
  );
}
