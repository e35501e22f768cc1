/**
 * Per-file histories for the truck factor, from per (file, developer) change counts and the renames git
 * reported.
 *
 * Rules and reasons:
 * - A renamed file keeps its history: everything recorded under the old path counts for the path it was
 *   moved to, following chains of renames (a → b → c all count as c). When the same old path was moved
 *   twice (it was re-created and moved again), the later move wins; a cycle (a → b, later b → a) stops where
 *   it would revisit a path.
 * - The creator of a file is the developer of the earliest change in its folded history; equal instants go
 *   to the alphabetically first developer, so the answer does not depend on row order. Within a window that
 *   starts after a file was created, that is the first developer seen changing it.
 * - Developers are whatever the caller keys them by: resolve identities first, so one person with two
 *   email addresses is one developer.
 */
import type { FileHistory } from './truck-factor.js';

export interface FileChanges {
  file: string;
  developer: string;
  changes: number;
  /** Epoch milliseconds of the developer's first change to the file. */
  firstAt: number;
}

export interface FileRename {
  from: string;
  to: string;
  /** Epoch milliseconds of the commit that moved it. */
  at: number;
}

/** Where each renamed path's history ends up. */
export function resolveRenames(renames: readonly FileRename[]): Map<string, string> {
  const next = new Map<string, FileRename>();
  for (const rename of renames) {
    if (rename.from === rename.to) continue;
    const known = next.get(rename.from);
    if (!known || rename.at > known.at || (rename.at === known.at && rename.to > known.to))
      next.set(rename.from, rename);
  }
  const final = new Map<string, string>();
  for (const start of next.keys()) {
    const seen = new Set([start]);
    let current = start;
    for (;;) {
      const step = next.get(current);
      if (!step || seen.has(step.to)) break;
      current = step.to;
      seen.add(current);
    }
    if (current !== start) final.set(start, current);
  }
  return final;
}

export function foldFileHistories(
  rows: readonly FileChanges[],
  renames: readonly FileRename[] = [],
): FileHistory[] {
  const final = resolveRenames(renames);
  const files = new Map<string, { changes: Map<string, number>; creator: string | null; firstAt: number }>();
  for (const row of rows) {
    const file = final.get(row.file) ?? row.file;
    let entry = files.get(file);
    if (!entry) {
      entry = { changes: new Map(), creator: null, firstAt: Number.POSITIVE_INFINITY };
      files.set(file, entry);
    }
    entry.changes.set(row.developer, (entry.changes.get(row.developer) ?? 0) + row.changes);
    if (
      row.firstAt < entry.firstAt ||
      (row.firstAt === entry.firstAt && entry.creator !== null && row.developer < entry.creator)
    ) {
      entry.firstAt = row.firstAt;
      entry.creator = row.developer;
    }
  }
  return [...files].map(([file, entry]) => ({ file, creator: entry.creator, changes: entry.changes }));
}
