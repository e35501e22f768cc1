/**
 * A report's links: open the HTML version in a new tab (the server forbids framing it, so it is never shown
 * in an iframe), and download Markdown, HTML or PDF. The PDF is printed on request and takes a few seconds,
 * so its link fetches it, says it is being generated, and says why when the server refuses.
 */
import { type MouseEvent, type ReactNode, useState } from 'react';
import { withQuery } from '../../api';
import type { ReportChoice } from './types';

type PdfState = { kind: 'idle' } | { kind: 'generating' } | { kind: 'failed'; message: string };

export function reportUrl(
  kind: string,
  choice: ReportChoice,
  format: 'md' | 'html' | 'pdf' | 'json',
): string {
  return withQuery(`/api/reports/${encodeURIComponent(kind)}`, { ...choice, format });
}

async function refusal(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status} ${response.statusText}`;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `children`: the first action in the row (reading the report in the page, or hiding it). */
export function ReportLinks({
  kind,
  title,
  choice,
  name,
  children,
}: {
  kind: string;
  title: string;
  choice: ReportChoice;
  name: string;
  children?: ReactNode;
}) {
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const pdfUrl = reportUrl(kind, choice, 'pdf');

  async function downloadPdf(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (pdf.kind === 'generating') return;
    setPdf({ kind: 'generating' });
    try {
      const response = await fetch(pdfUrl, { credentials: 'same-origin' });
      if (!response.ok) {
        setPdf({ kind: 'failed', message: await refusal(response) });
        return;
      }
      save(await response.blob(), `${name}.pdf`);
      setPdf({ kind: 'idle' });
    } catch (failure) {
      setPdf({ kind: 'failed', message: (failure as Error).message });
    }
  }

  return (
    <div className="report-links">
      <ul className="report-link-list" aria-label={`Read, open or download the ${title}`}>
        {children ? <li>{children}</li> : null}
        <li>
          <a
            className="button secondary"
            href={reportUrl(kind, choice, 'html')}
            target="_blank"
            rel="noopener"
          >
            Open<span className="visually-hidden"> the {title}</span> in a new tab
          </a>
        </li>
        <li>
          <a className="button secondary" href={reportUrl(kind, choice, 'md')} download={`${name}.md`}>
            Download Markdown<span className="visually-hidden"> of the {title}</span>
          </a>
        </li>
        <li>
          <a className="button secondary" href={reportUrl(kind, choice, 'html')} download={`${name}.html`}>
            Download HTML<span className="visually-hidden"> of the {title}</span>
          </a>
        </li>
        <li>
          <a
            className="button secondary"
            href={pdfUrl}
            download={`${name}.pdf`}
            onClick={downloadPdf}
            aria-disabled={pdf.kind === 'generating' ? 'true' : undefined}
          >
            Download PDF<span className="visually-hidden"> of the {title}</span>
          </a>
        </li>
      </ul>
      <div role="status">
        {pdf.kind === 'generating' ? (
          <p className="state state-loading">
            <span className="spinner" aria-hidden="true" /> Generating the PDF; this takes a few seconds…
          </p>
        ) : null}
      </div>
      {pdf.kind === 'failed' ? (
        <p className="state state-error" role="alert">
          The PDF could not be made: {pdf.message}
        </p>
      ) : null}
    </div>
  );
}
