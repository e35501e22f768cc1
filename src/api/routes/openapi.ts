/**
 * `GET /api/openapi.json`: the OpenAPI 3.1 document of this API (src/api/openapi/), built once on the first
 * request; it changes only with the code.
 */
import { Hono } from 'hono';
import { buildOpenApiDocument } from '../openapi/document.js';

export function openApiRoutes() {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  return new Hono().get('/', (c) => {
    document ??= buildOpenApiDocument();
    return c.json(document);
  });
}
