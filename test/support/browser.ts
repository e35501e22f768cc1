/**
 * Browser tests: the dashboard as `sextant serve` serves it, driven in Debian's Chromium through
 * playwright-core. The dashboard is built first when `web/` is newer than `dist/web` (under a lock, as
 * test files run in parallel processes). Screenshots go to `test-results/screenshots/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import lockfile from 'proper-lockfile';
import { DASHBOARD_ROOT } from '../../src/api/dashboard.js';
import { type RunningServer, startServer } from '../../src/api/server.js';
import { DEFAULT_CHROMIUM_PATH } from '../../src/config.js';
import type { ViewerRole } from '../../src/domain/privacy.js';
import type { AppContext } from '../../src/services/context.js';
import { createUser } from '../../src/services/users.service.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds `dist/web` unless it is newer than every file of `web/`. */
export async function ensureDashboardBuilt(): Promise<void> {
  const index = path.join(DASHBOARD_ROOT, 'index.html');
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= newestIn(path.join(ROOT, 'web'));
  if (fresh()) return;
  await mkdir(path.join(ROOT, 'test-results'), { recursive: true });
  const release = await lockfile.lock(path.join(ROOT, 'test-results'), {
    lockfilePath: path.join(ROOT, 'test-results', 'dashboard-build.lock'),
    retries: { retries: 300, minTimeout: 200, maxTimeout: 500 },
    stale: 300_000,
  });
  try {
    if (!fresh())
      execFileSync(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          'web/vite.config.ts',
          '--logLevel',
          'warn',
        ],
        {
          cwd: ROOT,
          stdio: 'inherit',
        },
      );
  } finally {
    await release();
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.SEXTANT_CHROMIUM ?? DEFAULT_CHROMIUM_PATH });
}

/** The API and the dashboard on a free local port. */
export function serveDashboard(context: AppContext): Promise<RunningServer> {
  return startServer(context, { port: 0, host: '127.0.0.1' });
}

export const TEST_PASSWORD = 'correct horse battery staple';

export async function addUser(context: AppContext, name: string, role: ViewerRole, manages?: string) {
  await createUser(context, {
    name,
    role,
    password: TEST_PASSWORD,
    ...(manages ? { manages: manages as never } : {}),
  });
}

/** Signs in through the sign-in screen, as a person would, and waits for the overview. */
export async function signInAs(page: Page, base: string, name: string): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/`);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The page's accessibility violations of serious or critical impact (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Errors the page logged or threw, collected from the moment the page opened. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return errors;
}
