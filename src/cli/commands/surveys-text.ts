/** Plain-text output of `sextant surveys …`: a withheld group or item says so and shows no count. */
import type { GroupFigure } from '../../domain/privacy.js';
import type {
  GroupSummary,
  SurveyListEntry,
  SurveyOpenText,
  SurveyResults,
  SurveyTrend,
} from '../../services/surveys.service.js';
import { formatTable } from '../table.js';

const withheld = (figure: { reason: string; minimum: number }) =>
  figure.reason === 'complement'
    ? `withheld (would reveal a group under ${figure.minimum} by subtraction)`
    : `withheld (fewer than ${figure.minimum} respondents)`;

const signed = (value: number | null) => (value === null ? '-' : `${value > 0 ? '+' : ''}${value}`);
const percent = (value: number | null) => (value === null ? '-' : `${Math.round(value * 100)}%`);

export function formatSurveyList(list: readonly SurveyListEntry[]): string {
  if (list.length === 0) return 'No surveys. Add one as surveys/<id>.yaml.';
  return formatTable(
    ['id', 'kind', 'title', 'opens', 'closes', 'status', 'respondents'],
    list.map((survey) => [
      survey.id,
      survey.kind,
      survey.title,
      survey.opens,
      survey.closes,
      survey.status,
      survey.respondents.kind === 'shown'
        ? String(survey.respondents.n)
        : `under ${survey.respondents.minimum}`,
    ]),
  );
}

function formatGroup(key: string, figure: GroupFigure<GroupSummary>): string {
  if (figure.kind !== 'shown') return `${key}: ${withheld(figure)}`;
  const lines = [`${key}: ${figure.n} respondents`];
  if (figure.enps?.kind === 'value')
    lines.push(
      `  eNPS ${figure.enps.score} (promoters ${percent(figure.enps.promoters)}, detractors ${percent(figure.enps.detractors)}, change ${signed(figure.enps.change)})`,
    );
  lines.push(
    formatTable(
      ['item', 'answered', 'mean', 'favourable', 'change'],
      figure.items.map((item) =>
        item.figure.kind === 'value'
          ? [
              item.id,
              String(item.figure.answered),
              item.figure.mean.toFixed(2),
              percent(item.figure.favourable),
              signed(item.figure.change),
            ]
          : [item.id, `under ${item.figure.needs}`, '-', '-', '-'],
      ),
    )
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  );
  return lines.join('\n');
}

export function formatSurveyResults(results: SurveyResults): string {
  const head = `${results.survey.title} (${results.survey.id}, ${results.survey.opens} to ${results.survey.closes})`;
  const previous = results.previous ? `Changes against ${results.previous.id}.` : 'No previous round.';
  return [head, previous, '', ...results.groups.map((group) => formatGroup(group.key, group.figure))].join(
    '\n',
  );
}

export function formatOpenText(open: SurveyOpenText): string {
  if (open.figure.kind !== 'shown') return `\nOpen answers (${open.scope}): ${withheld(open.figure)}`;
  return open.figure.items
    .map((item) => [`\n${item.text}`, ...item.answers.map((answer) => `  - ${answer}`)].join('\n'))
    .join('\n');
}

export function formatSurveyTrend(trend: SurveyTrend): string {
  if (trend.rounds.length === 0) return `No ${trend.kind} surveys.`;
  return trend.rounds
    .map((round) => formatGroup(`${round.survey.id} (closes ${round.survey.closes})`, round.figure))
    .join('\n\n');
}
