/** Plain-text presentation of teams, people, the org chart and services. */
import type { Person } from '../../domain/person.js';
import type { Service } from '../../domain/service.js';
import type {
  OrgChart,
  OrgChartNode,
  PersonDetail,
  ServiceDetail,
  TeamDetail,
  TeamView,
} from '../../services/org-views.service.js';
import { formatTable, shortName } from '../table.js';

function teamAlerts(team: TeamView): string[] {
  const { profile } = team;
  const alerts: string[] = [];
  if (profile.size.status !== 'within') {
    alerts.push(`${profile.size.status} size (${profile.size.range[0]}-${profile.size.range[1]})`);
  }
  if (profile.latestLoad && profile.latestLoad.status !== 'ok') alerts.push(profile.latestLoad.status);
  for (const interaction of profile.interactions) {
    if (interaction.flag) alerts.push(`long collaboration with ${shortName(interaction.with)}`);
  }
  return alerts;
}

export function formatTeams(teams: readonly TeamView[]): string {
  if (teams.length === 0) return 'No teams.';
  return formatTable(
    ['team', 'type', 'people', 'fte', 'services', 'load', 'needs a look'],
    teams.map((team) => [
      shortName(team.ref),
      team.type,
      String(team.profile.size.headcount),
      String(team.profile.size.fte),
      String(team.profile.services),
      team.profile.latestLoad ? `${team.profile.latestLoad.total}/${team.profile.latestLoad.capacity}` : '-',
      teamAlerts(team).join('; ') || '-',
    ]),
  );
}

export function formatTeamDetail(team: TeamDetail): string {
  const { profile } = team;
  const lines = [
    `${team.title} (${shortName(team.ref)}), ${team.type}`,
    `mission: ${team.mission}`,
    `lead: ${team.lead === null ? '-' : shortName(team.lead)}`,
    `size: ${profile.size.headcount} people, ${profile.size.fte} FTE; the range for ${team.type} teams is ${profile.size.range[0]}-${profile.size.range[1]} (${profile.size.status})`,
  ];
  if (team.since || team.until)
    lines.push(`formed: ${team.since ?? '-'}${team.until ? `, dissolved ${team.until}` : ''}`);
  lines.push('', 'members:');
  lines.push(
    ...team.members.map(
      (member) =>
        `  ${member.displayName} (${shortName(member.person)}), ${member.role}, ${Math.round(member.allocation * 100)}%`,
    ),
  );
  lines.push('', `services (${team.services.length}): ${team.services.map(shortName).join(', ') || '-'}`);
  lines.push('', 'cognitive load (intrinsic + extraneous of 10):');
  if (profile.load.length === 0) lines.push('  no assessment yet');
  for (const load of profile.load) {
    lines.push(
      `  ${load.date}  ${load.intrinsic} + ${load.extraneous} = ${load.total}  ${load.status}${load.notes ? `  ${load.notes}` : ''}`,
    );
  }
  lines.push('', 'interactions:');
  if (profile.interactions.length === 0) lines.push('  none declared');
  for (const interaction of profile.interactions) {
    const span = `${interaction.since}..${interaction.until ?? ''}`;
    lines.push(
      `  ${interaction.mode} with ${shortName(interaction.with)}, ${span} (${interaction.state}, ${interaction.days} days)${interaction.purpose ? `: ${interaction.purpose}` : ''}`,
    );
    if (interaction.flag) lines.push(`    ! ${interaction.flag}`);
  }
  lines.push('', 'team API:');
  if (team.api === null)
    lines.push('  not declared: add `api:` with what the team offers and how to reach it');
  else {
    for (const offer of team.api.offers)
      lines.push(`  offers ${offer.what}${offer.how ? ` (${offer.how})` : ''}`);
    const contact: [string, string | null][] = [
      ['contact', team.api.contact],
      ['requests', team.api.requests],
      ['response time', team.api.responseTime],
      ['hours', team.api.hours],
      ['docs', team.api.docs],
    ];
    for (const [label, value] of contact) if (value) lines.push(`  ${label}: ${value}`);
    for (const practice of team.api.practices) lines.push(`  practice: ${practice}`);
  }
  lines.push('', 'dependencies:');
  for (const dependency of team.provides)
    lines.push(
      `  provides ${dependency.what} to ${shortName(dependency.consumer)} (${dependency.type}, ${dependency.status})`,
    );
  for (const dependency of team.consumes)
    lines.push(
      `  needs ${dependency.what} from ${shortName(dependency.provider)} (${dependency.type}, ${dependency.status})`,
    );
  if (team.provides.length + team.consumes.length === 0) lines.push('  none declared');
  return lines.join('\n');
}

