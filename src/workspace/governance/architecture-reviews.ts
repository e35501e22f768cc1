/**
 * Reading registers/architecture-reviews.yaml: each submission validated on its own (a checklist item the
 * board's checklist does not have is an issue at its key), ids unique, submitter, team, services and
 * condition owners resolved against the model, the linked ADR checked against the files in decisions/.
 * Any issue rejects the whole register.
 */
import { z } from 'zod';
import {
  type ArchitectureReviews,
  type ReviewSubmission,
  reviewSubmissionSchema,
} from '../../domain/architecture-review.js';
import type { Issue } from '../../domain/errors.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { locate, readYamlSource, type YamlSource } from '../yaml-source.js';
import { listAdrIds } from './decisions.js';
import { checkServiceRef, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const ARCHITECTURE_REVIEWS_FILE = 'registers/architecture-reviews.yaml';

const reviewsFileSchema = z.strictObject({ reviews: z.array(z.unknown()).nullish() });

export const readArchitectureReviews: PartReader<ArchitectureReviews> = async ({ root, directory }) => {
  const read = await readYamlSource(root, ARCHITECTURE_REVIEWS_FILE);
  const files = read.kind === 'missing' ? [] : [ARCHITECTURE_REVIEWS_FILE];
  if (read.kind === 'missing') return { value: { reviews: [] }, issues: [], files };
  if (read.kind === 'invalid') return { value: { reviews: [] }, issues: read.issues, files };
  const { reviews, issues } = parseArchitectureReviews(read.source, directory, await listAdrIds(root));
  return { value: { reviews: issues.length > 0 ? [] : reviews }, issues, files };
};

export function parseArchitectureReviews(
  source: YamlSource,
  directory: GovernanceDirectory,
  adrIds: ReadonlySet<string>,
): { reviews: ReviewSubmission[]; issues: Issue[] } {
  const top = reviewsFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { reviews: [], issues: fromZodIssues(source, reviewsFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const reviews: ReviewSubmission[] = [];
  const lines = new Map<string, number>();
  eachValidItem(source, 'reviews', top.data.reviews, reviewSubmissionSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], lines, 'submission', issues)) return;
    const line = locate(source, [...at, 'id']).line;
    const person = (text: string, where: (string | number)[]) =>
      checkDeclaredRef(source, 'person', text, [...at, ...where], directory.people, issues).ref;
    if (spec.adr !== undefined && !adrIds.has(spec.adr)) {
      issues.push(
        issueAt(source, [...at, 'adr'], {
          message: `links ${spec.adr}, which does not exist`,
          found: spec.adr,
          expected: 'the id of an ADR in decisions/',
        }),
      );
    }
    const decision = spec.decision && {
      ...spec.decision,
      conditions: spec.decision.conditions.map((condition, index) => ({
        ...condition,
        owner: person(condition.owner, ['decision', 'conditions', index, 'owner']),
      })),
    };
    reviews.push({
      ...spec,
      submitter: person(spec.submitter, ['submitter']),
      team: checkDeclaredRef(source, 'team', spec.team, [...at, 'team'], directory.teams, issues).ref,
      services: spec.services.map((text, index) =>
        checkServiceRef(source, text, [...at, 'services', index], directory, issues),
      ),
      ...(decision ? { decision } : {}),
      line,
    });
  });
  return { reviews, issues };
}
