/**
 * Reading roadmap.yaml: every theme and every initiative validated on its own, owners and teams resolved
 * against the model, OKR links against the OKR ids (kept as written while those are unknown). Ids are
 * unique across the file, an epic belongs to one initiative only, and a target never comes before its
 * start. Any issue rejects the whole roadmap: nothing half-valid is returned.
 */
import type { Issue } from '../../domain/errors.js';
import {
  type Initiative,
  initiativeSchema,
  type Roadmap,
  roadmapFileSchema,
  type Theme,
  themeSchema,
} from '../../domain/roadmap.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef } from '../side-file.js';
import { locate, type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkOkrId, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const ROADMAP_FILE = 'roadmap.yaml';

const EMPTY: Roadmap = { themes: [], initiatives: [] };

export const readRoadmap: PartReader<Roadmap> = async (context) => {
  const read = await readYamlSource(context.root, ROADMAP_FILE);
  if (read.kind === 'missing') return { value: EMPTY, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY, issues: read.issues, files: [ROADMAP_FILE] };
  const { roadmap, issues } = parseRoadmap(read.source, context.directory);
  return { value: issues.length > 0 ? EMPTY : roadmap, issues, files: [ROADMAP_FILE] };
};

export function parseRoadmap(
  source: YamlSource,
  directory: GovernanceDirectory,
): { roadmap: Roadmap; issues: Issue[] } {
  const top = roadmapFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { roadmap: EMPTY, issues: fromZodIssues(source, roadmapFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const epicOwners = new Map<string, { initiative: string; line: number }>();
  const themes: Theme[] = [];
  const initiatives: Initiative[] = [];
  (top.data.themes ?? []).forEach((item, themeIndex) => {
    const themeAt: PathSegment[] = ['themes', themeIndex];
    const theme = themeSchema.safeParse(item);
    if (!theme.success) {
      issues.push(...fromZodIssues(source, themeSchema, theme.error.issues, themeAt));
      return;
    }
    checkUniqueId(source, theme.data.id, [...themeAt, 'id'], ids, 'theme or initiative', issues);
    const members: string[] = [];
    (theme.data.initiatives ?? []).forEach((entry, index) => {
      const at: PathSegment[] = [...themeAt, 'initiatives', index];
      const parsed = initiativeSchema.safeParse(entry);
      if (!parsed.success) {
        issues.push(...fromZodIssues(source, initiativeSchema, parsed.error.issues, at));
        return;
      }
      const spec = parsed.data;
      checkUniqueId(source, spec.id, [...at, 'id'], ids, 'theme or initiative', issues);
      if (spec.target < spec.start) {
        issues.push(
          issueAt(source, [...at, 'target'], {
            message: 'the target date comes before the start date',
            found: `${spec.target} (start ${spec.start})`,
            expected: `a date on or after ${spec.start}`,
          }),
        );
      }
      spec.epics.forEach((epic, position) => {
        const where = [...at, 'epics', position];
        const earlier = epicOwners.get(epic);
        if (earlier) {
          issues.push(
            issueAt(source, where, {
              message: `epic ${epic} is already linked to initiative "${earlier.initiative}"`,
              found: `${epic}, first linked on line ${earlier.line}`,
              expected: 'each epic linked to one initiative',
            }),
          );
        } else {
          epicOwners.set(epic, { initiative: spec.id, line: locate(source, where).line });
        }
      });
      const owner = checkDeclaredRef(
        source,
        'person',
        spec.owner,
        [...at, 'owner'],
        directory.people,
        issues,
      );
      const teams = spec.teams.map(
        (team, position) =>
          checkDeclaredRef(source, 'team', team, [...at, 'teams', position], directory.teams, issues).ref,
      );
      for (const [position, okr] of spec.okrs.entries()) {
        checkOkrId(source, okr, [...at, 'okrs', position], directory, issues);
      }
      members.push(spec.id);
      initiatives.push({
        id: spec.id,
        title: spec.title,
        description: spec.description ?? null,
        theme: theme.data.id,
        owner: owner.ref,
        teams,
        start: spec.start,
        target: spec.target,
        status: spec.status,
        okrs: spec.okrs,
        epics: spec.epics,
      });
    });
    themes.push({
      id: theme.data.id,
      title: theme.data.title,
      description: theme.data.description ?? null,
      initiatives: members,
    });
  });
  return { roadmap: { themes, initiatives }, issues };
}
