/**
 * One report read in the page: the JSON document the server builds (`GET /api/reports/:kind`, format
 * json) drawn block by block, the same content the HTML, Markdown and PDF versions carry.
 */
import { Async } from '../../components/states';
import { useApi } from '../../hooks';
import { ReportBlockView } from './report-blocks';
import type { ReportChoice, ReportDocument } from './types';

export function ReportPreview({ kind, choice }: { kind: string; choice: ReportChoice }) {
  const report = useApi<ReportDocument>(`/api/reports/${encodeURIComponent(kind)}`, { ...choice });
  return (
    <Async query={report} what="the report (building it can take a few seconds)">
      {(document) => <ReportDocumentView document={document} />}
    </Async>
  );
}

function ReportDocumentView({ document }: { document: ReportDocument }) {
  const { period } = document;
  const generated = document.generatedAt.slice(0, 16).replace('T', ' ');
  return (
    <article className="report-document" aria-label={`${document.title}, ${period.label}`}>
      <header>
        <p className="report-title">
          <strong>{document.title}</strong>
          {document.subtitle ? ` · ${document.subtitle}` : null}
        </p>
        <p className="muted">
          {document.org} · {period.label} ({period.from} to {period.to}), compared with{' '}
          {period.previous.label} · {document.audience === 'exec' ? 'executive version' : 'team version'} ·
          built {generated} UTC
        </p>
      </header>
      {document.sections.length === 0 ? (
        <p className="state state-empty">This report has no sections for this period and your role.</p>
      ) : null}
      {document.sections.map((section) => (
        <section key={section.id} aria-labelledby={`report-${document.kind}-${section.id}`}>
          <h3 id={`report-${document.kind}-${section.id}`}>{section.title}</h3>
          {section.blocks.map((block, index) => (
            <ReportBlockView
              // Blocks have no ids; their order within a section is fixed by the document.
              // biome-ignore lint/suspicious/noArrayIndexKey: the document's block order is stable.
              key={index}
              block={block}
              fallbackCaption={section.title}
            />
          ))}
        </section>
      ))}
    </article>
  );
}
