/**
 * A Jira request that failed for good: refused credentials, a missing resource, a reply that is not what
 * the API documents, or a server still failing after the retries. The message names the URL (never the
 * credentials) and, for refused credentials, the settings to check.
 */
import { SourceUnavailableError } from '../../domain/errors.js';

export class JiraRequestError extends SourceUnavailableError {
  readonly url: string;
  readonly status: number | undefined;
  constructor(
    message: string,
    details: { url: string; status?: number | undefined },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.url = details.url;
    this.status = details.status;
  }
}
