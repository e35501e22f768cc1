/**
 * A register longer than the API's largest page (1,000 rows): the dashboard follows each page's `next` link,
 * so its table holds every row and says how many there are, instead of stopping at the first page.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/server.js';
import type { AppContext } from '../../src/services/context.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import {
  addUser,
  collectPageErrors,
  ensureDashboardBuilt,
  launchChromium,
  serveDashboard,
  signInAs,
} from '../support/browser.js';
import { buildHealthyOrg, type HealthyOrg } from '../support/healthy-org.js';

const RISKS = 1_234;

function riskRegister(count: number): string {
  const lines = ['risks:'];
  for (let index = 1; index <= count; index += 1) {
    const id = `R-${String(index).padStart(4, '0')}`;
    lines.push(
      `  - id: ${id}`,
      `    title: Risk number ${index}`,
      `    description: One of ${count} risks in a long register.`,
      '    category: operational',
      '    teams: [atlas]',
      '    status: open',
      `    likelihood: ${(index % 5) + 1}`,
      `    impact: ${(index % 3) + 1}`,
      '    owner: atlas-lead',
      '    reviewDate: 2026-12-07',
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('a register longer than one API page on the dashboard', () => {
  let org: HealthyOrg;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    org = await buildHealthyOrg('sextant-long-lists-');
    await writeFile(path.join(org.dir, 'registers', 'risks.yaml'), riskRegister(RISKS));
    const context: AppContext = { workspace: await loadWorkspace(org.dir), store: org.context.store };
    await addUser(context, 'lena', 'leader');
    server = await serveDashboard(context);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await org?.remove();
  });

  it('shows every risk of a 1,234-risk register, reading past the first page of 1,000', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/risks') asked.push(url.search);
    });
    await signInAs(page, server.url, 'lena');
    await page.goto(`${server.url}/registers?tab=risks`);
    const pager = page.getByRole('navigation', { name: 'Pages of Risk register' });
    await expect.poll(() => pager.textContent(), { timeout: 30_000 }).toContain(`of ${RISKS}`);
    expect(asked).toEqual(['?limit=1000', '?limit=1000&offset=1000']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
