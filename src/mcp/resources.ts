/**
 * Resources: the workspace documents (sextant.yaml and the model files, as written) and the reports, one
 * URI per kind and period (`sextant://reports/weekly-staff/2026-W47`), rendered as Markdown under the
 * caller's role. The list offers each kind's default period; the kinds about one item (risk memo, decision
 * brief) are built with the build-report tool, which takes the item.
 */
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import {
  buildReport,
  listReportKinds,
  REPORT_KINDS,
  type ReportKind,
  renderReport,
} from '../services/reports/index.js';
import { listWorkspaceDocuments, readWorkspaceDocument } from '../services/workspace-documents.service.js';
import { toProtocolError } from './errors.js';
import type { McpScope } from './tool.js';

const YAML = 'application/yaml';
const MARKDOWN = 'text/markdown';

export function registerResources(server: McpServer, scope: McpScope): void {
  registerWorkspaceDocuments(server, scope);
  registerReports(server, scope);
}

function registerWorkspaceDocuments(server: McpServer, scope: McpScope): void {
  for (const file of listWorkspaceDocuments(scope.context)) {
    server.registerResource(
      file,
      `sextant://workspace/${file}`,
      {
        title: file,
        description:
          file === 'sextant.yaml'
            ? 'The workspace settings: organization, time zone, fiscal year, sources, targets and owners of KPIs'
            : `The declared organization: ${file}`,
        mimeType: YAML,
      },
      (uri) =>
        guard(scope, uri, async () => {
          const document = await readWorkspaceDocument(scope.context, file);
          return { contents: [{ uri: uri.href, mimeType: YAML, text: document.text }] };
        }),
    );
  }
}

function registerReports(server: McpServer, scope: McpScope): void {
  const { context, viewer } = scope;
  const template = new ResourceTemplate('sextant://reports/{kind}/{period}', {
    list: () => {
      const { kinds } = listReportKinds(context, new Date());
      return {
        resources: kinds
          .filter((kind) => kind.item === null)
          .map((kind) => ({
            uri: `sextant://reports/${kind.kind}/${kind.defaultPeriod.label}`,
            name: `${kind.title}, ${kind.defaultPeriod.label}`,
            mimeType: MARKDOWN,
          })),
      };
    },
    complete: { kind: (value) => REPORT_KINDS.filter((kind) => kind.startsWith(value)) },
  });
  server.registerResource(
    'report',
    template,
    {
      title: 'Report',
      description:
        'A report of one kind for one period as Markdown: periods are 2026-W47, 2026-11, 2026-Q4 or FROM..TO',
      mimeType: MARKDOWN,
    },
    (uri, variables) =>
      guard(scope, uri, async () => {
        const kind = decodeURIComponent(String(variables.kind)) as ReportKind;
        const period = decodeURIComponent(String(variables.period));
        const document = await buildReport(context, viewer, { kind, period }, new Date());
        const text = (await renderReport(document, 'md')) as string;
        return { contents: [{ uri: uri.href, mimeType: MARKDOWN, text }] };
      }),
  );
}

/** Runs a read; its failure becomes the protocol error the client reads. */
async function guard(scope: McpScope, uri: URL, read: () => Promise<ReadResourceResult>) {
  try {
    return await read();
  } catch (error) {
    throw toProtocolError(error, `resource ${uri.href}`, scope.log);
  }
}
