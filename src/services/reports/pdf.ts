/**
 * Prints a report's HTML to an A4 PDF with headless Chromium (playwright-core drives the system's browser;
 * no browser is downloaded). The page header names the report, the footer numbers the pages. When the
 * browser is missing, the error says how to install it or where to point `SEXTANT_CHROMIUM`.
 */
import { access, constants } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { readConfig } from '../../config.js';
import { InputError } from '../../domain/errors.js';

export interface PdfOptions {
  /** Shown small at the top of every page. */
  title: string;
  /** The Chromium executable; defaults to `SEXTANT_CHROMIUM` or /usr/bin/chromium. */
  executablePath?: string;
}

export async function printPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const executablePath = options.executablePath ?? readConfig().chromiumPath;
  await assertExecutable(executablePath);
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // The page is self-contained: nothing to wait for beyond the document itself.
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
      headerTemplate: `<div style="font-size:8px;color:#5b6672;width:100%;padding:0 14mm;">${escapeText(options.title)}</div>`,
      footerTemplate:
        '<div style="font-size:8px;color:#5b6672;width:100%;padding:0 14mm;text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}

async function assertExecutable(executablePath: string): Promise<void> {
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new InputError(`Cannot print PDF: no Chromium at ${executablePath}`, [
      {
        path: 'SEXTANT_CHROMIUM',
        message:
          'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set SEXTANT_CHROMIUM to the path of a Chromium or Chrome executable; Markdown and HTML reports need no browser',
        found: JSON.stringify(executablePath),
      },
    ]);
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
