import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRoutes } from '../../src/api/dashboard.js';

describe('the dashboard files', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'sextant-dashboard-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(root, 'assets', 'index-abc123.js'), 'console.log("dashboard")'.repeat(100));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('answers every page address with index.html, checked on each load, under a policy running only its own scripts', async () => {
    const app = dashboardRoutes(root);
    for (const address of ['/', '/delivery', '/kpis/delivery.change-lead-time?scope=team:default/checkout']) {
      const answer = await app.request(address);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe('<!doctype html><div id="root"></div>');
      expect(answer.headers.get('cache-control')).toBe('no-cache');
      expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(answer.headers.get('content-security-policy')).toContain("connect-src 'self'");
    }
  });

  it('serves hashed assets compressed and cached for a year', async () => {
    const answer = await dashboardRoutes(root).request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(answer.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers 404 for an asset the build does not have, not the page', async () => {
    const answer = await dashboardRoutes(root).request('/assets/index-old999.js');
    expect(answer.status).toBe(404);
  });

  it('says how to build it when the build is missing, with 503', async () => {
    const answer = await dashboardRoutes(path.join(root, 'missing')).request('/');
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain('npm run build');
  });
});
