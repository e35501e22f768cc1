/** Plain-text presentation of the dependency views: short names, days to or past needed-by, flags in words. */
import type {
  AssessedDependency,
  BlockingChains,
  BlockingCycle,
  BlockingLink,
  CriticalPath,
  DependencyList,
  DependencyMatrix,
  HiddenDependencyList,
} from '../../services/dependencies.service.js';
import { formatTable, shortName } from '../table.js';

export function describeTiming(dependency: AssessedDependency): string {
  if (dependency.overdue) return `${dependency.daysOverdue}d OVERDUE`;
  if (!dependency.open) return '-';
  if (dependency.daysToNeededBy === null) return 'no date';
  if (dependency.daysToNeededBy === 0) return 'due today';
  return `due in ${dependency.daysToNeededBy}d`;
}

export function formatDependencyList(list: DependencyList): string {
  if (list.items.length === 0) return `No dependencies match (as of ${list.asOf}).`;
  const rows = list.items.map((item) => [
    item.name,
    shortName(item.provider),
    shortName(item.consumer),
    item.type,
    item.status,
    item.risk,
    item.neededBy ?? '-',
    describeTiming(item),
    item.strategy ?? '-',
    item.suggestion.suggested === null
      ? '-'
      : item.suggestion.agrees === false
        ? `${item.suggestion.suggested} (differs)`
        : item.suggestion.suggested,
  ]);
  const reasons = list.items
    .filter((item) => item.suggestion.suggested !== null)
    .map((item) => `  ${item.name}: ${item.suggestion.reason}`);
  return [
    `${list.total} dependencies as of ${list.asOf}`,
    formatTable(
      [
        'name',
        'provider',
        'consumer',
        'type',
        'status',
        'risk',
        'needed by',
        'timing',
        'strategy',
        'suggested',
      ],
      rows,
    ),
    ...(reasons.length > 0 ? ['', 'Why these suggestions:', ...reasons] : []),
  ].join('\n');
}

export function formatMatrix(matrix: DependencyMatrix): string {
  const { totals } = matrix;
  const lines = [
    `Dependency matrix as of ${matrix.asOf}: ${totals.dependencies} dependencies, ${totals.open} open, ` +
      `${totals.openBlocking} open blocking, ${totals.overdue} overdue`,
  ];
  if (matrix.cells.length === 0) return lines[0] ?? '';
  const cellOf = new Map(matrix.cells.map((cell) => [`${cell.provider} ${cell.consumer}`, cell]));
  const grid = matrix.providers.map((provider) => [
    shortName(provider),
    ...matrix.consumers.map((consumer) => {
      const cell = cellOf.get(`${provider} ${consumer}`);
      if (!cell) return '.';
      const marks = [
        cell.openBlocking > 0 ? `b${cell.openBlocking}` : '',
        cell.overdue > 0 ? `!${cell.overdue}` : '',
      ].filter(Boolean);
      return [`${cell.open}/${cell.dependencies.length}`, ...marks].join(' ');
    }),
  ]);
  lines.push(formatTable(['provider \\ consumer', ...matrix.consumers.map(shortName)], grid));
  lines.push('cells: open/all dependencies, bN open blocking, !N overdue', '');
  const rows = matrix.cells.flatMap((cell) =>
    cell.dependencies.map((dependency) => [
      shortName(cell.provider),
      shortName(cell.consumer),
      dependency.name,
      dependency.type,
      dependency.status,
      dependency.risk,
      dependency.neededBy ?? '-',
      describeTiming(dependency),
    ]),
  );
  lines.push(
    formatTable(
      ['provider', 'consumer', 'dependency', 'type', 'status', 'risk', 'needed by', 'timing'],
      rows,
    ),
  );
  return lines.join('\n');
}

function formatLink(link: BlockingLink): string {
  const what = link.dependencies.map((dependency) => `${dependency.name} (${describeTiming(dependency)})`);
  return `${shortName(link.consumer)} waits on ${shortName(link.provider)}: ${what.join(', ')}`;
}

