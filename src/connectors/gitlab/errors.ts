/** Failures talking to GitLab, with stable codes for the interfaces to map. */
import { SourceUnauthorizedError, SourceUnavailableError } from '../../domain/errors.js';

/** 401 or 403: the token is missing, wrong, expired or lacks the `read_api` scope. */
export class GitLabAuthError extends SourceUnauthorizedError {}

/** Any other failure: a 4xx, a 5xx or network error that outlived the retries, or a body that is not JSON. */
export class GitLabRequestError extends SourceUnavailableError {}
