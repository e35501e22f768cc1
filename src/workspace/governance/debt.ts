/**
 * Reading registers/debt.yaml: each item validated on its own (every score an integer from 1 to 5), ids
 * unique, teams, owner and services resolved against the model, OKR links against the OKR ids (kept as
 * written while those are unknown). Any issue rejects the whole register.
 */
import { type DebtItem, debtFileSchema, debtItemSchema } from '../../domain/debt.js';
import type { Issue } from '../../domain/errors.js';
import { fromZodIssues } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkOkrId, checkServiceRef, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const DEBT_FILE = 'registers/debt.yaml';

export const readDebt: PartReader<DebtItem[]> = async (context) => {
  const read = await readYamlSource(context.root, DEBT_FILE);
  if (read.kind === 'missing') return { value: [], issues: [], files: [] };
  if (read.kind === 'invalid') return { value: [], issues: read.issues, files: [DEBT_FILE] };
  const { items, issues } = parseDebt(read.source, context.directory);
  return { value: issues.length > 0 ? [] : items, issues, files: [DEBT_FILE] };
};

export function parseDebt(
  source: YamlSource,
  directory: GovernanceDirectory,
): { items: DebtItem[]; issues: Issue[] } {
  const top = debtFileSchema.safeParse(source.data ?? {});
  if (!top.success) return { items: [], issues: fromZodIssues(source, debtFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const items: DebtItem[] = [];
  eachValidItem(source, 'debt', top.data.debt, debtItemSchema, issues, (spec, at) => {
    checkUniqueId(source, spec.id, [...at, 'id'], ids, 'debt item', issues);
    const owner = checkDeclaredRef(source, 'person', spec.owner, [...at, 'owner'], directory.people, issues);
    const teams = spec.teams.map(
      (team, index) =>
        checkDeclaredRef(source, 'team', team, [...at, 'teams', index], directory.teams, issues).ref,
    );
    const services = spec.services.map((service, index) =>
      checkServiceRef(source, service, [...at, 'services', index], directory, issues),
    );
    for (const [index, okr] of spec.okrs.entries()) {
      checkOkrId(source, okr, [...at, 'okrs', index], directory, issues);
    }
    items.push({
      id: spec.id,
      title: spec.title,
      description: spec.description ?? null,
      teams,
      services,
      okrs: spec.okrs,
      owner: owner.ref,
      reviewDate: spec.reviewDate,
      status: spec.status,
      score: spec.score,
    });
  });
  return { items, issues };
}
