/** The running version, from the package manifest (the same relative path from `src/` and `dist/`). */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function readVersion(): string {
  if (cached === undefined) {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    cached = manifest.version;
  }
  return cached;
}
