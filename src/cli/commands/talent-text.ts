/** Plain-text views of the talent review for the terminal. */
import type {
  PersonName,
  SuccessionCoverage,
  SuccessionView,
  TalentGridView,
  TalentProfile,
} from '../../services/talent.service.js';
import type { TalentRisksView } from '../../services/talent-risks.service.js';
import { formatTable, shortName } from '../table.js';

const READINESS_TEXT = {
  'ready-now': 'ready now',
  '1-2-years': 'in 1-2 years',
  none: 'no successor',
} as const;

const names = (people: readonly PersonName[]) => people.map((person) => person.name).join(', ');
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

export function formatGrid(grid: TalentGridView): string {
  const lines: string[] = [];
  const cycle = grid.cycle ? `calibration ${grid.cycle.id} (${grid.cycle.date})` : 'no calibration cycle';
  const scope = grid.team ? ` · team ${shortName(grid.team)}` : '';
  lines.push(
    `Talent grid · ${cycle}${scope} · ratings mapped by ${grid.ratingsSource === 'register' ? 'the register' : 'the default mapping'}`,
  );
  lines.push('');
  lines.push(
    formatTable(
      ['Box', 'Performance', 'Potential', 'People'],
      grid.boxes.map((box) => [box.name, box.performance, box.potential, names(box.people) || '-']),
    ),
  );
  if (grid.unplaced.length > 0) {
    lines.push('', 'Not placed:');
    for (const entry of grid.unplaced) lines.push(`  ${entry.person.name}: ${entry.reasons.join(', ')}`);
  }
  if (grid.unmappedRatings.length > 0) {
    lines.push(
      '',
      'Ratings the mapping does not know (add them under ratings: in registers/talent-review.yaml):',
    );
    for (const entry of grid.unmappedRatings) lines.push(`  "${entry.rating}" (${entry.people})`);
  }
  return lines.join('\n');
}

export function formatCoverage(coverage: SuccessionCoverage): string {
  if (coverage.kind === 'insufficient-data') return 'Coverage: no critical roles are declared.';
  return [
    `Coverage: ${coverage.readyNow.roles} of ${coverage.roles} critical roles have a successor ready now (${percent(coverage.readyNow.ratio)});`,
    `          ${coverage.withSuccessor.roles} of ${coverage.roles} have any named successor (${percent(coverage.withSuccessor.ratio)}).`,
  ].join('\n');
}

export function formatSuccession(view: SuccessionView): string {
  if (view.roles.length === 0) return 'No critical roles: registers/talent-review.yaml declares none.';
  const table = formatTable(
    ['Role', 'Holder', 'Status', 'Ready now', 'In 1-2 years'],
    view.roles.map((role) => [
      role.title,
      role.holder.name,
      READINESS_TEXT[role.status],
      names(role.readyNow) || '-',
      names(role.inOneToTwoYears) || '-',
    ]),
  );
  return `${table}\n\n${formatCoverage(view.coverage)}`;
}

export function formatRisks(view: TalentRisksView): string {
  const lines: string[] = ['Single points of failure'];
  const spof = view.singlePointsOfFailure;
  if (spof.rolesWithoutSuccessor.length === 0) lines.push('  Every critical role has a named successor.');
  for (const role of spof.rolesWithoutSuccessor)
    lines.push(`  ${role.title} (${role.role}): held by ${role.holder.name}, nobody named to succeed`);
  if (spof.knowledge.kind === 'not-assessed')
    lines.push(`  Knowledge not assessed: ${spof.knowledge.reason}.`);
  else {
    if (spof.knowledge.soleExperts.length === 0)
      lines.push(`  No critical service rests on one person (${spof.knowledge.servicesChecked} checked).`);
    for (const expert of spof.knowledge.soleExperts)
      lines.push(
        `  ${shortName(expert.service)}: only ${expert.expert.name} knows it (truck factor 1; ${expert.reasons.join(', ')})`,
      );
    if (spof.knowledge.withoutHistory.length > 0)
      lines.push(`  No git history for: ${spof.knowledge.withoutHistory.map(shortName).join(', ')}`);
  }
  lines.push('', 'Flight risk (high)');
  if (view.flightRisks.length === 0) lines.push('  Nobody is declared a high flight risk.');
  for (const risk of view.flightRisks) {
    const why = risk.aggravations.length > 0 ? `: ${risk.aggravations.join(', ')}` : '';
    lines.push(`  ${risk.person.name} · ${risk.severity}${why}`);
  }
  return lines.join('\n');
}

export function formatProfile(profile: TalentProfile): string {
  const lines = [`${profile.person.name} (${profile.person.ref})`];
  if (profile.placement.kind === 'placed') {
    const { box, performance, potential } = profile.placement;
    const rating = performance.rating ? `, rated "${performance.rating}"` : '';
    lines.push(
      `  Box: ${box.name} (performance ${performance.band} from ${performance.source}${rating}; potential ${potential.band} from ${potential.source})`,
    );
    lines.push(`  Calls for: ${box.advice}`);
  } else lines.push(`  Not placed on the grid: ${profile.placement.reasons.join(', ')}`);
  const risk = profile.flightRisk;
  lines.push(
    `  Flight risk: ${risk.level ?? 'not declared'}${'severity' in risk ? ` (${risk.severity}${risk.aggravations.length > 0 ? `: ${risk.aggravations.join(', ')}` : ''})` : ''}`,
  );
  if (profile.calibration.length > 0) {
    lines.push('  Calibration notes:');
    for (const note of profile.calibration) lines.push(`    ${note.cycle} (${note.date}): ${note.notes}`);
  }
  for (const role of profile.holds)
    lines.push(`  Holds ${role.title} (${role.role}): ${READINESS_TEXT[role.status]}`);
  for (const role of profile.couldSucceed)
    lines.push(`  Could succeed ${role.holder.name} as ${role.title}: ${READINESS_TEXT[role.readiness]}`);
  return lines.join('\n');
}
