/**
 * CI installs with `npm ci`, which refuses a lock file that names a package it does not hold. `npm install`
 * writes such a lock without complaint when an optional dependency cannot be fetched, so the lock is checked
 * here: every dependency named by package.json or by a locked package resolves, the way Node resolves it, to a
 * locked package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as LockedPackage;

/** The locked path Node would load `name` from when required inside the package at `from`, if any. */
function resolveLocked(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

function namedDependencies(entry: LockedPackage, withDev: boolean): string[] {
  return [
    ...Object.keys(entry.dependencies ?? {}),
    ...Object.keys(entry.optionalDependencies ?? {}),
    ...(withDev ? Object.keys(entry.devDependencies ?? {}) : []),
  ];
}

describe('package-lock.json', () => {
  it('records the same dependencies as package.json, with the same version ranges', () => {
    const locked = lock.packages[''] ?? {};
    for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies'] as const)
      expect(locked[kind] ?? {}, kind).toEqual(manifest[kind] ?? {});
  });

  it('holds a locked package for every dependency that a locked package names', () => {
    const unresolved = Object.entries(lock.packages).flatMap(([at, entry]) =>
      namedDependencies(entry, at === '')
        .filter((name) => resolveLocked(at, name) === undefined)
        .map((name) => `${at || 'package.json'} → ${name}`),
    );
    expect(unresolved).toEqual([]);
  });
});
