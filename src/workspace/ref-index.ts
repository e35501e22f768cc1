/**
 * The names declared in the workspace, one namespace of names per kind, and the resolution of the
 * references written in the files against them. A reference may be written short (`payments`) or full
 * (`team:default/payments`); the field it sits in supplies the kind, and it is always stored full.
 */
import { InputError, type Issue } from '../domain/errors.js';
import {
  DEFAULT_NAMESPACE,
  type EntityKind,
  formatEntityRef,
  parseEntityRef,
  toRefString,
} from '../domain/refs.js';
import { issueAt } from './issues.js';
import { type Declaration, type Entry, type ModelInput, WORKSPACE_FILES } from './model-files.js';
import { compareText, sortRefs } from './order.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

/** How many known names an "unknown reference" issue suggests. */
const SUGGESTIONS = 5;

/** Where each kind is declared, to tell the reader where to add a missing one. */
const DECLARED_IN: Record<EntityKind, string> = {
  team: WORKSPACE_FILES.teams,
  person: WORKSPACE_FILES.people,
  service: WORKSPACE_FILES.services,
  system: WORKSPACE_FILES.services,
  domain: WORKSPACE_FILES.services,
  repository: WORKSPACE_FILES.services,
  api: WORKSPACE_FILES.services,
  resource: WORKSPACE_FILES.services,
  dependency: WORKSPACE_FILES.dependencies,
};

export interface RefIndex {
  /** The first declaration of each full reference. */
  declared: Map<string, Declaration>;
  unreadable: Set<EntityKind>;
  issues: Issue[];
}

/** Indexes every declaration; a name declared twice in one kind is reported at the second. */
export function indexDeclarations(input: ModelInput): RefIndex {
  const index: RefIndex = { declared: new Map(), unreadable: input.unreadable, issues: [] };
  for (const declaration of input.declarations) {
    const first = index.declared.get(declaration.ref);
    if (!first) {
      index.declared.set(declaration.ref, declaration);
      continue;
    }
    const { line } = locate(first.source, [...first.at, 'name']);
    const name = shortRef(declaration.ref);
    index.issues.push(
      issueAt(declaration.source, [...declaration.at, 'name'], {
        message: `${declaration.kind} "${name}" is declared twice; the first is at ${first.source.file} line ${line}`,
        found: JSON.stringify(name),
        expected: `a name no other ${declaration.kind} has`,
      }),
    );
  }
  return index;
}

/**
 * Resolves the reference written at `at` in `source` to its full form. Returns undefined, with an issue
 * recorded, when it is malformed or names nothing declared. References to a kind whose file could not
 * be parsed are taken as written: that file's own errors come first.
 */
export function resolveRef(
  index: RefIndex,
  kind: EntityKind,
  text: string,
  source: YamlSource,
  at: readonly PathSegment[],
): string | undefined {
  const found = JSON.stringify(text);
  let ref: string;
  try {
    ref = toRefString(text, kind);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    index.issues.push(
      issueAt(source, at, {
        message: error.message,
        found,
        expected: `${withArticle(kind)} reference: name, namespace/name or ${kind}:namespace/name`,
      }),
    );
    return undefined;
  }
  if (index.declared.has(ref) || index.unreadable.has(kind)) return ref;

  const known = [...index.declared.keys()]
    .filter((candidate) => candidate.startsWith(`${kind}:`))
    .map(shortRef);
  const wanted = shortRef(ref);
  const closest = known
    .map((name) => ({ name, distance: editDistance(wanted, name) }))
    .sort((a, b) => a.distance - b.distance || compareText(a.name, b.name))
    .slice(0, SUGGESTIONS)
    .map((candidate) => candidate.name);
  const where = `${withArticle(kind)} declared in ${DECLARED_IN[kind]}`;
  index.issues.push(
    issueAt(source, at, {
      message: `unknown ${kind} "${wanted}"`,
      found,
      expected:
        closest.length > 0 ? `${where}, closest: ${closest.join(', ')}` : `${where} (none is declared)`,
    }),
  );
  return undefined;
}

/** Records an issue positioned at `path` inside an entry. */
export function reportAt(
  index: RefIndex,
  entry: Entry<unknown>,
  path: readonly PathSegment[],
  detail: { message: string; found?: string; expected?: string },
): void {
  index.issues.push(issueAt(entry.source, [...entry.at, ...path], detail));
}

/** Resolves the reference written at `path` inside an entry. */
export function refAt(
  index: RefIndex,
  kind: EntityKind,
  entry: Entry<unknown>,
  path: readonly PathSegment[],
  text: string,
): string | undefined {
  return resolveRef(index, kind, text, entry.source, [...entry.at, ...path]);
}

/** Resolves a list of references written in `field`, keeping those that resolve, sorted and unique. */
export function refsAt(
  index: RefIndex,
  kind: EntityKind,
  entry: Entry<unknown>,
  field: string,
  texts: readonly string[],
): string[] {
  const refs = texts.map((text, i) => refAt(index, kind, entry, [field, i], text));
  return sortRefs(refs.filter((ref): ref is string => ref !== undefined));
}

/**
 * Resolves a list whose items may be of several kinds: an item written with one of `kinds` as its prefix
 * (`resource:artists-db`) is of that kind, anything else of the first kind. Sorted and unique.
 */
export function mixedRefsAt(
  index: RefIndex,
  kinds: readonly [EntityKind, ...EntityKind[]],
  entry: Entry<unknown>,
  field: string,
  texts: readonly string[],
): string[] {
  const refs = texts.map((text, i) => refAt(index, kindOf(text, kinds), entry, [field, i], text));
  return sortRefs(refs.filter((ref): ref is string => ref !== undefined));
}

/** The kind a reference in a mixed list names: its prefix when that is one of `kinds`, else the first. */
export function kindOf(text: string, kinds: readonly [EntityKind, ...EntityKind[]]): EntityKind {
  const prefix = /^([a-z-]+):/.exec(text.trim())?.[1];
  return kinds.find((kind) => kind === prefix) ?? kinds[0];
}

/** Entries with their full reference; a duplicate (already reported by the index) is left out. */
export function declaredOnce<T extends { name: string; namespace?: string | undefined }>(
  entries: readonly Entry<T>[],
  kind: EntityKind,
): { ref: string; entry: Entry<T> }[] {
  const seen = new Set<string>();
  const result: { ref: string; entry: Entry<T> }[] = [];
  for (const entry of entries) {
    const namespace = entry.spec.namespace ?? DEFAULT_NAMESPACE;
    const ref = formatEntityRef({ kind, namespace, name: entry.spec.name });
    if (seen.has(ref)) continue;
    seen.add(ref);
    result.push({ ref, entry });
  }
  return result;
}

/** `team:default/payments` → `payments`; other namespaces stay visible: `team:emea/payments` → `emea/payments`. */
export function shortRef(ref: string): string {
  const { namespace, name } = parseEntityRef(ref, ref.slice(0, ref.indexOf(':')) as EntityKind);
  return namespace === DEFAULT_NAMESPACE ? name : `${namespace}/${name}`;
}

/** `a team`, `an api`. */
function withArticle(kind: EntityKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Levenshtein distance: how many single-character edits turn one name into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
