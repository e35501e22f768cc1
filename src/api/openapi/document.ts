/**
 * The OpenAPI 3.1 document of the HTTP API, built from the operations declared in this folder and the zod
 * schemas they name. zod's JSON Schema output (draft 2020-12, the schemas' input side) is OpenAPI 3.1's own
 * dialect, so the schemas go in as they are.
 */
import { z } from 'zod';
import { readVersion } from '../../services/version.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth.js';
import { type ErrorCode, errorBodySchema, STATUS_BY_CODE } from '../errors.js';
import { pageSchema } from '../presenters.js';
import { pageQuerySchema } from '../query.js';
import type { Access, ErrorResponseName, OperationDoc, ResourceDoc } from './operation.js';
import { API_RESOURCES } from './resources.js';

type JsonSchema = Record<string, unknown>;
type Json = Record<string, unknown>;

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Every error answer by name, with the stable codes it carries; the status is the codes' own. */
const ERROR_RESPONSES: Record<
  ErrorResponseName | 'InvalidInput' | 'Unauthenticated' | 'NotAllowed' | 'PayloadTooLarge',
  { codes: readonly ErrorCode[]; description: string }
> = {
  InvalidInput: {
    codes: ['invalid_input'],
    description: 'A query parameter, path parameter or body was not valid.',
  },
  Unauthenticated: {
    codes: ['unauthenticated'],
    description: 'The credentials match no live token or session, or the request needs some and has none.',
  },
  NotAllowed: {
    codes: ['not_allowed', 'csrf_failed'],
    description:
      "The caller's role may not do this, or a write signed in with the cookie lacked its CSRF token.",
  },
  NotFound: { codes: ['not_found'], description: 'Nothing by that name or id.' },
  Conflict: { codes: ['conflict'], description: 'The change conflicts with the current state.' },
  PayloadTooLarge: { codes: ['payload_too_large'], description: 'The body is larger than the limit.' },
  InvalidImport: {
    codes: ['invalid_import'],
    description: 'The payload was checked and refused; nothing was written.',
  },
  TooManyAttempts: {
    codes: ['too_many_attempts'],
    description: 'Too many failed sign-ins; wait the seconds in Retry-After.',
  },
  WebhookRefused: {
    codes: ['invalid_signature', 'invalid_webhook_token'],
    description: "The delivery's signature or token does not match the configured secret.",
  },
  WebhookNotConfigured: {
    codes: ['webhook_not_configured'],
    description: 'No secret is configured for this webhook, so every delivery is refused.',
  },
};

const SECURITY: Record<Access, Json[]> = {
  read: [{}, { bearerToken: [] }, { sessionCookie: [] }],
  write: [{ bearerToken: [] }, { sessionCookie: [] }],
  open: [{}],
  github: [{ githubSignature: [] }],
  gitlab: [{ gitlabToken: [] }],
  'incident-webhook': [{ incidentWebhookToken: [] }],
};

/** A zod schema as a JSON Schema of what a client sends (the input side: before coercion and defaults). */
function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

/** Each property of an object schema as a query parameter. */
function toQueryParameters(schema: z.ZodObject): Json[] {
  const json = toJsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      schema: propertySchema,
    };
  });
}

function toParameters(operation: OperationDoc): Json[] {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
  const path = names.map((name) => ({
    name,
    in: 'path',
    required: true,
    ...(operation.params?.[name] ? { description: operation.params[name] } : {}),
    schema: { type: 'string' },
  }));
  const text = Object.entries(operation.queryText ?? {}).map(([name, description]) => ({
    name,
    in: 'query',
    required: false,
    description,
    schema: { type: 'string' },
  }));
  const page = operation.paged ? toQueryParameters(pageQuerySchema) : [];
  // The page's parameters win: a list route reads `limit` and `offset` as the page, whatever its service takes.
  const paging = new Set(page.map((parameter) => parameter.name));
  const query = operation.query ? toQueryParameters(operation.query) : [];
  return [
    ...path,
    ...query.filter((parameter) => !paging.has(parameter.name)),
    ...text,
    ...page,
    ...(operation.method === 'get' ? [{ $ref: '#/components/parameters/IfNoneMatch' }] : []),
    ...(accessOf(operation) === 'write' ? [{ $ref: '#/components/parameters/CsrfToken' }] : []),
  ];
}

function accessOf(operation: OperationDoc): Access {
  return operation.access ?? (operation.method === 'get' ? 'read' : 'write');
}

function toRequestBody(operation: OperationDoc): Json | undefined {
  const { body } = operation;
  if (!body) return undefined;
  if ('types' in body && Array.isArray(body.types)) {
    const text = body as { description: string; types: readonly string[] };
    return {
      required: true,
      description: text.description,
      content: Object.fromEntries(text.types.map((type) => [type, {}])),
    };
  }
  return {
    required: !operation.bodyOptional,
    ...(operation.bodyOptional ? { description: 'An empty body counts as `{}`.' } : {}),
    content: { 'application/json': { schema: toJsonSchema(body as z.ZodType) } },
  };
}

function toSuccess(operation: OperationDoc): Json {
  const status = operation.status ?? 200;
  if (status === 204) return { 204: { description: operation.returns } };
  if (status === 302)
    return { 302: { description: operation.returns, headers: { Location: { schema: { type: 'string' } } } } };
  const content = operation.paged
    ? { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } }
    : Object.fromEntries(
        (operation.produces ?? ['application/json']).map((type) => [
          type,
          { schema: toBodySchema(operation, type) },
        ]),
      );
  const headers =
    operation.method === 'get' ? { headers: { ETag: { $ref: '#/components/headers/ETag' } } } : {};
  const also = operation.alsoReturns;
  return {
    [status]: { description: operation.returns, ...headers, content },
    ...(also
      ? {
          [also.status]: {
            description: also.description,
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        }
      : {}),
  };
}

