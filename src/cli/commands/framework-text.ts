import type {
  AdoptionView,
  AreaView,
  CoverageFigures,
  FrameworkCoverage,
  FrameworkItemView,
  PolicyView,
  ProcedureView,
} from '../../services/framework.service.js';
import { formatTable, shortName } from '../table.js';

const NOT_COVERED = 'not yet covered';

export function formatFrameworkList(areas: AreaView[]): string {
  return areas
    .map((area) => {
      const concerns = area.concerns.map((concern) =>
        [
          `${concern.title} (${concern.id})`,
          ...concern.policies.flatMap((policy) => [
            `Policy: ${policy.title}. ${policy.statement}`,
            procedureTable(policy),
          ]),
        ].join('\n'),
      );
      return [`${area.title.toUpperCase()} (${area.id})`, '', concerns.join('\n\n')].join('\n');
    })
    .join('\n\n');
}

function procedureTable(policy: PolicyView): string {
  return formatTable(
    ['PROCEDURE', 'STATUS', 'OWNER', 'SEXTANT'],
    policy.procedures.map((procedure) => [
      procedure.id,
      procedure.adoption.status,
      procedure.adoption.owner?.name ?? '-',
      procedure.feature ? `sextant ${procedure.feature.commands[0]}` : NOT_COVERED,
    ]),
  );
}

export function formatFrameworkItem(item: FrameworkItemView): string {
  switch (item.kind) {
    case 'area':
      return [`${item.title} (${item.id})`, figuresLine(item), '', formatFrameworkList([item])].join('\n');
    case 'concern':
      return [
        `${item.title} (${item.id})`,
        `Area: ${item.area.title}`,
        item.summary,
        figuresLine(item),
        '',
        ...item.policies.flatMap((policy) => [
          `Policy: ${policy.title}. ${policy.statement}`,
          procedureTable(policy),
        ]),
      ].join('\n');
    case 'policy':
      return [
        `${item.title} (${item.id})`,
        `Area: ${item.area.title} · Concern: ${item.concern.title}`,
        item.statement,
        '',
        procedureTable(item),
      ].join('\n');
    case 'procedure':
      return formatProcedure(item);
  }
}

function formatProcedure(item: Extract<FrameworkItemView, { kind: 'procedure' }>): string {
  return [
    `${item.title} (${item.id})`,
    `Area: ${item.area.title} · Concern: ${item.concern.title} · Policy: ${item.policy.title}`,
    item.summary,
    '',
    ...featureLines(item),
    '',
    ...adoptionLines(item.adoption),
  ].join('\n');
}

function featureLines(procedure: ProcedureView): string[] {
  const { feature } = procedure;
  if (!feature) return [`Sextant: ${NOT_COVERED}`];
  return [
    `Sextant: ${feature.commands.map((command) => `sextant ${command}`).join(', ')}`,
    ...(feature.api.length > 0 ? [`API: ${feature.api.join(', ')}`] : []),
    `  ${feature.does}`,
  ];
}

function adoptionLines(adoption: AdoptionView): string[] {
  if (adoption.status === 'unrecorded') return ['Adoption: not recorded in registers/policies.yaml'];
  const parts = [
    adoption.status,
    `owner ${adoption.owner?.name ?? '-'}`,
    ...(adoption.teams.length > 0 ? [`teams ${adoption.teams.map(shortName).join(', ')}`] : []),
    `review ${adoption.review ?? 'not set'}`,
  ];
  const evidence =
    adoption.evidence.length === 0
      ? ['Evidence: none']
      : [
          'Evidence:',
          ...adoption.evidence.map(
            (item) => `  ${item.date}  ${item.link}${item.title ? `  ${item.title}` : ''}`,
          ),
        ];
  return [
    `Adoption: ${parts.join(' · ')}`,
    ...evidence,
    ...(adoption.note ? [`Note: ${adoption.note}`] : []),
  ];
}

function figuresLine(figures: CoverageFigures): string {
  const { counts } = figures;
  const applicable = counts.total - counts['not-applicable'];
  return [
    `${counts.adopted} of ${applicable} applicable procedures adopted (${share(figures.adoptedShare)})`,
    `${counts.partial} partial, ${counts.planned} planned, ${counts['not-adopted']} not adopted`,
    `${counts['not-applicable']} not applicable, ${counts.unrecorded} unrecorded`,
    `${figures.carriedBySextant} carried out by Sextant`,
  ].join('; ');
}

function share(value: number | null): string {
  return value === null ? 'n/a' : `${Math.round(value * 100)}%`;
}

export function formatCoverage(coverage: FrameworkCoverage): string {
  const row = (label: string, figures: CoverageFigures) => {
    const { counts } = figures;
    return [
      label,
      String(counts.adopted),
      String(counts.partial),
      String(counts.planned),
      String(counts['not-adopted']),
      String(counts['not-applicable']),
      String(counts.unrecorded),
      share(figures.adoptedShare),
      String(figures.carriedBySextant),
    ];
  };
  const table = formatTable(
    ['AREA / CONCERN', 'ADOPTED', 'PARTIAL', 'PLANNED', 'NOT', 'N/A', 'UNRECORDED', 'SHARE', 'SEXTANT'],
    [
      ...coverage.areas.flatMap((area) => [
        row(area.title, area),
        ...area.concerns.map((concern) => row(`  ${concern.title}`, concern)),
      ]),
      row('All areas', coverage),
    ],
  );
  const owner = (ref: string | null) => shortName(ref);
  return [
    `Framework coverage on ${coverage.today} (evidence is stale after ${coverage.staleAfterDays} days)`,
    figuresLine(coverage),
    '',
    table,
    section(
      'Stale evidence',
      ['PROCEDURE', 'OWNER', 'NEWEST EVIDENCE', 'AGE (DAYS)'],
      coverage.staleEvidence.map((item) => [
        item.procedure,
        owner(item.owner),
        item.latestEvidence,
        String(item.ageDays),
      ]),
    ),
    section(
      'Missing evidence (adopted or partial)',
      ['PROCEDURE', 'STATUS', 'OWNER'],
      coverage.missingEvidence.map((item) => [item.procedure, item.status, owner(item.owner)]),
    ),
    section(
      'Reviews overdue',
      ['PROCEDURE', 'OWNER', 'REVIEW', 'DAYS OVERDUE'],
      coverage.overdueReviews.map((item) => [
        item.procedure,
        owner(item.owner),
        item.review,
        String(item.daysOverdue),
      ]),
    ),
    section(
      'Carried out by Sextant (adopted or partial)',
      ['PROCEDURE', 'STATUS', 'COMMAND'],
      coverage.carriedOut.map((item) => [item.procedure, item.status, `sextant ${item.commands[0] ?? ''}`]),
    ),
  ].join('\n');
}

function section(title: string, header: string[], rows: string[][]): string {
  return rows.length === 0
    ? `\n${title}: none`
    : `\n${title} (${rows.length}):\n${formatTable(header, rows)}`;
}
