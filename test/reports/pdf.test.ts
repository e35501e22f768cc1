import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { printPdf } from '../../src/services/reports/pdf.js';

describe('printPdf', () => {
  it('prints HTML to an A4 PDF with the system Chromium', async () => {
    const pdf = await printPdf('<h1>Hello report</h1>', { title: 'Hello' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 is 595 × 842 points (Chromium rounds to the pixel grid).
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(box?.[1]))).toBe(596);
    expect(Math.round(Number(box?.[2]))).toBe(843);
  }, 120_000);

  it('says how to install Chromium when there is none at the configured path', async () => {
    const error = await printPdf('<p>x</p>', { title: 'x', executablePath: '/nonexistent/chromium' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('no Chromium at /nonexistent/chromium');
    expect(error.issues[0].message).toContain('apt-get install chromium');
    expect(error.issues[0].message).toContain('SEXTANT_CHROMIUM');
  });
});