export function formatPeople(people: readonly Person[]): string {
  if (people.length === 0) return 'No people.';
  return formatTable(
    ['person', 'name', 'role', 'level', 'manager', 'teams'],
    people.map((person) => [
      shortName(person.ref),
      person.displayName,
      person.role,
      person.level ?? '-',
      shortName(person.manager),
      person.teams
        .map(
          (membership) =>
            `${shortName(membership.team)}${membership.allocation < 1 ? ` ${Math.round(membership.allocation * 100)}%` : ''}`,
        )
        .join(', ') || '-',
    ]),
  );
}

export function formatPerson(person: PersonDetail): string {
  const lines = [
    `${person.displayName} (${shortName(person.ref)}), ${person.role}${person.level ? `, ${person.level}` : ''}`,
    `manager: ${shortName(person.manager)}${person.dottedLine.length > 0 ? `; dotted line to ${person.dottedLine.map(shortName).join(', ')}` : ''}`,
    `management chain: ${person.managementChain.map(shortName).join(' → ') || '-'}`,
    `direct reports (${person.directReports.length}): ${person.directReports.map(shortName).join(', ') || '-'}`,
  ];
  if (person.dottedLineReports.length > 0) {
    lines.push(`dotted-line reports: ${person.dottedLineReports.map(shortName).join(', ')}`);
  }
  lines.push(
    `teams: ${person.teams.map((membership) => `${shortName(membership.team)} ${Math.round(membership.allocation * 100)}%`).join(', ') || '-'}`,
  );
  const identities = Object.entries(person.identities).map(
    ([system, ids]) => `${system} ${(ids ?? []).join(', ')}`,
  );
  lines.push(`identities: ${identities.join('; ') || '-'}`);
  if (person.startDate || person.endDate)
    lines.push(`in the organization: ${person.startDate ?? '?'}..${person.endDate ?? ''}`);
  if (person.location) lines.push(`location: ${person.location}`);
  return lines.join('\n');
}

export function formatOrgChart(chart: OrgChart): string {
  const lines: string[] = [];
  const walk = (node: OrgChartNode, prefix: string, last: boolean, top: boolean) => {
    const branch = top ? '' : last ? '└─ ' : '├─ ';
    const span = node.span > 0 ? `  [${node.span} direct, ${node.total} in all]` : '';
    const dotted =
      node.dottedLineReports.length > 0
        ? `  (dotted: ${node.dottedLineReports.map(shortName).join(', ')})`
        : '';
    lines.push(`${prefix}${branch}${node.displayName}, ${node.role}${span}${dotted}`);
    const childPrefix = top ? prefix : `${prefix}${last ? '   ' : '│  '}`;
    node.reports.forEach((report, index) => {
      walk(report, childPrefix, index === node.reports.length - 1, false);
    });
  };
  for (const root of chart.roots) walk(root, '', true, true);
  lines.push('', `${chart.people} people, ${chart.managers} managers, ${chart.depth} levels`);
  return lines.join('\n');
}

/** A Mermaid flowchart of the reporting lines; dotted lines are dashed edges. */
export function formatOrgChartMermaid(chart: OrgChart): string {
  const lines = ['flowchart TD'];
  const id = (ref: string) => ref.replace(/[^a-zA-Z0-9]/g, '_');
  const label = (text: string) => text.replaceAll('"', '#quot;');
  const walk = (node: OrgChartNode) => {
    lines.push(`  ${id(node.person)}["${label(node.displayName)}<br/>${label(node.role)}"]`);
    for (const report of node.reports) {
      lines.push(`  ${id(node.person)} --> ${id(report.person)}`);
      walk(report);
    }
    for (const dotted of node.dottedLineReports) lines.push(`  ${id(node.person)} -.-> ${id(dotted)}`);
  };
  for (const root of chart.roots) walk(root);
  return lines.join('\n');
}

export function formatServices(services: readonly Service[]): string {
  if (services.length === 0) return 'No services.';
  return formatTable(
    ['service', 'owner', 'system', 'tier', 'lifecycle', 'depends on'],
    services.map((service) => [
      shortName(service.ref),
      shortName(service.owner),
      shortName(service.system),
      String(service.tier),
      service.lifecycle,
      service.dependsOn.map(shortName).join(', ') || '-',
    ]),
  );
}

export function formatServiceDetail(service: ServiceDetail): string {
  return [
    `${service.title} (${shortName(service.ref)}), tier ${service.tier}, ${service.lifecycle}`,
    ...(service.description ? [service.description] : []),
    `owner: ${shortName(service.owner)}`,
    `system: ${shortName(service.system)}; domain: ${shortName(service.domain)}`,
    `repositories: ${service.repositories.map(shortName).join(', ') || '-'}`,
    `depends on: ${service.dependsOn.map(shortName).join(', ') || '-'}`,
    `depended on by: ${service.dependents.map(shortName).join(', ') || '-'}`,
    `cross-team dependencies naming it: ${service.teamDependencies.map(shortName).join(', ') || '-'}`,
    `SLOs: ${service.slos.length}; deployments detected from ${service.deployments.from}`,
  ].join('\n');
}
