/**
 * The framework for the interfaces: the built-in catalog with each procedure's adoption from
 * registers/policies.yaml, one entry by id, and the coverage view. Only the loaded workspace is read;
 * "now" is an argument and becomes the workspace's local day for the coverage figures.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { FRAMEWORK_CATALOG, findFrameworkItem } from '../assess/framework/catalog.js';
import {
  type CoverageFigures,
  computeFrameworkCoverage,
  type FrameworkCoverage,
} from '../assess/framework/coverage.js';
import {
  FRAMEWORK_AREAS,
  type FrameworkArea,
  type FrameworkConcern,
  type FrameworkPolicy,
  type FrameworkProcedure,
  type SextantFeature,
} from '../assess/framework/types.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { AdoptionStatus, PolicyAdoption, PolicyEvidence } from '../domain/policy.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { CoverageFigures, FrameworkCoverage } from '../assess/framework/coverage.js';
export { FRAMEWORK_AREAS } from '../assess/framework/types.js';

export interface AdoptionView {
  status: AdoptionStatus | 'unrecorded';
  owner: { ref: string; name: string } | null;
  teams: string[];
  evidence: PolicyEvidence[];
  review: string | null;
  note: string | null;
}

export interface ProcedureView {
  id: string;
  title: string;
  summary: string;
  feature: SextantFeature | null;
  adoption: AdoptionView;
}

export interface PolicyView {
  id: string;
  title: string;
  statement: string;
  procedures: ProcedureView[];
}

export interface ConcernView {
  id: string;
  title: string;
  summary: string;
  policies: PolicyView[];
}

export interface AreaView {
  id: string;
  title: string;
  concerns: ConcernView[];
}

type Ref = { id: string; title: string };

export type FrameworkItemView =
  | ({ kind: 'area' } & AreaView & CoverageFigures)
  | ({ kind: 'concern'; area: Ref } & ConcernView & CoverageFigures)
  | ({ kind: 'policy'; area: Ref; concern: Ref } & PolicyView)
  | ({ kind: 'procedure'; area: Ref; concern: Ref; policy: Ref & { statement: string } } & ProcedureView);

/** The catalog with adoption, whole or for one area (`tech`, `people`, `ops`, `culture`). */
export async function listFramework(
  context: WorkspaceContext,
  query: { area?: string } = {},
): Promise<AreaView[]> {
  const { area } = query;
  if (area !== undefined && !FRAMEWORK_AREAS.some((id) => id === area)) {
    throw new InputError('Invalid area', [
      {
        path: 'area',
        message: 'unknown framework area',
        found: JSON.stringify(area),
        expected: `one of ${FRAMEWORK_AREAS.join(', ')}`,
      },
    ]);
  }
  const present = await presenter(context);
  return FRAMEWORK_CATALOG.filter((entry) => area === undefined || entry.id === area).map(present.area);
}

/** One area, concern, policy or procedure by id, with adoption (and coverage for areas and concerns). */
export async function showFrameworkItem(
  context: WorkspaceContext,
  id: string,
  now: Date,
): Promise<FrameworkItemView> {
  const item = findFrameworkItem(id);
  if (!item) {
    throw new NotFoundError(
      `No framework area, concern, policy or procedure has the id "${id}"; \`sextant framework list\` shows them all`,
    );
  }
  const present = await presenter(context);
  const ref = (entry: { id: string; title: string }): Ref => ({ id: entry.id, title: entry.title });
  switch (item.kind) {
    case 'area': {
      const coverage = await frameworkCoverage(context, now);
      const figures = coverage.areas.find((area) => area.id === item.area.id);
      return { kind: 'area', ...present.area(item.area), ...pickFigures(figures) };
    }
    case 'concern': {
      const coverage = await frameworkCoverage(context, now);
      const figures = coverage.areas
        .flatMap((area) => area.concerns)
        .find((concern) => concern.id === item.concern.id);
      return {
        kind: 'concern',
        area: ref(item.area),
        ...present.concern(item.concern),
        ...pickFigures(figures),
      };
    }
    case 'policy':
      return {
        kind: 'policy',
        area: ref(item.area),
        concern: ref(item.concern),
        ...present.policy(item.policy),
      };
    case 'procedure':
      return {
        kind: 'procedure',
        area: ref(item.area),
        concern: ref(item.concern),
        policy: { ...ref(item.policy), statement: item.policy.statement },
        ...present.procedure(item.procedure),
      };
  }
}

/** Coverage by concern and area on the workspace's local day of `now`. */
export async function frameworkCoverage(context: WorkspaceContext, now: Date): Promise<FrameworkCoverage> {
  const { adoptions } = (await context.workspace.governance()).policies;
  const today = format(new TZDate(now.getTime(), context.workspace.config.timezone), 'yyyy-MM-dd');
  return computeFrameworkCoverage(adoptions, { today });
}

function pickFigures(figures: CoverageFigures | undefined): CoverageFigures {
  if (!figures) throw new Error('the coverage view lost a catalog entry');
  return {
    counts: figures.counts,
    adoptedShare: figures.adoptedShare,
    carriedBySextant: figures.carriedBySextant,
  };
}

async function presenter(context: WorkspaceContext) {
  const { adoptions } = (await context.workspace.governance()).policies;
  const byProcedure = new Map(adoptions.map((adoption) => [adoption.procedure, adoption]));
  const names = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  const adoptionOf = (adoption: PolicyAdoption | undefined): AdoptionView =>
    adoption
      ? {
          status: adoption.status,
          owner: adoption.owner
            ? { ref: adoption.owner, name: names.get(adoption.owner) ?? adoption.owner }
            : null,
          teams: adoption.teams,
          evidence: adoption.evidence,
          review: adoption.review,
          note: adoption.note,
        }
      : { status: 'unrecorded', owner: null, teams: [], evidence: [], review: null, note: null };
  const procedure = (entry: FrameworkProcedure): ProcedureView => ({
    id: entry.id,
    title: entry.title,
    summary: entry.summary,
    feature: entry.feature,
    adoption: adoptionOf(byProcedure.get(entry.id)),
  });
  const policy = (entry: FrameworkPolicy): PolicyView => ({
    id: entry.id,
    title: entry.title,
    statement: entry.statement,
    procedures: entry.procedures.map(procedure),
  });
  const concern = (entry: FrameworkConcern): ConcernView => ({
    id: entry.id,
    title: entry.title,
    summary: entry.summary,
    policies: entry.policies.map(policy),
  });
  const area = (entry: FrameworkArea): AreaView => ({
    id: entry.id,
    title: entry.title,
    concerns: entry.concerns.map(concern),
  });
  return { area, concern, policy, procedure };
}
