/**
 * What a releases request asks for: a scope (`org`, `team:NAME`, `service:NAME`, `repo:NAME`, or `service`
 * alone) and a window of local calendar days, both ends inclusive. Without dates the window is the last 12
 * full weeks and, for listing, everything since up to now.
 */
import { z } from 'zod';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Scope, Window } from '../metrics/result.js';
import type { AppContext } from './context.js';
import { parseScope, resolveWindow, scopeWindowShape } from './metrics/query.js';
import { resolveScopeServices } from './release-records.js';

export const releaseQuerySchema = z.strictObject({
  ...scopeWindowShape,
  service: z.string().min(1).optional(),
});
export type ReleaseQuery = z.input<typeof releaseQuerySchema>;

export interface ResolvedReleaseQuery {
  scope: Scope;
  services: Set<string> | undefined;
  window: Window;
  timeZone: string;
}

export function resolveReleaseQuery(
  context: AppContext,
  input: unknown,
  now: Date,
  options: { upToNow?: boolean } = {},
): ResolvedReleaseQuery {
  const parsed = releaseQuerySchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new InputError(
      'Invalid releases query',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify((input as Record<string, unknown>)?.[String(issue.path[0])]),
      })),
    );
  }
  const query = parsed.data;
  if (query.scope !== undefined && query.service !== undefined) {
    throw new InputError('Give either a scope or a service, not both', [
      { path: 'service', message: 'conflicts with scope', found: `${query.scope} and ${query.service}` },
    ]);
  }
  const scope = parseScope(query.service !== undefined ? `service:${query.service}` : query.scope);
  const services = resolveScopeServices(context, scope);
  if (scope.kind === 'team' && !context.workspace.model.teams.some((team) => team.ref === scope.ref)) {
    throw new NotFoundError(`No team ${scope.ref} is declared in the workspace`);
  }
  const timeZone = context.workspace.config.timezone;
  const window = resolveWindow(query, now, timeZone);
  if (options.upToNow && query.to === undefined && now.getTime() >= window.from.getTime()) {
    window.to = new Date(now.getTime() + 1);
  }
  return { scope, services, window, timeZone };
}
