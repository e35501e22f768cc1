/**
 * Business errors. Every error Sextant raises on purpose is one of these classes, each with a stable
 * `code` that interfaces map in one place (HTTP status, CLI exit code, MCP error). Anything else is a
 * bug and is presented as an internal error with its cause logged.
 */

/** Where a problem was found: a workspace file position, an import row or a source record. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** Field path inside the record, e.g. `teams[2].interactions[0].mode`. */
  path?: string;
  /** Source record id, e.g. `github:octo/repo#12`. */
  record?: string;
}

/** One problem with one piece of input: where, what was found, what was expected. */
export interface Issue extends Location {
  message: string;
  found?: string;
  expected?: string;
}

export abstract class SextantError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that does not meet its contract. Carries every problem found, not only the first. */
export class InputError extends SextantError {
  readonly code: string = 'invalid_input';
  readonly issues: readonly Issue[];
  constructor(message: string, issues: readonly Issue[] = [], options?: ErrorOptions) {
    super(issues.length > 0 ? `${message}\n${issues.map(formatIssue).join('\n')}` : message, options);
    this.issues = issues;
  }
}

/** The workspace files are invalid as a whole (syntax, schema or cross-file references). */
export class WorkspaceError extends InputError {
  override readonly code = 'invalid_workspace';
}

/** An import file or payload is invalid; nothing from it was written. */
export class ImportError extends InputError {
  override readonly code = 'invalid_import';
}

export class NotFoundError extends SextantError {
  readonly code = 'not_found';
}

export class ConflictError extends SextantError {
  readonly code = 'conflict';
}

export class NotAllowedError extends SextantError {
  readonly code = 'not_allowed';
}

/** A request carried no credentials where some are needed, or credentials that match no live token. */
export class UnauthenticatedError extends SextantError {
  readonly code = 'unauthenticated';
}

/** A write made with a session cookie lacked the session's CSRF token. */
export class CsrfError extends SextantError {
  readonly code = 'csrf_failed';
}

/**
 * A sign-in through an OpenID Connect identity provider failed. `reason` is the stable code the browser is
 * sent back with (`/signin?error=<reason>`, docs/access.md), so the sign-in screen can say what went wrong.
 */
export class SignInFailedError extends SextantError {
  readonly code = 'sign_in_failed';
  constructor(
    message: string,
    readonly reason: OidcFailure,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type OidcFailure =
  | 'oidc_not_configured'
  | 'oidc_unavailable'
  | 'oidc_state_mismatch'
  | 'oidc_provider_error'
  | 'oidc_token_invalid'
  | 'oidc_claim_missing'
  | 'oidc_too_many_attempts';

/** Too many failed sign-ins from one address or for one name; the client should wait. */
export class TooManyAttemptsError extends SextantError {
  readonly code = 'too_many_attempts';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Another process holds the embedded database; opening it a second time would lose writes. */
export class StoreLockedError extends SextantError {
  readonly code = 'store_locked';
}

/** The database cannot be reached or opened. */
export class StoreUnavailableError extends SextantError {
  readonly code = 'store_unavailable';
}

/** A source system (GitHub, GitLab, Jira …) failed or refused a request after the retries. */
export class SourceUnavailableError extends SextantError {
  readonly code: string = 'source_unavailable';
}

/** A source system refused the credentials Sextant was given. */
export class SourceUnauthorizedError extends SourceUnavailableError {
  override readonly code = 'source_unauthorized';
}

/** Renders an issue as `file:line:column field: message (found …, expected …)`. */
export function formatIssue(issue: Issue): string {
  const where = [
    issue.file ? [issue.file, issue.line, issue.column].filter((p) => p !== undefined).join(':') : undefined,
    issue.record ? `record ${issue.record}` : undefined,
    issue.path ? `field ${issue.path}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const detail = [
    issue.found !== undefined ? `found ${issue.found}` : undefined,
    issue.expected !== undefined ? `expected ${issue.expected}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${where ? `${where}: ` : ''}${issue.message}${detail ? ` (${detail})` : ''}`;
}

export function isSextantError(error: unknown): error is SextantError {
  return error instanceof SextantError;
}