function toBodySchema(operation: OperationDoc, type: string): JsonSchema {
  const essence = type.split(';')[0]?.trim() ?? type;
  if (essence === 'application/json')
    return { type: operation.array ? 'array' : 'object', description: operation.returns };
  if (essence.startsWith('text/')) return { type: 'string' };
  return { type: 'string', contentMediaType: essence };
}

type ErrorResponse = keyof typeof ERROR_RESPONSES;

function toErrors(operation: OperationDoc): ErrorResponse[] {
  const access = accessOf(operation);
  const webhook = access === 'github' || access === 'gitlab' || access === 'incident-webhook';
  const named = operation.path.includes('{');
  const input = operation.query || operation.queryText || operation.paged || operation.body || named;
  const names: ErrorResponse[] = [];
  if (input) names.push('InvalidInput');
  names.push(
    ...(webhook ? (['WebhookRefused', 'WebhookNotConfigured'] as const) : (['Unauthenticated'] as const)),
  );
  if (access === 'write' || operation.restricted) names.push('NotAllowed');
  if (named) names.push('NotFound');
  if (operation.body) names.push('PayloadTooLarge');
  names.push(...(operation.errors ?? []));
  return [...new Set(names)];
}

function toOperation(operation: OperationDoc, tag: string): Json {
  const responses: Json = { ...toSuccess(operation) };
  if (operation.method === 'get') responses[304] = { $ref: '#/components/responses/NotModified' };
  for (const name of toErrors(operation)) {
    const status = STATUS_BY_CODE[ERROR_RESPONSES[name].codes[0] as ErrorCode];
    responses[status] = { $ref: `#/components/responses/${name}` };
  }
  responses.default = { $ref: '#/components/responses/Error' };
  const body = toRequestBody(operation);
  return {
    operationId: operation.operationId,
    tags: [tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    parameters: toParameters(operation),
    ...(body ? { requestBody: body } : {}),
    responses,
    security: SECURITY[accessOf(operation)],
  };
}

/** The error body with its `code` narrowed to the codes one answer carries. */
function errorSchemaFor(codes: readonly string[]): JsonSchema {
  const schema = toJsonSchema(errorBodySchema) as { properties: { error: { properties: Json } } };
  schema.properties.error.properties.code = { type: 'string', enum: [...codes] };
  return schema;
}

function toComponents(): Json {
  const named = Object.entries(ERROR_RESPONSES).map(([name, { codes, description }]) => [
    name,
    {
      description: `${description} Code: ${codes.join(' or ')}.`,
      content: { 'application/json': { schema: errorSchemaFor(codes) } },
    },
  ]);
  const allCodes = Object.entries(STATUS_BY_CODE).map(([code, status]) => `${code} (${status})`);
  return {
    schemas: { Error: toJsonSchema(errorBodySchema), Page: toJsonSchema(pageSchema) },
    responses: {
      ...Object.fromEntries(named),
      Error: {
        description: `Any other error, in the same body. The stable codes: ${allCodes.join(', ')}.`,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
      NotModified: { description: 'Not modified: If-None-Match named the current ETag.' },
    },
    parameters: {
      IfNoneMatch: {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The ETag of a copy the client holds; the answer is then 304 when nothing changed.',
        schema: { type: 'string' },
      },
      CsrfToken: {
        name: CSRF_HEADER,
        in: 'header',
        required: false,
        description:
          "The session's CSRF token (from sign-in); needed on every write signed in with the cookie.",
        schema: { type: 'string' },
      },
    },
    headers: {
      ETag: { description: 'A strong validator of the body, for If-None-Match.', schema: { type: 'string' } },
    },
    securitySchemes: {
      bearerToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'An API token (`sextant tokens create NAME --role ROLE`).',
      },
      sessionCookie: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session of a user signed in through POST /api/auth/login.',
      },
      githubSignature: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Hub-Signature-256',
        description: "GitHub's HMAC-SHA256 signature of the body with GITHUB_WEBHOOK_SECRET.",
      },
      gitlabToken: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Gitlab-Token',
        description: 'The secret token set on the GitLab hook, equal to GITLAB_WEBHOOK_TOKEN.',
      },
      incidentWebhookToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'The shared secret INCIDENT_WEBHOOK_TOKEN (not an API token).',
      },
    },
  };
}

export function buildOpenApiDocument(resources: readonly ResourceDoc[] = API_RESOURCES): Json {
  const paths: Record<string, Json> = {};
  for (const resource of resources) {
    for (const operation of resource.operations) {
      const item = paths[operation.path] ?? {};
      if (item[operation.method])
        throw new Error(`${operation.method} ${operation.path} is documented twice`);
      item[operation.method] = toOperation(operation, resource.tag);
      paths[operation.path] = item;
    }
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'Sextant API',
      version: readVersion(),
      summary: 'The engineering leadership system: measures, registers, advice and reports over HTTP.',
      description:
        'Every list answers with { items, total, limit, offset, next } and takes ?limit= (1 to 1000, ' +
        'default 100) and ?offset=. Every error answers with { error: { code, message, issues? } } and a ' +
        'stable code. See docs/api.md.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    jsonSchemaDialect: DIALECT,
    tags: resources.map((resource) => ({ name: resource.tag, description: resource.description })),
    paths,
    components: toComponents(),
  };
}
