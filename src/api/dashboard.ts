/**
 * The web dashboard's files (built by Vite into `dist/web`), served beside the API. Every address that is
 * not a file gets `index.html`, so a deep link such as `/delivery?scope=team:checkout` opens that page.
 * Hashed assets are cached for a year; `index.html` is checked on every load. The content policy lets
 * the page run only its own scripts and talk only to its own origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';

/** `dist/web` from both `src/api` (tests, tsx) and `dist/api` (the built package). */
export const DASHBOARD_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

const HEADERS = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    connectSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
  },
  crossOriginResourcePolicy: 'same-origin',
});

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sextant</title></head>
<body><main><h1>The dashboard is not built</h1><p>Run <code>npm run build</code> and start the server again.
The API answers at <a href="/api/health">/api/health</a>.</p></main></body></html>`;

export function dashboardRoutes(root = DASHBOARD_ROOT) {
  const indexPath = `${root}/index.html`;
  const built = existsSync(indexPath);
  // Read once: a new build comes with a restart.
  const index = built ? readFileSync(indexPath, 'utf8') : NOT_BUILT;
  const app = new Hono().use(HEADERS).use(compress());
  if (built) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/assets/*', serveStatic({ root }));
  }
  // A missing asset is an old page asking for a file a new build replaced: 404, not the page again.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(index, built ? 200 : 503);
  });
  return app;
}
