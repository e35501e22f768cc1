/**
 * What every vulnerability mapper shares: the context a payload is read in, the outcome (findings plus
 * every problem found, never only the first), and the last check each finding passes, the domain schema,
 * with its problems reported against the record they came from.
 */
import type { Issue } from '../../domain/errors.js';
import { type Vulnerability, vulnerabilitySchema } from '../../domain/vulnerability.js';

export interface MapContext {
  /** The file, or `request body`, named in issues. */
  file: string;
  /** Overrides the source the format implies (`dependabot`, the SARIF tool, `csv`). */
  source?: string | undefined;
  /** The repository every finding belongs to, for payloads that do not say (a repository's alert list). */
  repository?: string | undefined;
  /** When the payload was read: the opening time of findings a scan reports without one. */
  observedAt: string;
}

export interface MapOutcome {
  findings: Vulnerability[];
  issues: Issue[];
}

/** Where a candidate came from, for its issues: a line (CSV) or a record index (JSON). */
export interface Origin {
  file: string;
  line?: number;
  record?: string;
}

/** Validates a mapped finding; on failure, one issue per problem, located at its origin. */
export function finalizeFinding(
  candidate: Vulnerability,
  origin: Origin,
  outcome: MapOutcome,
  /** How the payload names a domain field, e.g. the CSV column `fixed` for `fixedAt`. */
  fieldNames: Partial<Record<string, string>> = {},
): void {
  const result = vulnerabilitySchema.safeParse(candidate);
  if (result.success) {
    outcome.findings.push(result.data);
    return;
  }
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    outcome.issues.push({
      ...origin,
      ...(field ? { path: fieldNames[field] ?? field } : {}),
      message: issue.message,
      found: JSON.stringify((candidate as unknown as Record<string, unknown>)[field]),
    });
  }
}

/** A source name from a tool name: `CodeQL command-line toolchain` becomes `codeql-command-line-toolchain`. */
export function toSourceName(text: string): string {
  const slug = text
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `sarif-${slug || 'tool'}`;
}

/** `owner/name` from a GitHub web or API URL of a repository or anything inside it; null otherwise. */
export function readGitHubRepository(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /^https?:\/\/(?:api\.)?github\.com\/(?:repos\/)?([^/]+)\/([^/#?]+)/.exec(url);
  if (!match) return null;
  return `${match[1]}/${match[2]?.replace(/\.git$/, '')}`;
}

/** A value as an issue shows it: JSON, cut short. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
