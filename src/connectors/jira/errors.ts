/**
 * A Jira request that failed for good: refused credentials, a missing resource, a reply that is not what
 * the API documents, or a server still failing after the retries. The message names the URL (never the
 * credentials) and, for refused credentials, the settings to check.
 */
import { SourceRequestError } from '../http/request-error.js';

export class JiraRequestError extends SourceRequestError {}
