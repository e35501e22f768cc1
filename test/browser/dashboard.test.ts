/**
 * The dashboard on the demo organization in headless Chromium: signing in, every page, the drill from a
 * KPI to the records behind it, and the accessibility rules (axe-core, WCAG 2.1 A and AA) on each page.
 * Each page's screenshot is saved under test-results/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/server.js';
import {
  addUser,
  collectPageErrors,
  ensureDashboardBuilt,
  launchChromium,
  saveScreenshot,
  seriousViolations,
  serveDashboard,
  signInAs,
  TEST_PASSWORD,
} from '../support/browser.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const PAGES = [
  { path: '/', heading: /overview/i, name: 'overview' },
  { path: '/delivery', heading: /^Delivery$/, name: 'delivery' },
  { path: '/reliability', heading: /^Reliability$/, name: 'reliability' },
  { path: '/organization', heading: /^Organization$/, name: 'organization' },
  { path: '/planning', heading: /^Planning$/, name: 'planning' },
  { path: '/registers', heading: /^Registers$/, name: 'registers' },
  { path: '/people', heading: /^People$/, name: 'people' },
  { path: '/reports', heading: /^Reports$/, name: 'reports' },
];

describe('the dashboard on the demo organization', () => {
  const demo = useSyncedDemo('sextant-browser-');
  let server: RunningServer;
  let browser: Browser;
  let session: BrowserContext;
  let page: Page;
  let errors: string[];
  const failedAnswers: string[] = [];

  beforeAll(async () => {
    await ensureDashboardBuilt();
    await addUser(demo.context, 'lena', 'leader');
    server = await serveDashboard(demo.context);
    browser = await launchChromium();
    session = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await session.newPage();
    errors = collectPageErrors(page);
    page.on('response', (answer) => {
      if (answer.url().includes('/api/') && answer.status() >= 500)
        failedAnswers.push(`${answer.status()} ${answer.url()}`);
    });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it('refuses a wrong password on the sign-in screen and says so', async () => {
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Name').fill('lena');
    await page.getByLabel('Password').fill(`${TEST_PASSWORD}!`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    expect(new URL(page.url()).pathname).toBe('/signin');
  });

  it('signs in with a name and password and shows who is signed in', async () => {
    await signInAs(page, server.url, 'lena');
    await expect.poll(() => page.locator('.who').textContent()).toContain('lena');
    expect(await page.locator('.who .role').textContent()).toBe('leader');
  });

  for (const target of PAGES) {
    it(`shows the ${target.name} page with its data, no errors and no serious accessibility violation`, async () => {
      const before = errors.length;
      await page.goto(`${server.url}${target.path}`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).first().textContent(), { timeout: 30_000 })
        .toMatch(target.heading);
      // Every section has finished loading.
      await expect.poll(() => page.locator('.state-loading').count(), { timeout: 60_000 }).toBe(0);
      expect(await page.locator('main h2').count()).toBeGreaterThan(0);
      await saveScreenshot(page, target.name);
      expect(errors.slice(before).filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('drills from a KPI tile on the overview to the records behind its figure', async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByRole('link', { name: /Deployment frequency/ })
      .first()
      .click();
    await page.waitForURL(/\/kpis\/delivery\.deployment-frequency/);
    await page.getByRole('link', { name: 'Records behind this figure' }).click();
    await page.waitForURL(/\/metrics\/dora\.deployment-frequency/);
    const table = page.locator('table', { has: page.locator('caption', { hasText: /^Records behind/ }) });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await table.locator('tbody').textContent()).toMatch(/Deployment/);
    await saveScreenshot(page, 'kpi-records');
  });

  it('reads a report in the page and links its Markdown, HTML and PDF downloads', async () => {
    await page.goto(`${server.url}/reports`);
    const section = page.locator('#report-weekly-staff');
    await section.getByRole('button', { name: /^Read it here/ }).click();
    const article = page.locator('article[aria-label^="Weekly leadership staff pack"]');
    await expect.poll(() => article.count(), { timeout: 60_000 }).toBe(1);
    expect(await article.locator('section').count()).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('report')).toBe('weekly-staff');
    for (const [name, format] of [
      ['Markdown', 'md'],
      ['HTML', 'html'],
      ['PDF', 'pdf'],
    ]) {
      const link = section.getByRole('link', {
        name: `Download ${name} of the Weekly leadership staff pack`,
      });
      expect(await link.getAttribute('href')).toMatch(
        new RegExp(`^/api/reports/weekly-staff\\?.*format=${format}`),
      );
    }
    await saveScreenshot(page, 'report-read-in-page');
  });

  it('keeps the scope and window in the address, so a link opens the same view', async () => {
    await page.goto(`${server.url}/delivery?scope=team:default/checkout&from=2026-09-07&to=2026-11-22`);
    await expect
      .poll(() => page.getByLabel('Scope', { exact: true }).inputValue())
      .toBe('team:default/checkout');
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2026-09-07');
    await page.getByLabel('Scope', { exact: true }).selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('scope'));
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-09-07');
  });

  it('answered every API request of the run without a server error', () => {
    expect(failedAnswers).toEqual([]);
  });
});
