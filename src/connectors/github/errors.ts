/** GitHub answered with an error we cannot wait out. The message names the request and what to check. */
import { SourceUnavailableError } from '../../domain/errors.js';

export class GithubRequestError extends SourceUnavailableError {
  readonly status: number | undefined;
  readonly url: string;
  constructor(message: string, details: { status?: number; url: string }, options?: ErrorOptions) {
    super(message, options);
    this.status = details.status;
    this.url = details.url;
  }
}

/** What to tell the user for each refusal: the request, GitHub's own message and the setting to check. */
export function describeGithubFailure(status: number, url: string, githubMessage: string, hasToken: boolean) {
  const request = `GET ${url}`;
  const said = githubMessage ? ` ${githubMessage}` : '';
  if (status === 401) {
    return hasToken
      ? `GitHub refused the token for ${request} (401${said}): check GITHUB_TOKEN`
      : `GitHub asks for a token for ${request} (401${said}): set GITHUB_TOKEN`;
  }
  if (status === 403) return `GitHub forbade ${request} (403${said}): check GITHUB_TOKEN's permissions`;
  if (status === 404) {
    return `GitHub found nothing at ${request} (404${said}): check the repository name and that GITHUB_TOKEN can read it`;
  }
  return `GitHub answered ${request} with ${status}${said}`;
}
