/**
 * Backstage entities → workspace entries. Pure: descriptors in; the entries to write and a report out.
 *
 * - Component → service, API → api, System → system, Domain → domain, Resource → resource,
 *   Group → team and User → person (see map-org.ts for what a team and a person need).
 * - A group becomes a team when its `spec.type` is `team` or some imported user is a member of it.
 *   Other groups (organization, department, sub-department…) describe the structure above teams,
 *   which Sextant does not model: they are skipped with that reason.
 * - Owners in Sextant are teams: a user as owner stands for the user's first team (reported).
 * - Names that are not valid Sextant names reject the entity carrying them; they are never changed.
 * - An entity with any problem is rejected as a whole, with every problem reported; the others go on.
 * - Fields without a Sextant counterpart (a component's type, `subcomponentOf`…) are reported as not kept.
 */
import { NAME_PATTERN } from '../../domain/refs.js';
import { LIFECYCLES, type Lifecycle } from '../../domain/service.js';
import { CatalogRefs } from './catalog-refs.js';
import { ANNOTATIONS } from './descriptor.js';
import { type Entity, readEntities } from './entities.js';
import { nameOf, toPerson, toTeam } from './map-org.js';
import type { Descriptor } from './parse.js';
import {
  type CatalogMapping,
  EntityReport,
  type EntryList,
  NAME_EXPECTED,
  nonEmpty,
  optional,
} from './report.js';

export type { CatalogMapping } from './report.js';

export function mapCatalog(descriptors: readonly Descriptor[]): CatalogMapping {
  const read = readEntities(descriptors);
  const mapping: CatalogMapping = {
    teams: [],
    people: [],
    domains: [],
    systems: [],
    services: [],
    apis: [],
    resources: [],
    skipped: read.skipped,
    defaulted: [],
    notKept: [],
    issues: read.issues,
  };
  const refs = new CatalogRefs(read.entities);
  for (const entity of read.entities) {
    const report = new EntityReport(entity);
    if (entity.kind === 'Group' && !refs.isTeam(entity as Entity<'Group'>)) {
      const type = (entity as Entity<'Group'>).spec.type;
      mapping.skipped.push({
        file: entity.file,
        line: entity.line,
        entity: entity.id,
        reason: `a group of type ${type} with no members is not a team; Sextant models teams, not the structure above them`,
      });
      continue;
    }
    const entry = toEntry(entity, refs, report);
    if (report.problems.length > 0) {
      mapping.issues.push(...report.problems);
      continue;
    }
    const [list, spec] = entry;
    (mapping[list] as { file: string; line: number; ref: string; spec: unknown }[]).push({
      file: entity.file,
      line: entity.line,
      ref: report.ref,
      spec,
    });
    mapping.defaulted.push(...report.defaulted);
    mapping.notKept.push(...report.notKept);
  }
  return mapping;
}

function toEntry(entity: Entity, refs: CatalogRefs, report: EntityReport): [EntryList, object] {
  for (const field of ['namespace', 'name'] as const) {
    const value = entity.ref[field];
    if (!NAME_PATTERN.test(value)) {
      report.problem(['metadata', field], 'is not a valid Sextant name', value, NAME_EXPECTED);
    }
  }
  const base = {
    ...nameOf(entity),
    ...optional('title', entity.title),
    ...optional('description', entity.description),
  };
  const system = (text: string | undefined) =>
    optional('system', refs.text(entity, report, ['spec', 'system'], text, ['system'], 'system'));
  switch (entity.kind) {
    case 'Group':
      return ['teams', toTeam(entity as Entity<'Group'>, report)];
    case 'User':
      return ['people', toPerson(entity as Entity<'User'>, refs, report)];
    case 'Domain': {
      const { spec } = entity as Entity<'Domain'>;
      return ['domains', { ...base, owner: refs.owner(entity, spec.owner, report) }];
    }
    case 'System': {
      const { spec } = entity as Entity<'System'>;
      const domain = refs.text(entity, report, ['spec', 'domain'], spec.domain, ['domain'], 'domain');
      return [
        'systems',
        { ...base, owner: refs.owner(entity, spec.owner, report), ...optional('domain', domain) },
      ];
    }
    case 'Component':
      return ['services', toService(entity as Entity<'Component'>, base, refs, report)];
    case 'API': {
      const { spec } = entity as Entity<'API'>;
      return [
        'apis',
        {
          ...base,
          type: spec.type,
          lifecycle: toLifecycle(spec.lifecycle, report),
          owner: refs.owner(entity, spec.owner, report),
          ...system(spec.system),
          ...optional('definition', toDefinition(spec.definition, report)),
        },
      ];
    }
    case 'Resource': {
      const { spec } = entity as Entity<'Resource'>;
      const dependsOn = refs.list(
        entity,
        report,
        'dependsOn',
        spec.dependsOn,
        ['resource', 'component'],
        'resource',
      );
      return [
        'resources',
        {
          ...base,
          type: spec.type,
          owner: refs.owner(entity, spec.owner, report),
          ...system(spec.system),
          ...nonEmpty('dependsOn', dependsOn),
        },
      ];
    }
  }
}

function toService(entity: Entity<'Component'>, base: object, refs: CatalogRefs, report: EntityReport) {
  const { spec } = entity;
  if (spec.type !== 'service') {
    report.lose('spec.type', `the component type ${spec.type} is not kept: it is imported as a service`);
  }
  if (spec.subcomponentOf !== undefined) {
    report.lose('spec.subcomponentOf', `part of ${spec.subcomponentOf}; Sextant has no sub-services`);
  }
  const system = refs.text(entity, report, ['spec', 'system'], spec.system, ['system'], 'system');
  return {
    ...base,
    owner: refs.owner(entity, spec.owner, report),
    ...optional('system', system),
    ...toTier(entity, report),
    lifecycle: toLifecycle(spec.lifecycle, report),
    ...nonEmpty(
      'dependsOn',
      refs.list(entity, report, 'dependsOn', spec.dependsOn, ['component', 'resource'], 'service'),
    ),
    ...nonEmpty('providesApis', refs.list(entity, report, 'providesApis', spec.providesApis, ['api'], 'api')),
    ...nonEmpty('consumesApis', refs.list(entity, report, 'consumesApis', spec.consumesApis, ['api'], 'api')),
  };
}

function toTier(entity: Entity, report: EntityReport): { tier?: 1 | 2 | 3 | 4 } {
  const text = entity.annotations[ANNOTATIONS.tier];
  if (text === undefined) return {};
  if (['1', '2', '3', '4'].includes(text)) return { tier: Number(text) as 1 | 2 | 3 | 4 };
  report.problem(['metadata', 'annotations', ANNOTATIONS.tier], 'is not a tier', text, '1, 2, 3 or 4');
  return {};
}

function toLifecycle(text: string, report: EntityReport): Lifecycle {
  if ((LIFECYCLES as readonly string[]).includes(text)) return text as Lifecycle;
  report.problem(['spec', 'lifecycle'], 'is not a lifecycle Sextant knows', text, LIFECYCLES.join(', '));
  return 'production';
}

/** Inline text as it is; a placeholder (`$text: url`) as what it points at, which is never fetched. */
function toDefinition(value: string | Record<string, unknown> | undefined, report: EntityReport) {
  if (value === undefined || typeof value === 'string') return value;
  const [key, target] = Object.entries(value)[0] ?? [];
  if (typeof target === 'string' && key?.startsWith('$')) return target;
  report.lose('spec.definition', 'neither text nor a placeholder such as $text');
  return undefined;
}
