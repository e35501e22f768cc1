/**
 * The export of a survey's results: exactly the protected figures, one row per group and item, never an
 * individual response. A withheld group or item is a row saying so, with no count and no figure.
 */
import type { SurveyResults } from './survey-rounds.js';

export const SURVEY_EXPORT_COLUMNS = [
  'survey',
  'breakdown',
  'group',
  'status',
  'respondents',
  'item',
  'answered',
  'mean',
  'favourable',
  'change',
] as const;

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toSurveyExportRows(sections: readonly SurveyResults[]): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const section of sections) {
    const breakdown = section.scope === 'org' ? 'org' : section.scope.replace(/^by:/, '');
    for (const group of section.groups) {
      const base = [section.survey.id, breakdown, group.key];
      if (group.figure.kind !== 'shown') {
        rows.push([...base, `withheld (${group.figure.reason})`, null, null, null, null, null, null]);
        continue;
      }
      const { n } = group.figure;
      if (group.figure.enps) {
        const enps = group.figure.enps;
        rows.push(
          enps.kind === 'value'
            ? [...base, 'shown', n, 'enps', enps.answered, enps.score, null, enps.change]
            : [...base, `withheld (fewer than ${enps.needs} answers)`, n, 'enps', null, null, null, null],
        );
      }
      for (const item of group.figure.items) {
        const figure = item.figure;
        rows.push(
          figure.kind === 'value'
            ? [...base, 'shown', n, item.id, figure.answered, figure.mean, figure.favourable, figure.change]
            : [...base, `withheld (fewer than ${figure.needs} answers)`, n, item.id, null, null, null, null],
        );
      }
    }
  }
  return rows;
}

export function toSurveyExportCsv(sections: readonly SurveyResults[]): string {
  return [SURVEY_EXPORT_COLUMNS, ...toSurveyExportRows(sections)]
    .map((row) => row.map(csvField).join(','))
    .join('\n')
    .concat('\n');
}
