/**
 * How an API operation is documented. The routes validate inline (parseQuery, parsePagedQuery, the
 * services' schemas), so each operation names the very zod schemas its route validates with, and the
 * document is generated from them. test/api/openapi.test.ts walks the app's routes: a route served under
 * /api without an operation here fails it, and so does an operation no route serves.
 *
 * Rules and reasons:
 * - There are no response schemas in the code, so a success answer is described in words (`returns`),
 *   never with invented fields; only the page envelope and the error body, which are declared in zod,
 *   are given as schemas.
 * - Error answers follow from the operation: bad input where there is a query, a body or a path
 *   parameter; 404 where a path names something; 403 for writes and for reads a role may be refused.
 */
import type { z } from 'zod';

/** The error answers besides those that follow from the operation (see ERROR_RESPONSES in document.ts). */
export type ErrorResponseName =
  | 'NotFound'
  | 'Conflict'
  | 'InvalidImport'
  | 'TooManyAttempts'
  | 'WebhookRefused'
  | 'WebhookNotConfigured';

/**
 * Who may call an operation. `read`: anyone on localhost, credentials beyond it; `write`: a token or a
 * signed-in user; `open`: anyone; the webhooks: their source's own secret.
 */
export type Access = 'read' | 'write' | 'open' | 'github' | 'gitlab' | 'incident-webhook';

/** A body that has no zod schema (an export file, a webhook payload): its media types, in words. */
export interface BodyText {
  description: string;
  types: readonly string[];
}

export interface OperationDoc {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI form, with `{name}` for a path parameter. */
  path: string;
  operationId: string;
  /** One line in product words. */
  summary: string;
  description?: string;
  /** The schema the route (or its service) validates the query string with. */
  query?: z.ZodObject;
  /** Query parameters the route reads without a schema: name → what it means. */
  queryText?: Record<string, string>;
  /** A list: takes `limit` and `offset` beside `query`, and answers with a page. */
  paged?: boolean;
  /** What each path parameter names. */
  params?: Record<string, string>;
  body?: z.ZodType | BodyText;
  /** An empty body is taken as `{}`. */
  bodyOptional?: boolean;
  /** What a success answers with, in words. */
  returns: string;
  /** 302: a browser navigation, answered with a redirect (Location). */
  status?: 200 | 201 | 202 | 204 | 302;
  /** A second success answer, e.g. a webhook's 202 for an event it does not read. */
  alsoReturns?: { status: 202; description: string };
  /** Media types of a success; JSON when absent. */
  produces?: readonly string[];
  /** The success is a JSON array rather than an object. */
  array?: boolean;
  /** `read` for GET, `write` for the others, when absent. */
  access?: Access;
  /** A role may be refused (403), e.g. people data or administration. */
  restricted?: boolean;
  errors?: readonly ErrorResponseName[];
}

/** One resource: its tag in the document and its operations. */
export interface ResourceDoc {
  tag: string;
  description: string;
  operations: readonly OperationDoc[];
}
