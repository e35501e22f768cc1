import type {
  CriterionAssessment,
  MaturityAssessment,
  MaturityOverview,
  TeamMaturity,
} from '../../services/maturity.service.js';
import { formatTable } from '../table.js';

export function formatMaturityOverview(overview: MaturityOverview): string {
  const table = formatTable(
    ['TEAM', 'LEVEL', 'TARGET', 'ANSWERS', 'NEXT LEVEL NEEDS'],
    overview.teams.map((team) => [
      team.team.name,
      `${team.level} ${team.name}`,
      team.target === null ? '-' : String(team.target),
      team.answered ? 'yes' : 'none',
      team.next ? team.next.needs.map((need) => need.id).join(', ') : '-',
    ]),
  );
  return [
    `Agile maturity by team (evidence ${overview.window.from} to ${overview.window.to})`,
    table,
    '',
    formatAssessment('Platform maturity', overview.platform),
  ].join('\n');
}

export function formatTeamMaturity(team: TeamMaturity): string {
  return formatAssessment(`Agile maturity of ${team.team.title} (${team.team.name})`, team);
}

function formatAssessment(title: string, assessment: MaturityAssessment): string {
  const target = assessment.target === null ? '' : ` · target ${assessment.target}`;
  const lines = [`${title}: level ${assessment.level} ${assessment.name}${target}`];
  for (const level of assessment.levels.slice(1)) {
    lines.push(`  ${level.level} ${level.name}: ${level.met ? 'met' : 'not met'}`);
    for (const criterion of level.criteria) lines.push(`    ${formatCriterion(criterion)}`);
  }
  if (assessment.next) {
    lines.push(`  level ${assessment.next.level} ${assessment.next.name} needs:`);
    for (const need of assessment.next.needs)
      lines.push(`    - ${need.text} (found ${need.found}; expected ${need.expected})`);
  } else {
    lines.push('  the highest level is reached');
  }
  return lines.join('\n');
}

const MARKS = { met: '[x]', unmet: '[ ]', unknown: '[?]' } as const;

function formatCriterion(criterion: CriterionAssessment): string {
  return `${MARKS[criterion.status]} ${criterion.id}: ${criterion.found}`;
}
