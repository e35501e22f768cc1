/**
 * Reading maturity.yaml: the answers of each team to the agile maturity model and of the platform to the
 * platform maturity model. A team must be declared and appear once; a target level must be 1 to 5; an
 * answer must name a criterion of the model that is answered in the file (not one read from data). Every
 * problem is an issue at its line, and the file is all or nothing.
 */
import { z } from 'zod';
import { listAnswerableCriteria, MATURITY_MODELS, type MaturityModel } from '../../assess/maturity-model.js';
import type { Issue } from '../../domain/errors.js';
import {
  type MaturityAnswers,
  type PlatformMaturityAnswers,
  platformMaturitySchema,
  type TeamMaturityAnswers,
  teamMaturitySchema,
} from '../../domain/maturity.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { locate, type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import type { GovernanceDirectory, GovernanceReadContext, PartRead } from './part.js';

export const MATURITY_FILE = 'maturity.yaml';

const fileSchema = z.strictObject({
  teams: z.array(z.unknown()).nullish(),
  platform: z.unknown().optional(),
});

const EMPTY: MaturityAnswers = { teams: [], platform: null };

export async function readMaturity(context: GovernanceReadContext): Promise<PartRead<MaturityAnswers>> {
  const read = await readYamlSource(context.root, MATURITY_FILE);
  if (read.kind === 'missing') return { value: EMPTY, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY, issues: read.issues, files: [MATURITY_FILE] };
  const issues: Issue[] = [];
  const value = parseMaturity(read.source, context.directory, issues);
  return { value: issues.length > 0 ? EMPTY : value, issues, files: [MATURITY_FILE] };
}

export function parseMaturity(
  source: YamlSource,
  directory: GovernanceDirectory,
  issues: Issue[],
): MaturityAnswers {
  const top = fileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    issues.push(...fromZodIssues(source, fileSchema, top.error.issues));
    return EMPTY;
  }
  const seen = new Map<string, number>();
  const teams: TeamMaturityAnswers[] = [];
  eachValidItem(source, 'teams', top.data.teams, teamMaturitySchema, issues, (spec, at) => {
    const team = checkDeclaredRef(source, 'team', spec.team, [...at, 'team'], directory.teams, issues);
    const earlier = seen.get(team.ref);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, [...at, 'team'], {
          message: `the answers of team "${spec.team}" are already given`,
          found: `${team.ref}, first on line ${earlier}`,
          expected: 'each team once',
        }),
      );
    }
    seen.set(team.ref, locate(source, [...at, 'team']).line);
    checkAnswers(source, MATURITY_MODELS.agile, spec.answers, [...at, 'answers'], issues);
    teams.push({
      team: team.ref,
      target: spec.target ?? null,
      answers: spec.answers,
      notes: spec.notes ?? null,
    });
  });
  return { teams, platform: parsePlatform(source, top.data.platform, directory, issues) };
}

function parsePlatform(
  source: YamlSource,
  data: unknown,
  directory: GovernanceDirectory,
  issues: Issue[],
): PlatformMaturityAnswers | null {
  if (data === undefined || data === null) return null;
  const parsed = platformMaturitySchema.safeParse(data);
  if (!parsed.success) {
    issues.push(...fromZodIssues(source, platformMaturitySchema, parsed.error.issues, ['platform']));
    return null;
  }
  const spec = parsed.data;
  const team =
    spec.team === undefined
      ? null
      : checkDeclaredRef(source, 'team', spec.team, ['platform', 'team'], directory.teams, issues).ref;
  checkAnswers(source, MATURITY_MODELS.platform, spec.answers, ['platform', 'answers'], issues);
  return { team, target: spec.target ?? null, answers: spec.answers, notes: spec.notes ?? null };
}

function checkAnswers(
  source: YamlSource,
  model: MaturityModel,
  answers: Record<string, boolean>,
  at: PathSegment[],
  issues: Issue[],
): void {
  const answerable = listAnswerableCriteria(model);
  for (const id of Object.keys(answers)) {
    if (answerable.includes(id)) continue;
    const evidenced = model.criteria.some((criterion) => criterion.id === id);
    issues.push(
      issueAt(
        source,
        [...at, id],
        {
          message: evidenced
            ? `criterion "${id}" is read from data, not answered`
            : `no criterion "${id}" in the ${model.title.toLowerCase()} model`,
          found: id,
          expected: `one of ${answerable.join(', ')}`,
        },
        'key',
      ),
    );
  }
}
