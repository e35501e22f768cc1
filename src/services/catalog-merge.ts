/**
 * Merging imported catalog entries into the text of the workspace's model files. Pure: YAML text in,
 * YAML text out, with the comments and order of what was there kept. An entry whose name (and namespace)
 * is already declared is replaced field by field: the fields an import describes are taken from it (and
 * removed when it leaves them out), the fields Backstage cannot describe (SLOs, repositories, deployment
 * detection, interactions, identities, manager, level…) are kept, and a value the import only defaulted
 * (a team's type or mission, a person's role) never overwrites a declared one.
 */
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { CatalogEntries, Defaulted, EntryList, Imported } from '../connectors/backstage/report.js';
import { DEFAULT_NAMESPACE } from '../domain/refs.js';
import type { ModelFile } from '../workspace/model-files.js';

/** Which model file each imported list is written to. */
export const LIST_FILES: Record<EntryList, ModelFile> = {
  teams: 'teams',
  people: 'people',
  domains: 'services',
  systems: 'services',
  services: 'services',
  apis: 'services',
  resources: 'services',
};

/** Per list, the fields an import owns: replaced by the imported value, or removed when it has none. */
const IMPORTED_FIELDS: Record<EntryList, readonly string[]> = {
  teams: ['title', 'type', 'mission'],
  people: ['displayName', 'email', 'role', 'teams'],
  domains: ['title', 'description', 'owner'],
  systems: ['title', 'description', 'owner', 'domain'],
  services: [
    'title',
    'description',
    'owner',
    'system',
    'lifecycle',
    'dependsOn',
    'providesApis',
    'consumesApis',
  ],
  apis: ['title', 'description', 'type', 'lifecycle', 'owner', 'system', 'definition'],
  resources: ['title', 'description', 'type', 'owner', 'system', 'dependsOn'],
};

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

export interface MergedEntry {
  list: EntryList;
  ref: string;
  outcome: MergeOutcome;
}

/**
 * Merges `entries` into the files' texts (`undefined` for a file that does not exist yet) and returns
 * the new texts of the files that changed and what happened to each entry.
 */
export function mergeCatalogEntries(
  texts: Partial<Record<ModelFile, string | undefined>>,
  entries: CatalogEntries,
  defaulted: readonly Defaulted[],
): { texts: Partial<Record<ModelFile, string>>; merged: MergedEntry[] } {
  const docs = new Map<ModelFile, Document>();
  const merged: MergedEntry[] = [];
  const defaultedFields = new Set(defaulted.map((item) => `${item.ref} ${item.field}`));
  for (const list of Object.keys(LIST_FILES) as EntryList[]) {
    if (entries[list].length === 0) continue;
    const file = LIST_FILES[list];
    let doc = docs.get(file);
    if (!doc) {
      doc = parseDocument(texts[file] ?? '');
      if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
      docs.set(file, doc);
    }
    const seq = listNode(doc, list);
    for (const entry of entries[list] as Imported<Record<string, unknown>>[]) {
      const keep = (field: string) => defaultedFields.has(`${entry.ref} ${field}`);
      merged.push({ list, ref: entry.ref, outcome: mergeEntry(doc, seq, list, entry.spec, keep) });
    }
  }
  const changed: Partial<Record<ModelFile, string>> = {};
  for (const [file, doc] of docs) {
    const text = doc.toString({ lineWidth: 0 });
    if (text !== texts[file]) changed[file] = text;
  }
  return { texts: changed, merged };
}

function listNode(doc: Document, list: EntryList): YAMLSeq {
  const node = doc.get(list, true);
  if (isSeq(node)) return node;
  const seq = doc.createNode([]) as YAMLSeq;
  // `services:` with nothing after it is an empty list; the comments written under it (the examples
  // of a new workspace) are kept, above the entries.
  if (isScalar(node) && node.comment) seq.commentBefore = node.comment;
  doc.set(list, seq);
  return seq;
}

function mergeEntry(
  doc: Document,
  seq: YAMLSeq,
  list: EntryList,
  spec: Record<string, unknown>,
  keepDeclared: (field: string) => boolean,
): MergeOutcome {
  const namespace = (spec.namespace as string | undefined) ?? DEFAULT_NAMESPACE;
  const index = seq.items.findIndex(
    (item) =>
      isMap(item) &&
      item.get('name') === spec.name &&
      ((item.get('namespace') as string | undefined) ?? DEFAULT_NAMESPACE) === namespace,
  );
  if (index === -1) {
    seq.items.push(doc.createNode(spec) as Node);
    return 'added';
  }
  const existing = seq.items[index] as YAMLMap;
  const before = JSON.stringify(existing.toJSON());
  for (const field of IMPORTED_FIELDS[list]) {
    const value = spec[field];
    if (value === undefined) {
      existing.delete(field);
    } else if (!(keepDeclared(field) && existing.has(field))) {
      existing.set(field, doc.createNode(value));
    }
  }
  if (list === 'services' && spec.tier !== undefined) existing.set('tier', spec.tier);
  return JSON.stringify(existing.toJSON()) === before ? 'unchanged' : 'updated';
}
