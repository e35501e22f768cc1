/**
 * Reading registers/vendors.yaml: the scorecard criteria (weights adding up to 100), each vendor validated
 * on its own (contract dates in order, a renewal not before the contract starts, scorecards rating exactly
 * the register's criteria) with its owner, teams, services and OKRs resolved, and each selection
 * evaluation (weights adding up to 100, every candidate scored on every criterion, a candidate's vendor id
 * in the register). Duplicate ids are issues at their line. Any issue leaves the register empty.
 */
import type { Issue } from '../../domain/errors.js';
import {
  type Criterion,
  criterionSchema,
  type Evaluation,
  evaluationSchema,
  type Vendor,
  type VendorRegister,
  type VendorSpec,
  vendorSchema,
  vendorsFileSchema,
} from '../../domain/vendor.js';
import { weightSum, weightsAddUp } from '../../governance/vendor-scoring.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkEntryLinks, checkPerson, checkUniqueId } from './links.js';
import type { GovernanceDirectory, PartRead, PartReader } from './part.js';

export const VENDORS_FILE = 'registers/vendors.yaml';

const EMPTY: VendorRegister = { scorecardCriteria: [], vendors: [], evaluations: [] };

export const readVendors: PartReader<VendorRegister> = async (context) => {
  const read = await readYamlSource(context.root, VENDORS_FILE);
  if (read.kind === 'missing') return { value: EMPTY, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY, issues: read.issues, files: [VENDORS_FILE] };
  return parseVendors(read.source, context.directory);
};

export function parseVendors(source: YamlSource, directory: GovernanceDirectory): PartRead<VendorRegister> {
  const files = [source.file];
  const top = vendorsFileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    return { value: EMPTY, issues: fromZodIssues(source, vendorsFileSchema, top.error.issues), files };
  }
  const issues: Issue[] = [];
  const criteria = readCriteria(source, ['scorecard', 'criteria'], top.data.scorecard?.criteria, issues);
  const vendorIds = new Map<string, number>();
  const vendors: Vendor[] = [];
  eachValidItem(source, 'vendors', top.data.vendors, vendorSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], vendorIds, 'vendor', issues)) return;
    const links = checkEntryLinks(source, spec, at, directory, issues);
    checkContract(source, spec, at, issues);
    spec.scorecards.forEach((scorecard, index) => {
      const where = [...at, 'scorecards', index, 'scores'];
      if (criteria) checkScores(source, criteria, scorecard.scores, where, 'the scorecard criteria', issues);
    });
    if (spec.scorecards.length > 0 && top.data.scorecard === undefined) {
      issues.push(
        issueAt(source, [...at, 'scorecards'], {
          message: 'scorecards need the criteria they rate',
          found: `${spec.scorecards.length} scorecards`,
          expected: 'a top-level scorecard.criteria list with weights adding up to 100',
        }),
      );
    }
    vendors.push(toVendor(spec, links));
  });
  const evaluations = readEvaluations(
    source,
    top.data.evaluations,
    new Set(vendorIds.keys()),
    directory,
    issues,
  );
  if (issues.length > 0) return { value: EMPTY, issues, files };
  return { value: { scorecardCriteria: criteria ?? [], vendors, evaluations }, issues, files };
}

