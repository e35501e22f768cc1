/**
 * Writes a generated demo into a folder. Refuses to touch an existing workspace: a demo written over real
 * files would silently mix a fictional org into them.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError } from '../../domain/errors.js';
import type { DemoOutput } from './generate-demo.js';

export async function writeDemo(dir: string, output: DemoOutput): Promise<void> {
  const config = path.join(dir, 'sextant.yaml');
  if (existsSync(config)) {
    throw new ConflictError(`${config} already exists; choose an empty folder for the demo workspace`);
  }
  for (const file of output.files) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
  }
}
