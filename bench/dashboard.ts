/**
 * The dashboard (issue targets): the JavaScript the first page needs, gzipped, against 500 KB; and its
 * first load in headless Chromium against 2 s, from navigation until the KPI scorecard and the findings
 * are drawn with nothing left loading. Each load uses a new browser context, so nothing is cached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { DASHBOARD_ROOT } from '../src/api/dashboard.js';
import { DEFAULT_CHROMIUM_PATH } from '../src/config.js';
import { type Figure, median } from './measure.js';

/** The scripts and module preloads `index.html` names: what the browser fetches before the first page draws. */
export function initialScripts(html: string): string[] {
  const names = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (match[1]) names.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    if (match[1]) names.add(match[1]);
  return [...names];
}

export async function measureDashboard(url: string): Promise<Figure[]> {
  const scripts = initialScripts(readFileSync(path.join(DASHBOARD_ROOT, 'index.html'), 'utf8'));
  const gzipped = scripts.reduce(
    (sum, name) => sum + gzipSync(readFileSync(path.join(DASHBOARD_ROOT, name))).length,
    0,
  );
  const browser = await chromium.launch({
    executablePath: process.env.SEXTANT_CHROMIUM ?? DEFAULT_CHROMIUM_PATH,
  });
  const loads: number[] = [];
  try {
    for (let run = 0; run < 6; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${url}/`);
      await page.locator('.tile').first().waitFor();
      await page.locator('.findings li').first().waitFor();
      await page.waitForFunction("document.querySelector('.state-loading') === null");
      loads.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [
    {
      what: 'dashboard initial JavaScript, gzipped',
      value: gzipped / 1024,
      unit: 'KB',
      target: { op: '≤', value: 500 },
      note: `${scripts.length} file(s) named by index.html`,
    },
    {
      what: 'dashboard first load on the demo (overview drawn, headless Chromium)',
      value: median(loads.slice(1)),
      unit: 'ms',
      target: { op: '≤', value: 2_000 },
      note: `median of 5 loads, each in a new browser context; the first, left out: ${Math.round(loads[0] ?? 0)} ms`,
    },
  ];
}