function toVendor(spec: VendorSpec, links: ReturnType<typeof checkEntryLinks>): Vendor {
  const { contract } = spec;
  return {
    id: spec.id,
    name: spec.name,
    category: spec.category,
    ...links,
    reviewDate: spec.reviewDate ?? null,
    contract: {
      annualCost: contract.annualCost,
      currency: contract.currency,
      start: contract.start,
      end: contract.end ?? null,
      renewal: contract.renewal ?? null,
      noticeDays: contract.noticeDays,
      autoRenew: contract.autoRenew,
    },
    slas: spec.slas.map((sla) => ({
      name: sla.name,
      target: sla.target,
      unit: sla.unit ?? null,
      bad: sla.bad,
      measured: Object.entries(sla.measured)
        .map(([month, value]) => ({ month, value }))
        .sort((a, b) => a.month.localeCompare(b.month)),
    })),
    scorecards: spec.scorecards
      .map((scorecard) => ({ ...scorecard, notes: scorecard.notes ?? null }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    lockIn: spec.lockIn ? { ...spec.lockIn, notes: spec.lockIn.notes ?? null } : null,
  };
}

/** A renewal before the contract starts, or an end before the start, cannot be. */
function checkContract(
  source: YamlSource,
  spec: VendorSpec,
  at: readonly PathSegment[],
  issues: Issue[],
): void {
  const { start, end, renewal } = spec.contract;
  const where = [...at, 'contract'];
  if (end !== undefined && end < start) {
    issues.push(
      issueAt(source, [...where, 'end'], {
        message: 'the contract ends before it starts',
        found: end,
        expected: `a date on or after the start, ${start}`,
      }),
    );
  }
  if (renewal !== undefined && renewal < start) {
    issues.push(
      issueAt(source, [...where, 'renewal'], {
        message: 'the renewal is before the contract starts',
        found: renewal,
        expected: `a date on or after the start, ${start}`,
      }),
    );
  }
}

/** Criteria with unique names and weights adding up to 100; undefined when the list is absent or bad. */
function readCriteria(
  source: YamlSource,
  at: readonly PathSegment[],
  items: readonly unknown[] | undefined,
  issues: Issue[],
): Criterion[] | undefined {
  if (items === undefined) return undefined;
  const before = issues.length;
  const criteria: Criterion[] = [];
  items.forEach((item, index) => {
    const where = [...at, index];
    const parsed = criterionSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...fromZodIssues(source, criterionSchema, parsed.error.issues, where));
      return;
    }
    if (criteria.some((criterion) => criterion.name === parsed.data.name)) {
      issues.push(
        issueAt(source, [...where, 'name'], {
          message: `the criterion "${parsed.data.name}" is listed twice`,
          found: parsed.data.name,
          expected: 'each criterion once',
        }),
      );
      return;
    }
    criteria.push(parsed.data);
  });
  if (issues.length > before) return undefined;
  if (!weightsAddUp(criteria)) {
    issues.push(
      issueAt(source, at, {
        message: 'the criteria weights do not add up to 100',
        found: `${criteria.map((criterion) => criterion.weight).join(' + ')} = ${weightSum(criteria)}`,
        expected: 'weights (percentages) adding up to 100',
      }),
    );
    return undefined;
  }
  return criteria;
}

/** Scores must rate every criterion and nothing else. */
function checkScores(
  source: YamlSource,
  criteria: readonly Criterion[],
  scores: Readonly<Record<string, number>>,
  at: readonly PathSegment[],
  what: string,
  issues: Issue[],
): void {
  const names = criteria.map((criterion) => criterion.name);
  for (const key of Object.keys(scores)) {
    if (!names.includes(key)) {
      issues.push(
        issueAt(
          source,
          [...at, key],
          { message: `"${key}" is not one of ${what}`, found: key, expected: `one of ${names.join(', ')}` },
          'key',
        ),
      );
    }
  }
  const missing = names.filter((name) => scores[name] === undefined);
  if (missing.length > 0) {
    issues.push(
      issueAt(source, at, {
        message: `no score for ${missing.join(', ')}`,
        found: Object.keys(scores).join(', ') || 'no scores',
        expected: `a score from 1 to 5 for each of ${names.join(', ')}`,
      }),
    );
  }
}

function readEvaluations(
  source: YamlSource,
  items: readonly unknown[] | null | undefined,
  vendorIds: ReadonlySet<string>,
  directory: GovernanceDirectory,
  issues: Issue[],
): Evaluation[] {
  const ids = new Map<string, number>();
  const evaluations: Evaluation[] = [];
  eachValidItem(source, 'evaluations', items, evaluationSchema, issues, (spec, at) => {
    if (!checkUniqueId(source, spec.id, [...at, 'id'], ids, 'evaluation', issues)) return;
    const owner = checkPerson(source, spec.owner, [...at, 'owner'], directory, issues);
    const criteria = readCriteria(source, [...at, 'criteria'], spec.criteria, issues);
    const names = new Set<string>();
    spec.candidates.forEach((candidate, index) => {
      const where = [...at, 'candidates', index];
      if (names.has(candidate.name)) {
        issues.push(
          issueAt(source, [...where, 'name'], {
            message: `the candidate "${candidate.name}" is listed twice`,
            found: candidate.name,
            expected: 'each candidate once',
          }),
        );
      }
      names.add(candidate.name);
      if (candidate.vendor !== undefined && !vendorIds.has(candidate.vendor)) {
        issues.push(
          issueAt(source, [...where, 'vendor'], {
            message: `unknown vendor "${candidate.vendor}"`,
            found: candidate.vendor,
            expected: 'the id of a vendor in this file',
          }),
        );
      }
      if (criteria)
        checkScores(
          source,
          criteria,
          candidate.scores,
          [...where, 'scores'],
          'the evaluation criteria',
          issues,
        );
    });
    evaluations.push({
      id: spec.id,
      title: spec.title,
      owner,
      category: spec.category ?? null,
      decisionDate: spec.decisionDate ?? null,
      criteria: criteria ?? [],
      candidates: spec.candidates.map((candidate) => ({
        name: candidate.name,
        vendor: candidate.vendor ?? null,
        scores: candidate.scores,
        notes: candidate.notes ?? null,
      })),
    });
  });
  return evaluations;
}
