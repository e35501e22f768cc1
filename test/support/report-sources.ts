/**
 * The check that a report shows the API's numbers: every figure with a `source` is compared with the
 * number at its JSON pointer in the response of its API path, fetched from the same app with the same
 * headers (so under the same role). Any report kind can use it.
 */
import type { ReportDocument, ReportFigure } from '../../src/reports/document.js';

interface AppLike {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export interface SourceMismatch {
  section: string;
  label: string;
  path: string;
  pointer: string;
  reported: number | null;
  /** What the API gave at the pointer (`undefined` when the pointer leads nowhere). */
  api: unknown;
  status: number;
}

export type SourceResponses = Map<string, Promise<{ status: number; body: unknown }>>;

/** Every figure of the document with the id of its section. */
export function listFigures(document: ReportDocument): { section: string; figure: ReportFigure }[] {
  return document.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.type === 'figures' ? block.items.map((figure) => ({ section: section.id, figure })) : [],
    ),
  );
}

/** The value at an RFC 6901 JSON pointer, or undefined. */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The figures whose number differs from their source's (none when the report is faithful), and how many
 * figures were checked. A `null` figure matches a source that gives `null` or nothing (no data).
 */
export async function checkReportSources(
  app: AppLike,
  document: ReportDocument,
  headers: Record<string, string> = {},
  /** Responses already fetched (same app and headers), shared across checks to fetch each path once. */
  responses: SourceResponses = new Map(),
): Promise<{ checked: number; mismatches: SourceMismatch[] }> {
  const fetchOnce = (path: string) => {
    let response = responses.get(path);
    if (!response) {
      response = Promise.resolve(app.request(path, { headers })).then(async (res) => ({
        status: res.status,
        body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(),
      }));
      responses.set(path, response);
    }
    return response;
  };
  const mismatches: SourceMismatch[] = [];
  let checked = 0;
  for (const { section, figure } of listFigures(document)) {
    if (!figure.source) continue;
    checked += 1;
    const { status, body } = await fetchOnce(figure.source.path);
    const api = readPointer(body, figure.source.pointer);
    const same =
      status === 200 &&
      (figure.value === null
        ? api === null || api === undefined
        : typeof api === 'number' && sameNumber(api, figure.value));
    if (!same) {
      mismatches.push({
        section,
        label: figure.label,
        path: figure.source.path,
        pointer: figure.source.pointer,
        reported: figure.value,
        api,
        status,
      });
    }
  }
  return { checked, mismatches };
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
