/** Plain-text presentation of knowledge concentration: one line per scope, then the top authors of a few. */
import type { KnowledgeConcentration } from '../../services/knowledge.service.js';
import { formatTable, shortName } from '../table.js';

/** With this many scopes or fewer, each one's top authors are listed below the summary. */
const DETAILED_SCOPES = 3;
const LISTED_AUTHORS = 5;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const authorName = (author: { author: string; person: string | null }) =>
  author.person === null ? author.author : shortName(author.person);

export function formatKnowledge(results: readonly KnowledgeConcentration[]): string {
  if (results.length === 0) return 'No repositories or services.';
  const rows = results.map((result) => {
    const top = result.authors[0];
    return [
      `${result.scope.kind} ${shortName(result.scope.ref)}`,
      result.truckFactor === null ? '-' : String(result.truckFactor),
      String(result.files),
      result.files === 0 ? '-' : percent(result.coveredFiles / result.files),
      String(result.commits),
      top ? authorName(top) : '-',
      top ? percent(top.fileShare) : '-',
      top ? percent(top.commitShare) : '-',
    ];
  });
  const sections = [
    formatTable(
      ['scope', 'truck factor', 'files', 'with author', 'commits', 'top author', 'files', 'commits'],
      rows,
    ),
  ];
  if (results.length <= DETAILED_SCOPES) {
    for (const result of results) sections.push(formatAuthors(result));
  }
  return sections.join('\n\n');
}

function formatAuthors(result: KnowledgeConcentration): string {
  const title = `${result.scope.kind} ${shortName(result.scope.ref)}`;
  if (result.truckFactor === null) return `${title}: no commits.`;
  const leaving = result.truckFactorAuthors.length;
  const lines = [
    `${title}: truck factor ${result.truckFactor}` +
      (leaving > 0
        ? ` (more than half of its ${result.files} files lose every author when ${leaving === 1 ? 'this person leaves' : `these ${leaving} people leave`})`
        : ` (more than half of its ${result.files} files have no author already)`),
  ];
  const rows = result.authors
    .slice(0, LISTED_AUTHORS)
    .map((author) => [
      authorName(author),
      String(author.filesAuthored),
      percent(author.fileShare),
      String(author.commits),
      percent(author.commitShare),
      result.truckFactorAuthors.includes(author.author) ? 'yes' : '',
    ]);
  lines.push(formatTable(['author', 'files authored', 'share', 'commits', 'share', 'in truck factor'], rows));
  if (result.recordIds && result.recordIds.length > 0) lines.push(`evidence: ${result.recordIds.join(', ')}`);
  return lines.join('\n');
}
