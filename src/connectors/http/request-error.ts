/**
 * A request to a source that failed for good: refused credentials, a missing resource, a reply that is
 * not what the API documents, or a server still failing after the retries. The message names the URL
 * (never the credentials); connectors throw it, or a subclass named for the source.
 */
import { SourceUnavailableError } from '../../domain/errors.js';

export class SourceRequestError extends SourceUnavailableError {
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
