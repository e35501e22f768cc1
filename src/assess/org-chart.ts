/**
 * The reporting lines as a tree: each person under their line manager, with their direct reports (span of
 * control), everyone below them, and the people who answer to them on a dotted line. People whose manager
 * is not in the organization (or who have none) are roots. Pure.
 */
import type { Person } from '../domain/person.js';

export interface OrgChartNode {
  person: string;
  displayName: string;
  role: string;
  teams: string[];
  /** Direct reports on the line: the span of control. */
  span: number;
  /** Everyone below, at any depth. */
  total: number;
  dottedLineReports: string[];
  reports: OrgChartNode[];
}

export interface OrgChart {
  roots: OrgChartNode[];
  people: number;
  managers: number;
  /** The longest chain of managers from a root to an individual contributor, counting both ends. */
  depth: number;
}

export function buildOrgChart(people: readonly Person[], root?: string): OrgChart {
  const known = new Set(people.map((person) => person.ref));
  const reportsOf = new Map<string, Person[]>();
  const dottedOf = new Map<string, string[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const person of people) {
    if (person.manager !== null && known.has(person.manager)) add(reportsOf, person.manager, person);
    for (const other of person.dottedLine) add(dottedOf, other, person.ref);
  }
  const build = (person: Person): OrgChartNode => {
    const reports = (reportsOf.get(person.ref) ?? []).map(build);
    return {
      person: person.ref,
      displayName: person.displayName,
      role: person.role,
      teams: person.teams.map((membership) => membership.team),
      span: reports.length,
      total: reports.reduce((sum, report) => sum + 1 + report.total, 0),
      dottedLineReports: dottedOf.get(person.ref) ?? [],
      reports,
    };
  };
  const starts =
    root === undefined
      ? people.filter((person) => person.manager === null || !known.has(person.manager))
      : people.filter((person) => person.ref === root);
  const roots = starts.map(build);
  const depthOf = (node: OrgChartNode): number => 1 + Math.max(0, ...node.reports.map(depthOf));
  const nodes = roots.flatMap(function flatten(node): OrgChartNode[] {
    return [node, ...node.reports.flatMap(flatten)];
  });
  return {
    roots,
    people: nodes.length,
    managers: nodes.filter((node) => node.span > 0).length,
    depth: Math.max(0, ...roots.map(depthOf)),
  };
}
