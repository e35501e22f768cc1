/**
 * Writes a generated demo into a folder. Refuses to touch an existing workspace: a demo written over real
 * files would silently mix a fictional org into them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConflictError } from '../../domain/errors.js';
import type { DemoOutput } from './generate-demo.js';
import { listHistorySteps, writeWithHistory } from './git-history.js';

export async function writeDemo(dir: string, output: DemoOutput): Promise<void> {
  const config = path.join(dir, 'sextant.yaml');
  if (existsSync(config)) {
    throw new ConflictError(`${config} already exists; choose an empty folder for the demo workspace`);
  }
  // A git repository whose history holds the earlier organization, when git is at hand (as-of views).
  await writeWithHistory(dir, listHistorySteps(output.history, output.files));
}
