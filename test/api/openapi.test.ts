import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { STATUS_BY_CODE } from '../../src/api/errors.js';
import { SEVERITIES } from '../../src/domain/records/incident.js';
import { TEAM_TYPES } from '../../src/domain/team.js';
import type { AppContext } from '../../src/services/context.js';

// The route table and the document need no data: a context that is never read stands in.
const app = createApp({} as AppContext, { oidc: null });

// biome-ignore lint/suspicious/noExplicitAny: the tests walk whatever JSON the document holds
type Json = any;
let document: Json;

/** `GET /api/teams/:name`, `/api/releases/:id{.+}` → the OpenAPI form `/api/teams/{name}`. */
function toOpenApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

function servedOperations(): Set<string> {
  const served = new Set<string>();
  for (const route of app.routes) {
    // Middleware and the JSON 404 for unknown API addresses are registered for ALL methods.
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue;
    served.add(`${route.method} ${toOpenApiPath(route.path)}`);
  }
  return served;
}

function documentedOperations(): Set<string> {
  const documented = new Set<string>();
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const method of Object.keys(item)) documented.add(`${method.toUpperCase()} ${path}`);
  }
  return documented;
}

function operation(method: string, path: string): Json {
  const found = document.paths[path]?.[method];
  if (!found) throw new Error(`${method} ${path} is not documented`);
  return found;
}

function parameter(op: Json, name: string): Json {
  return op.parameters.find((candidate: Json) => candidate.name === name && candidate.in !== 'header');
}

beforeAll(async () => {
  const response = await app.request('/api/openapi.json');
  expect(response.status).toBe(200);
  document = await response.json();
});

describe('the OpenAPI document at /api/openapi.json', () => {
  it('documents every route the app serves under /api, and no route it does not serve', () => {
    const served = servedOperations();
    const documented = documentedOperations();
    expect(served.size).toBeGreaterThan(100);
    expect([...served].filter((key) => !documented.has(key))).toEqual([]);
    expect([...documented].filter((key) => !served.has(key))).toEqual([]);
  });

  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    const references = JSON.stringify(document).match(/"\$ref":"#\/components\/[^"]+"/g) ?? [];
    for (const reference of new Set(references)) {
      const [, kind, name] = reference.slice(9, -1).split('/').slice(1);
      expect(document.components[kind as string]?.[name as string], reference).toBeDefined();
    }
  });

  it('gives each operation a unique operationId, a declared tag and a summary', () => {
    const tags = new Set(document.tags.map((tag: Json) => tag.name));
    const ids: string[] = [];
    for (const item of Object.values<Json>(document.paths)) {
      for (const op of Object.values<Json>(item)) {
        ids.push(op.operationId);
        expect(op.tags).toHaveLength(1);
        expect(tags.has(op.tags[0]), op.operationId).toBe(true);
        expect(op.summary.length, op.operationId).toBeGreaterThan(8);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("takes query parameters from the route's zod schemas, paging included", () => {
    const teams = operation('get', '/api/teams');
    expect(parameter(teams, 'type').schema.enum).toEqual([...TEAM_TYPES]);
    expect(parameter(teams, 'asOf').schema.format).toBe('date');
    expect(parameter(teams, 'limit').schema).toMatchObject({ type: 'integer', maximum: 1000, default: 100 });
    expect(parameter(teams, 'offset').schema).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
    const incidents = operation('get', '/api/incidents');
    const names = incidents.parameters.filter((p: Json) => p.in === 'query').map((p: Json) => p.name);
    expect(names).toEqual(expect.arrayContaining(['scope', 'from', 'to', 'since', 'until', 'severity']));
    expect(names.filter((name: string) => name === 'limit')).toHaveLength(1);
    expect(parameter(incidents, 'limit').schema.maximum).toBe(1000);
    const who = operation('get', '/api/decision-rights/who-decides');
    expect(parameter(who, 'topic').required).toBe(true);
  });

  it('puts path parameters in OpenAPI form, each declared and required', () => {
    for (const [path, item] of Object.entries<Json>(document.paths)) {
      const named = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const op of Object.values<Json>(item)) {
        const declared = op.parameters.filter((p: Json) => p.in === 'path');
        expect(
          declared.map((p: Json) => p.name),
          op.operationId,
        ).toEqual(named);
        for (const p of declared) expect(p.required).toBe(true);
      }
    }
    const release = operation('get', '/api/releases/{id}');
    expect(release.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    const slo = operation('post', '/api/slos/{service}/{slo}/sli');
    expect(slo.parameters.filter((p: Json) => p.in === 'path').map((p: Json) => p.name)).toEqual([
      'service',
      'slo',
    ]);
  });

  it('takes request bodies from the zod schemas', () => {
    const declare = operation('post', '/api/incidents');
    const schema = declare.requestBody.content['application/json'].schema;
    expect(declare.requestBody.required).toBe(true);
    expect(schema.required).toEqual(['severity', 'title']);
    expect(schema.properties.severity.enum).toEqual([...SEVERITIES]);
    const resolve = operation('post', '/api/incidents/{id}/resolve');
    expect(resolve.requestBody.required).toBe(false);
    const snooze = operation('post', '/api/findings/{id}/snooze').requestBody.content['application/json'];
    expect(snooze.schema.required).toEqual(['until', 'reason']);
  });

  it('answers every error with the one body and its stable codes', () => {
    const body = document.components.schemas.Error;
    expect(body.required).toEqual(['error']);
    expect(body.properties.error.required).toEqual(['code', 'message']);
    expect(
      document.components.responses.InvalidInput.content['application/json'].schema.properties.error
        .properties.code.enum,
    ).toEqual(['invalid_input']);
    const text = JSON.stringify(document);
    for (const code of Object.keys(STATUS_BY_CODE)) expect(text, code).toContain(code);
    const getTeam = operation('get', '/api/teams/{name}').responses;
    expect(getTeam['404']).toEqual({ $ref: '#/components/responses/NotFound' });
    expect(getTeam.default).toEqual({ $ref: '#/components/responses/Error' });
    const declare = operation('post', '/api/incidents').responses;
    expect(Object.keys(declare)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '413', 'default']),
    );
  });

  it('names the bearer token and the session cookie, and asks writes for one of them', () => {
    const { bearerToken, sessionCookie } = document.components.securitySchemes;
    expect(bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'sextant_session' });
    expect(operation('post', '/api/incidents').security).toEqual([
      { bearerToken: [] },
      { sessionCookie: [] },
    ]);
    expect(operation('get', '/api/incidents').security).toContainEqual({});
    expect(operation('post', '/api/webhooks/gitlab').security).toEqual([{ gitlabToken: [] }]);
  });

  it('describes each list as a page and other answers in words, without invented fields', () => {
    const page = document.components.schemas.Page;
    expect(page.required).toEqual(['items', 'total', 'limit', 'offset', 'next']);
    const teams = operation('get', '/api/teams').responses['200'];
    expect(teams.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Page' });
    const team = operation('get', '/api/teams/{name}').responses['200'].content['application/json'].schema;
    expect(team).toEqual({ type: 'object', description: expect.any(String) });
    const calendar = operation('get', '/api/rituals.ics').responses['200'].content;
    expect(Object.keys(calendar)).toEqual(['text/calendar']);
  });
});
