/**
 * Reading registers/hiring.yaml: the pipeline stages (unique, in order), the interview scorecard's
 * dimensions, the positions of the hiring plan (team, hiring manager and hire checked against the model;
 * a filled position names who filled it and when) and the ATS exports `sextant sync` imports. Each position
 * is validated on its own; any issue leaves the register empty so no figure is built on a half-read plan.
 */
import type { Issue } from '../../domain/errors.js';
import {
  DEFAULT_DIMENSIONS,
  DEFAULT_STAGES,
  EMPTY_HIRING,
  type HiringImport,
  type HiringRegister,
  hiringFileSchema,
  hiringImportSchema,
  type Position,
  positionSchema,
} from '../../domain/hiring.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkPerson, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartRead, PartReader } from './part.js';

export type { HiringRegister } from '../../domain/hiring.js';

export const HIRING_FILE = 'registers/hiring.yaml';

export const readHiring: PartReader<HiringRegister> = async (context) => {
  const read = await readYamlSource(context.root, HIRING_FILE);
  if (read.kind === 'missing') return { value: EMPTY_HIRING, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY_HIRING, issues: read.issues, files: [HIRING_FILE] };
  return parseHiring(read.source, context.directory);
};

export function parseHiring(source: YamlSource, directory: GovernanceDirectory): PartRead<HiringRegister> {
  const files = [source.file];
  const top = hiringFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { value: EMPTY_HIRING, issues: fromZodIssues(source, hiringFileSchema, top.error.issues), files };
  const issues: Issue[] = [];
  const stages = top.data.stages ?? [...DEFAULT_STAGES];
  checkUnique(source, 'stages', stages, 'stage', issues);
  const dimensions = top.data.scorecard?.dimensions ?? [...DEFAULT_DIMENSIONS];
  checkUnique(source, 'scorecard.dimensions', dimensions, 'dimension', issues);

  const ids = new Map<string, number>();
  const positions: Position[] = [];
  eachValidItem(source, 'positions', top.data.positions, positionSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], ids, 'position', issues)) return;
    positions.push({
      id: spec.id,
      role: spec.role,
      level: spec.level,
      team: checkDeclaredRef(source, 'team', spec.team, [...at, 'team'], directory.teams, issues).ref,
      opened: spec.opened,
      targetDate: spec.targetDate,
      budgeted: spec.budgeted,
      priority: spec.priority,
      status: spec.status,
      hiringManager: checkPerson(source, spec.hiringManager, [...at, 'hiringManager'], directory, issues),
      filledBy:
        spec.filledBy === undefined
          ? null
          : checkPerson(source, spec.filledBy, [...at, 'filledBy'], directory, issues),
      filledOn: spec.filledOn ?? null,
      atsJob: spec.atsJob ?? null,
    });
  });

  const imports: HiringImport[] = [];
  eachValidItem(source, 'imports', top.data.imports, hiringImportSchema, issues, (spec, at) => {
    for (const [name, stage] of Object.entries(spec.stages ?? {})) {
      if (!stages.includes(stage))
        issues.push(
          issueAt(source, [...at, 'stages', name], {
            message: 'unknown pipeline stage',
            found: JSON.stringify(stage),
            expected: `one of the stages: ${stages.join(', ')}`,
          }),
        );
    }
    imports.push(spec);
  });
  if (issues.length > 0) return { value: EMPTY_HIRING, issues, files };
  return { value: { file: source.file, stages, dimensions, positions, imports }, issues, files };
}

function checkUnique(source: YamlSource, key: string, values: string[], what: string, issues: Issue[]) {
  const segments = key.split('.');
  values.forEach((value, index) => {
    const first = values.indexOf(value);
    if (first !== index)
      issues.push(
        issueAt(source, [...segments, index], {
          message: `the ${what} "${value}" is listed twice`,
          found: `${value}, first at position ${first + 1}`,
          expected: `each ${what} once`,
        }),
      );
  });
}
