/**
 * GitLab writes instants three ways: ISO 8601 in the REST API (`2019-06-28T05:21:43.743Z`), and in
 * webhooks either `2016-08-12 15:23:28 UTC` or `2021-04-28 21:50:00 +0200`. All become ISO 8601 in UTC,
 * the form the domain schemas take; anything else is not a time and the mapper reports it.
 */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const HOOK_INSTANT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) (UTC|[+-]\d{2}:?\d{2})$/;

/** The instant as `YYYY-MM-DDTHH:MM:SS.sssZ`, or undefined when the text is not a GitLab time. */
export function toInstant(text: string): string | undefined {
  let iso: string | undefined;
  if (ISO_INSTANT.test(text)) iso = text;
  else {
    const match = HOOK_INSTANT.exec(text);
    if (match) iso = `${match[1]}T${match[2]}${match[3] === 'UTC' ? 'Z' : match[3]}`;
  }
  if (iso === undefined) return undefined;
  const millis = Date.parse(iso);
  return Number.isNaN(millis) ? undefined : new Date(millis).toISOString();
}

export function isGitLabTime(text: string): boolean {
  return toInstant(text) !== undefined;
}
