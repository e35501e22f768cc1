import { describe, expect, it } from 'vitest';
import { buildInput, buildPerson, personRef } from './org-health.test-fixtures.js';
import { detectSpanOfControl } from './span-of-control.js';

const reportsTo = (manager: string, count: number, prefix = manager) =>
  Array.from({ length: count }, (_, i) => buildPerson(`${prefix}-r${i}`, { manager: personRef(manager) }));

describe('span of control', () => {
  it('flags a manager with more than 8 direct reports, high from 16', () => {
    const findings = detectSpanOfControl(
      buildInput({
        people: [buildPerson('wide'), buildPerson('huge'), ...reportsTo('wide', 9), ...reportsTo('huge', 16)],
      }),
    );
    expect(findings.map((finding) => [finding.id, finding.check, finding.severity])).toEqual([
      ['span-of-control:person:default/wide', 'too-wide', 'medium'],
      ['span-of-control:person:default/huge', 'too-wide', 'high'],
    ]);
    expect(findings[0]?.evidence.metrics.directReports).toBe(9);
    expect(findings[0]?.evidence.records).toContain(personRef('wide-r8'));
  });

  it('flags a manager with fewer than 3 direct reports as a narrow span', () => {
    const findings = detectSpanOfControl(
      buildInput({ people: [buildPerson('thin'), ...reportsTo('thin', 2)] }),
    );
    expect(findings.map((finding) => [finding.subject, finding.check, finding.severity])).toEqual([
      [personRef('thin'), 'too-narrow', 'low'],
    ]);
  });

  it('leaves spans of 3 to 8 alone, and ignores dotted lines and managers outside the model', () => {
    const findings = detectSpanOfControl(
      buildInput({
        people: [
          buildPerson('ok'),
          ...reportsTo('ok', 3),
          buildPerson('also'),
          ...reportsTo('also', 8),
          ...reportsTo('ghost', 1),
          buildPerson('dotted', { manager: personRef('ok'), dottedLine: [personRef('lonely')] }),
          buildPerson('lonely'),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
