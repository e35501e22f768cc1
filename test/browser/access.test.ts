/**
 * What the dashboard keeps from whom, and what it never runs: a viewer is kept off the people pages (no
 * people data is even asked for), names that look like markup or SQL show as the text they are, and a
 * workspace with no observed data explains how to connect its first source.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/server.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import {
  addUser,
  collectPageErrors,
  ensureDashboardBuilt,
  launchChromium,
  saveScreenshot,
  serveDashboard,
  signInAs,
} from '../support/browser.js';
import { openTestStore, type TestStore } from '../support/store.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const PEOPLE_API = /\/api\/(people|talent|hiring|surveys|attrition|onboarding)\b/;

let browser: Browser;
beforeAll(async () => {
  await ensureDashboardBuilt();
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard on the demo organization, by role', () => {
  const demo = useSyncedDemo('sextant-browser-access-');
  let server: RunningServer;

  beforeAll(async () => {
    await addUser(demo.context, 'vic', 'viewer');
    await addUser(demo.context, 'pat', 'people-partner');
    await addUser(demo.context, 'max', 'manager', 'team:default/checkout');
    server = await serveDashboard(demo.context);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function pageFor(name: string): Promise<{ page: Page; peopleRequests: string[] }> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const peopleRequests: string[] = [];
    page.on('request', (request) => {
      if (PEOPLE_API.test(new URL(request.url()).pathname)) peopleRequests.push(request.url());
    });
    await signInAs(page, server.url, name);
    return { page, peopleRequests };
  }

  it('keeps a viewer off the people pages: no link, a refusal at the address, and no people data asked for', async () => {
    const { page, peopleRequests } = await pageFor('vic');
    await expect.poll(() => page.locator('.who').textContent()).toContain('vic');
    expect(
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents(),
    ).not.toContain('People');
    await page.goto(`${server.url}/people`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/role does not allow/i);
    await saveScreenshot(page, 'people-refused-to-viewer');
    expect(peopleRequests).toEqual([]);
  });

  it('shows the people pages to a people partner', async () => {
    const { page, peopleRequests } = await pageFor('pat');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'People' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('People');
    await expect.poll(() => peopleRequests.length).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows a manager the hiring of their own team and refuses them the talent grid in its panel', async () => {
    const { page, peopleRequests } = await pageFor('max');
    await page.goto(`${server.url}/people?view=talent`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('People');
    await expect
      .poll(() => page.locator('#talent [role="alert"]').textContent(), { timeout: 30_000 })
      .toMatch(/role does not allow/i);
    await page.goto(`${server.url}/people?view=hiring&scope=team:default/storefront`);
    await expect
      .poll(() => page.locator('#hiring [role="alert"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.goto(`${server.url}/people?view=hiring&scope=team:default/checkout`);
    await expect.poll(() => page.locator('#hiring table').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('#hiring [role="alert"]').count()).toBe(0);
    await saveScreenshot(page, 'people-hiring-for-a-manager');
    // The role's capabilities say the grid is not for managers: the page does not even ask for it.
    expect(peopleRequests.filter((url) => url.includes('/api/talent/'))).toEqual([]);
    expect(peopleRequests.some((url) => url.includes('/api/hiring/funnel'))).toBe(true);
  });

  it('shows an incident title holding markup and SQL as text, running nothing', async () => {
    const title = `<img src=x onerror="window.__ran=1"> '; DROP TABLE incidents; --`;
    const answer = await demo.app.request('/api/incidents', {
      method: 'POST',
      headers: { ...(await bearerFor(demo.context, 'leader')), 'content-type': 'application/json' },
      body: JSON.stringify({ severity: 'SEV-3', title }),
    });
    expect(answer.status).toBe(201);
    const { page } = await pageFor('vic');
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/reliability`);
    await expect.poll(() => page.locator('#incidents').textContent(), { timeout: 30_000 }).toContain(title);
    expect(await page.evaluate(() => (globalThis as { __ran?: number }).__ran)).toBeUndefined();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(errors.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
  });
});

describe('the dashboard on a workspace with no observed data', () => {
  let dir: string;
  let store: TestStore;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-browser-empty-'));
    await initWorkspace(dir, { orgName: 'Empty Org' });
    store = await openTestStore('pglite');
    server = await serveDashboard({ workspace: await loadWorkspace(dir), store: store.store });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('explains how to connect the first source on the overview', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const panel = page.getByRole('region', { name: 'Connect your first source' });
    await expect.poll(() => panel.count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.textContent()).toContain('sextant ingest git');
    await saveScreenshot(page, 'empty-workspace');
    await context.close();
  });
});
