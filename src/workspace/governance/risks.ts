/**
 * Reading registers/risks.yaml: each risk validated on its own (scales 1–5, dates, statuses), its owner,
 * teams, services, OKRs and mitigation owners resolved against the directory, and each key risk indicator
 * checked against the metric catalog (a known metric id, a team or service scope that exists, a threshold
 * in the metric's unit). A duplicate id is an issue at its line. Any issue leaves the register empty.
 */
import type { Issue } from '../../domain/errors.js';
import type { OrgModel } from '../../domain/model.js';
import { type Risk, type RiskRegister, riskSchema, risksFileSchema } from '../../domain/risk.js';
import { fromZodIssues } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkEntryLinks, checkPerson, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartRead, PartReader } from './part.js';
import { checkIndicator } from './risk-indicators.js';

export const RISKS_FILE = 'registers/risks.yaml';

const EMPTY: RiskRegister = { risks: [] };

export const readRisks: PartReader<RiskRegister> = async (context) => {
  const read = await readYamlSource(context.root, RISKS_FILE);
  if (read.kind === 'missing') return { value: EMPTY, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY, issues: read.issues, files: [RISKS_FILE] };
  return parseRisks(read.source, context);
};

export function parseRisks(
  source: YamlSource,
  context: { directory: GovernanceDirectory; model: OrgModel },
): PartRead<RiskRegister> {
  const { directory } = context;
  const files = [source.file];
  const top = risksFileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    return { value: EMPTY, issues: fromZodIssues(source, risksFileSchema, top.error.issues), files };
  }
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const risks: Risk[] = [];
  eachValidItem(source, 'risks', top.data.risks, riskSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], ids, 'risk', issues)) return;
    const links = checkEntryLinks(source, spec, at, directory, issues);
    const mitigations = spec.mitigations.map((mitigation, index) => ({
      ...mitigation,
      owner: checkPerson(source, mitigation.owner, [...at, 'mitigations', index, 'owner'], directory, issues),
    }));
    const indicators = spec.indicators.flatMap((indicator, index) => {
      const checked = checkIndicator(source, indicator, [...at, 'indicators', index], context, issues);
      return checked ? [checked] : [];
    });
    risks.push({
      id: spec.id,
      title: spec.title,
      description: spec.description ?? null,
      category: spec.category,
      ...links,
      reviewDate: spec.reviewDate,
      status: spec.status,
      likelihood: spec.likelihood,
      impact: spec.impact,
      residual: spec.residual ?? null,
      mitigations,
      indicators,
    });
  });
  return issues.length > 0 ? { value: EMPTY, issues, files } : { value: { risks }, issues, files };
}
