/**
 * The first half of every all-or-nothing file import (cost actuals, ATS exports, survey responses): read
 * each file and check every row, collecting every problem of every file; then, if there is any, throw one
 * ImportError listing them (at most MAX_LISTED_ISSUES) so that nothing is written. The caller writes what
 * this returns in one transaction.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, type Issue } from '../domain/errors.js';
import { MAX_LISTED_ISSUES } from './import.service.js';

export type FileCheck<T> = { kind: 'valid'; value: T } | { kind: 'invalid'; issues: readonly Issue[] };

export async function readImportFiles<F extends { path: string }, T>(
  workspaceDir: string,
  files: readonly F[],
  what: { subject: string; expected: string },
  check: (text: string, shown: string, file: F) => FileCheck<T>,
): Promise<{ file: F; value: T }[]> {
  const issues: Issue[] = [];
  const read: { file: F; value: T }[] = [];
  for (const file of files) {
    const shown = path.relative(workspaceDir, file.path) || file.path;
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch (error) {
      issues.push({
        file: shown,
        message: 'cannot read the file',
        found: (error as Error).message,
        expected: what.expected,
      });
      continue;
    }
    const checked = check(text, shown, file);
    if (checked.kind === 'invalid') issues.push(...checked.issues);
    else read.push({ file, value: checked.value });
  }
  if (issues.length > 0) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    if (issues.length > listed.length)
      listed.push({ message: `… and ${issues.length - listed.length} more issues` });
    const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    throw new ImportError(`Nothing was imported: ${problems} in ${what.subject}`, listed);
  }
  return read;
}
