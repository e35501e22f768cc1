/**
 * The `slis:` files of sextant.yaml, loaded by `sextant sync` and `sextant start`. Every file is read and
 * checked before any is written, then all are written in one transaction; a file whose content is the one
 * imported last time is skipped, so a sync on every start costs a digest per file.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SliFileSpec } from '../domain/slo.js';
import type { CheckedSliSamples } from '../metrics/slo/samples.js';
import { readSliFileDigest, recordSliFile, type SliKey } from '../store/slo.repo.js';
import type { AppContext } from './context.js';
import {
  checkParsedSli,
  findSlo,
  readSliFiles,
  type SliImportSummary,
  type SliTarget,
  writeCheckedSli,
} from './slo-import.js';

export interface SliSyncResult {
  imported: SliImportSummary[];
  /** Files unchanged since their last import. */
  unchanged: number;
}

interface PendingFile {
  entry: SliFileSpec;
  target: SliTarget;
  key: SliKey;
  digest: string;
  checked: CheckedSliSamples;
  unpaired: number;
}

export async function syncSliFiles(context: AppContext, options: { now: Date }): Promise<SliSyncResult> {
  const { workspace, store } = context;
  const pending: PendingFile[] = [];
  let unchanged = 0;
  for (const entry of workspace.config.slis) {
    const file = path.resolve(workspace.dir, entry.path);
    const target = findSlo(context, entry.service, entry.slo);
    const key = { service: target.service.ref, slo: target.slo.name };
    const digest = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    if ((await readSliFileDigest(store, key, entry.path)) === digest) {
      unchanged += 1;
      continue;
    }
    const parsed = await readSliFiles({ ...entry, file });
    const checked = checkParsedSli(parsed, `${entry.path}: no SLI file was imported`);
    pending.push({ entry, target, key, digest, checked, unpaired: parsed.unpaired });
  }
  const imported = await store.transaction(async (tx) => {
    const summaries: SliImportSummary[] = [];
    for (const { entry, target, key, digest, checked, unpaired } of pending) {
      summaries.push(await writeCheckedSli(tx, target, checked, unpaired));
      await recordSliFile(tx, key, entry.path, digest, options.now);
    }
    return summaries;
  });
  return { imported, unchanged };
}
