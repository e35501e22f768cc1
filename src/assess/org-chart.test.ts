import { describe, expect, it } from 'vitest';
import { buildPerson, personRef } from '../domain/model.test-fixtures.js';
import type { Person } from '../domain/person.js';
import { buildOrgChart } from './org-chart.js';

function person(name: string, manager: string | null, dottedLine: string[] = []): Person {
  return buildPerson(name, {
    displayName: name.toUpperCase(),
    role: manager === null ? 'vp' : 'engineer',
    manager: manager === null ? null : personRef(manager),
    dottedLine: dottedLine.map(personRef),
  });
}

const people = [
  person('vp', null),
  person('dir', 'vp'),
  person('em1', 'dir'),
  person('em2', 'dir'),
  person('a', 'em1'),
  person('b', 'em1', ['em2']),
  person('c', 'em2'),
  person('contractor', 'agency'),
];

describe('org chart', () => {
  it('builds the reporting tree with span of control, everyone below and depth', () => {
    const chart = buildOrgChart(people);
    expect(chart.roots.map((root) => root.person)).toEqual([
      'person:default/vp',
      'person:default/contractor',
    ]);
    const [vp] = chart.roots;
    expect(vp).toMatchObject({ span: 1, total: 6 });
    const dir = vp?.reports[0];
    expect(dir).toMatchObject({ span: 2, total: 5 });
    expect(dir?.reports.map((report) => [report.person, report.span])).toEqual([
      ['person:default/em1', 2],
      ['person:default/em2', 1],
    ]);
    expect(chart).toMatchObject({ people: 8, managers: 4, depth: 4 });
  });

  it('shows dotted-line reports on the second manager without moving the person', () => {
    const em2 = buildOrgChart(people, 'person:default/em2').roots[0];
    expect(em2?.dottedLineReports).toEqual(['person:default/b']);
    expect(em2?.reports.map((report) => report.person)).toEqual(['person:default/c']);
  });

  it('treats a manager outside the organization as no manager', () => {
    const contractor = buildOrgChart(people).roots[1];
    expect(contractor).toMatchObject({ person: 'person:default/contractor', span: 0, total: 0 });
  });
});
