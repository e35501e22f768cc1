/**
 * The references of one import: each written as the workspace field expects it, checked for a kind the
 * field accepts and for names Sextant allows, and owners turned into teams (a user owner stands for the
 * user's first team). Needs every entity of the import, since a group is a team when users belong to it.
 */
import type { EntityKind } from '../../domain/refs.js';
import type { Entity } from './entities.js';
import {
  type BackstageRef,
  formatBackstageRef,
  hasValidNames,
  KIND_TO_SEXTANT,
  parseBackstageRef,
  toWorkspaceRefText,
} from './refs.js';
import { type EntityReport, NAME_EXPECTED } from './report.js';

type Field = (string | number)[];

export class CatalogRefs {
  private readonly byId = new Map<string, Entity>();
  /** Group ids some imported user (or the group's own `members`) names as a membership. */
  private readonly groupsWithMembers = new Set<string>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) this.byId.set(entity.id, entity);
    for (const entity of entities) {
      if (entity.kind === 'User') {
        for (const text of (entity as Entity<'User'>).spec.memberOf) {
          const ref = parseBackstageRef(text, 'group', entity.ref.namespace);
          if (ref) this.groupsWithMembers.add(formatBackstageRef(ref));
        }
      }
      if (entity.kind === 'Group' && (entity as Entity<'Group'>).spec.members.length > 0) {
        this.groupsWithMembers.add(entity.id);
      }
    }
  }

  /** A group of type team, or any group with members, is a team. */
  isTeam(group: Entity<'Group'>): boolean {
    return group.spec.type === 'team' || this.groupsWithMembers.has(group.id);
  }

  /** The owning team as written in the workspace; '' with a problem when there is no team to name. */
  owner(entity: Entity, text: string, report: EntityReport): string {
    const field = ['spec', 'owner'];
    const ref = this.parse(entity, report, field, text, ['group', 'user']);
    if (!ref) return '';
    const id = formatBackstageRef(ref);
    const target = this.byId.get(id);
    if (ref.kind === 'group') {
      if (target?.kind === 'Group' && !this.isTeam(target as Entity<'Group'>)) {
        const type = (target as Entity<'Group'>).spec.type;
        report.problem(field, `names the ${type} ${id}, which is not a team`, text, 'a group of type team');
        return '';
      }
      return toWorkspaceRefText('team', ref, 'team');
    }
    const memberOf = target?.kind === 'User' ? (target as Entity<'User'>).spec.memberOf : [];
    const team = memberOf
      .map((group) => parseBackstageRef(group, 'group', ref.namespace))
      .find((group): group is BackstageRef => group !== undefined && hasValidNames(group));
    if (!team) {
      const why = target ? 'who is a member of no team' : 'who is not among the imported descriptors';
      report.problem(
        field,
        `names the user ${id}, ${why}; owners in Sextant are teams`,
        text,
        'a group, or a user with a team',
      );
      return '';
    }
    const written = toWorkspaceRefText('team', team, 'team');
    report.default('owner', written, `owned by the user ${id}; their team owns it in Sextant`);
    return written;
  }

  /** References in a list field, as written in the workspace; those that cannot be are problems. */
  list(
    entity: Entity,
    report: EntityReport,
    field: string,
    texts: readonly string[],
    kinds: string[],
    fieldKind: EntityKind,
  ): string[] {
    return texts.flatMap((text, i) => {
      const written = this.text(entity, report, ['spec', field, i], text, kinds, fieldKind);
      return written === undefined ? [] : [written];
    });
  }

  /** A reference as written in a workspace field of kind `fieldKind`; undefined when absent or bad. */
  text(
    entity: Entity,
    report: EntityReport,
    field: Field,
    text: string | undefined,
    kinds: string[],
    fieldKind: EntityKind,
  ): string | undefined {
    if (text === undefined) return undefined;
    const ref = this.parse(entity, report, field, text, kinds);
    if (!ref) return undefined;
    return toWorkspaceRefText(KIND_TO_SEXTANT[ref.kind] as EntityKind, ref, fieldKind);
  }

  private parse(
    entity: Entity,
    report: EntityReport,
    field: Field,
    text: string,
    kinds: string[],
  ): BackstageRef | undefined {
    const ref = parseBackstageRef(text, kinds[0] ?? '', entity.ref.namespace);
    if (!ref) {
      report.problem(field, 'is not an entity reference', text, '[kind:][namespace/]name');
      return undefined;
    }
    if (!kinds.includes(ref.kind)) {
      report.problem(field, `refers to a ${ref.kind}`, text, `a reference to a ${kinds.join(' or ')}`);
      return undefined;
    }
    if (!hasValidNames(ref)) {
      report.problem(field, 'names an entity whose name is not a valid Sextant name', text, NAME_EXPECTED);
      return undefined;
    }
    return ref;
  }
}