function formatCycles(cycles: readonly BlockingCycle[]): string[] {
  if (cycles.length === 0) return [];
  return [
    '',
    `Cycles (${cycles.length}), which cannot finish on their own:`,
    ...cycles.flatMap((cycle) => [
      `  ${[...cycle.teams, cycle.teams[0] ?? ''].map(shortName).join(' -> ')}`,
      ...cycle.links.map((link) => `    ${formatLink(link)}`),
    ]),
  ];
}

export function formatChains(result: BlockingChains & { team: string | null }): string {
  const scope = result.team === null ? '' : ` from ${shortName(result.team)}`;
  const lines = [`Blocking chains${scope} as of ${result.asOf}: ${result.chains.length}`];
  if (result.chains.length === 0) lines.push('No team waits on another through an open blocking dependency.');
  for (const chain of result.chains) {
    const cycle = chain.closesCycleAt === null ? '' : ' (back into a cycle)';
    lines.push(`${chain.overdue ? 'OVERDUE ' : ''}${chain.teams.map(shortName).join(' -> ')}${cycle}`);
    for (const link of chain.links) lines.push(`  ${formatLink(link)}`);
  }
  if (result.truncated) lines.push('… more chains left out; raise --limit to see them.');
  lines.push(...formatCycles(result.cycles));
  return lines.join('\n');
}

const FLAG_WORDS: Record<string, string> = {
  overdue: 'overdue',
  'needed-after-target': 'needed after the target',
  'needed-after-dependent': 'needed after what waits on it',
  'no-needed-by': 'no needed-by date',
};

export function formatCriticalPath(result: CriticalPath): string {
  const start =
    result.start.kind === 'team'
      ? `team ${shortName(result.start.team)}`
      : `dependency ${shortName(result.start.ref)}`;
  const lines = [`Critical path for ${start} to ${result.to} (as of ${result.asOf})`];
  if (result.required.length === 0) {
    lines.push('Nothing open and blocking stands in the way.');
    return lines.join('\n');
  }
  lines.push(`Longest chain (${result.path.length} ${result.path.length === 1 ? 'link' : 'links'}):`);
  result.path.forEach((link, index) => {
    lines.push(`  ${index + 1}. ${shortName(link.consumer)} waits on ${shortName(link.provider)}`);
    for (const dependency of link.dependencies) {
      const flags = dependency.flags.map((flag) => FLAG_WORDS[flag] ?? flag).join(', ');
      lines.push(`       ${dependency.name} (${describeTiming(dependency)})${flags ? ` — ${flags}` : ''}`);
    }
  });
  lines.push('', `Required before ${result.to}: ${result.required.length}, ${result.flagged} flagged`);
  lines.push(
    formatTable(
      ['depth', 'dependency', 'provider', 'consumer', 'needed by', 'finish by', 'flags'],
      result.required.map((dependency) => [
        String(dependency.depth),
        dependency.name,
        shortName(dependency.provider),
        shortName(dependency.consumer),
        dependency.neededBy ?? '-',
        dependency.mustFinishBy,
        dependency.flags.map((flag) => FLAG_WORDS[flag] ?? flag).join(', ') || '-',
      ]),
    ),
  );
  lines.push(...formatCycles(result.cycles));
  return lines.join('\n');
}

export function formatHidden(list: HiddenDependencyList): string {
  if (list.items.length === 0) return 'No hidden dependencies: every service call across teams is declared.';
  const lines = [
    `Hidden dependencies: ${list.total} team pairs with service calls but no declared dependency`,
  ];
  for (const entry of list.items) {
    const reverse =
      entry.reverseDeclared.length > 0
        ? ` (declared the other way round: ${entry.reverseDeclared.map(shortName).join(', ')})`
        : '';
    lines.push(`${shortName(entry.consumer)} depends on ${shortName(entry.provider)}${reverse}`);
    for (const edge of entry.services) lines.push(`  ${shortName(edge.from)} calls ${shortName(edge.to)}`);
  }
  return lines.join('\n');
}
