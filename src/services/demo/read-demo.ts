/**
 * Reads a generated demo back from its files, the way a consumer of the workspace would: YAML lists and
 * JSON Lines records as plain values. Used by the demo's own checks; validation stays with the loaders.
 */
import { parse } from 'yaml';
import type { RecordType } from '../../domain/records/index.js';
import type { DemoOutput } from './generate-demo.js';

export type DemoRow = Record<string, unknown> & { source: string; key: string };

export function readDemoFile(output: DemoOutput, path: string): string {
  const file = output.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`the demo has no file ${path}`);
  return file.content;
}

/** One list of a model file, e.g. `readYamlList(output, 'model/teams.yaml', 'teams')`. */
export function readYamlList<T = Record<string, unknown>>(
  output: DemoOutput,
  path: string,
  list: string,
): T[] {
  const document = parse(readDemoFile(output, path)) as Record<string, unknown> | null;
  const items = document?.[list];
  return Array.isArray(items) ? (items as T[]) : [];
}

/** The records of one type, from `data/<type>s.jsonl`. */
export function readJsonLines(output: DemoOutput, type: RecordType): DemoRow[] {
  return readDemoFile(output, `data/${type}s.jsonl`)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as DemoRow);
}
