/**
 * Reading registers/talent-review.yaml: the rating bands, the review cycles with their calibration notes,
 * and the critical roles with their successors. Every person and service is resolved against the
 * directory. A duplicate cycle or role id, a person calibrated twice in one cycle, a holder named as their
 * own successor and a successor named twice are issues at their line. Any issue leaves the register empty.
 * Absent file: no cycles, no roles, and the default rating bands.
 */
import type { Issue } from '../../domain/errors.js';
import {
  type Band,
  type Calibration,
  type CriticalRole,
  criticalRoleSchema,
  cycleSchema,
  DEFAULT_RATING_BANDS,
  EMPTY_TALENT_REVIEW,
  normalizeRating,
  type ReviewCycle,
  ratingsSchema,
  type TalentReview,
  talentReviewFileSchema,
} from '../../domain/talent.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkPerson, checkServiceRef, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartRead, PartReader } from './part.js';

export type { TalentReview } from '../../domain/talent.js';

export const TALENT_REVIEW_FILE = 'registers/talent-review.yaml';

export const readTalentReview: PartReader<TalentReview> = async (context) => {
  const read = await readYamlSource(context.root, TALENT_REVIEW_FILE);
  if (read.kind === 'missing') return { value: EMPTY_TALENT_REVIEW, issues: [], files: [] };
  if (read.kind === 'invalid')
    return { value: EMPTY_TALENT_REVIEW, issues: read.issues, files: [TALENT_REVIEW_FILE] };
  return parseTalentReview(read.source, context.directory);
};

export function parseTalentReview(
  source: YamlSource,
  directory: GovernanceDirectory,
): PartRead<TalentReview> {
  const files = [source.file];
  const top = talentReviewFileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    return {
      value: EMPTY_TALENT_REVIEW,
      issues: fromZodIssues(source, talentReviewFileSchema, top.error.issues),
      files,
    };
  }
  const issues: Issue[] = [];
  const ratings = readRatings(source, top.data.ratings, issues);
  const cycles = readCycles(source, top.data.cycles, directory, issues);
  const criticalRoles = readRoles(source, top.data.criticalRoles, directory, issues);
  if (issues.length > 0) return { value: EMPTY_TALENT_REVIEW, issues, files };
  return {
    value: {
      ratings: ratings ?? { ...DEFAULT_RATING_BANDS },
      ratingsSource: ratings ? 'register' : 'default',
      cycles: [...cycles].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
      criticalRoles,
    },
    issues,
    files,
  };
}

/** Two spellings of one rating (case, spaces) must not map to different bands. */
function readRatings(
  source: YamlSource,
  written: Record<string, unknown> | undefined,
  issues: Issue[],
): Record<string, Band> | undefined {
  if (written === undefined) return undefined;
  const parsed = ratingsSchema.safeParse(written);
  if (!parsed.success) {
    issues.push(...fromZodIssues(source, ratingsSchema, parsed.error.issues, ['ratings']));
    return undefined;
  }
  const declared = parsed.data;
  const ratings: Record<string, Band> = {};
  const spelled = new Map<string, string>();
  for (const [rating, band] of Object.entries(declared)) {
    const key = normalizeRating(rating);
    const earlier = spelled.get(key);
    if (earlier !== undefined) {
      issues.push(
        issueAt(
          source,
          ['ratings', rating],
          {
            message: `the rating "${rating}" is listed twice`,
            found: `${rating}, also written "${earlier}"`,
            expected: 'each rating once (case and spacing are ignored)',
          },
          'key',
        ),
      );
      continue;
    }
    spelled.set(key, rating);
    ratings[key] = band;
  }
  return ratings;
}

function readCycles(
  source: YamlSource,
  items: readonly unknown[] | null | undefined,
  directory: GovernanceDirectory,
  issues: Issue[],
): ReviewCycle[] {
  const ids = new Map<string, number>();
  const cycles: ReviewCycle[] = [];
  eachValidItem(source, 'cycles', items, cycleSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], ids, 'review cycle', issues)) return;
    const seen = new Set<string>();
    const calibration: Calibration[] = [];
    spec.calibration.forEach((entry, index) => {
      const where = [...at, 'calibration', index, 'person'];
      const person = checkPerson(source, entry.person, where, directory, issues);
      if (seen.has(person)) {
        issues.push(
          issueAt(source, where, {
            message: `${entry.person} is calibrated twice in cycle ${spec.id}`,
            found: person,
            expected: 'one calibration entry per person and cycle',
          }),
        );
        return;
      }
      seen.add(person);
      calibration.push({
        person,
        performance: entry.performance ?? null,
        potential: entry.potential ?? null,
        notes: entry.notes,
      });
    });
    cycles.push({ id: spec.id, date: spec.date, calibration });
  });
  return cycles;
}

function readRoles(
  source: YamlSource,
  items: readonly unknown[] | null | undefined,
  directory: GovernanceDirectory,
  issues: Issue[],
): CriticalRole[] {
  const ids = new Map<string, number>();
  const roles: CriticalRole[] = [];
  eachValidItem(source, 'criticalRoles', items, criticalRoleSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], ids, 'critical role', issues)) return;
    const holder = checkPerson(source, spec.holder, [...at, 'holder'], directory, issues);
    const services = spec.services.map((service, index) =>
      checkServiceRef(source, service, [...at, 'services', index], directory, issues),
    );
    const named = new Set<string>();
    const successors = spec.successors.flatMap((successor, index) => {
      const where = [...at, 'successors', index, 'person'];
      const person = checkPerson(source, successor.person, where, directory, issues);
      if (person === holder) {
        issues.push(
          issueAt(source, where, {
            message: `the holder of ${spec.id} cannot be their own successor`,
            found: person,
            expected: 'someone other than the holder',
          }),
        );
        return [];
      }
      if (named.has(person)) {
        issues.push(
          issueAt(source, where, {
            message: `${successor.person} is named twice as a successor for ${spec.id}`,
            found: person,
            expected: 'each successor once, with one readiness',
          }),
        );
        return [];
      }
      named.add(person);
      return [{ person, readiness: successor.readiness }];
    });
    roles.push({ id: spec.id, title: spec.title, holder, services, successors });
  });
  return roles;
}
