/**
 * Span of control: how many people report directly to each manager (solid lines only; dotted lines are
 * the matrix-management rule's business). The seeds give no figure, so the range is our own choice,
 * documented with the thresholds: a wide span leaves too little time per report, a narrow one adds a
 * layer of management with little to manage.
 */
import { pushTo } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import { EVIDENCE_RECORD_LIMIT, type OrgHealthFinding, type OrgHealthInput } from './types.js';

const RULE = 'span-of-control';

export function detectSpanOfControl(input: OrgHealthInput): OrgHealthFinding[] {
  const { min, max } = ORG_HEALTH_THRESHOLDS.spanOfControl;
  const reportsOf = new Map<string, string[]>();
  for (const person of input.model.people) if (person.manager) pushTo(reportsOf, person.manager, person.ref);
  const names = new Map(input.model.people.map((person) => [person.ref, person.displayName]));
  const findings: OrgHealthFinding[] = [];
  for (const [manager, reports] of reportsOf) {
    if (!names.has(manager) || (reports.length >= min && reports.length <= max)) continue;
    const wide = reports.length > max;
    findings.push({
      id: `${RULE}:${manager}`,
      rule: RULE,
      check: wide ? 'too-wide' : 'too-narrow',
      severity: wide ? (reports.length >= 2 * max ? 'high' : 'medium') : 'low',
      subject: manager,
      title: `${names.get(manager)} has ${reports.length} direct report(s): span too ${wide ? 'wide' : 'narrow'}`,
      detail: `${manager} manages ${reports.length} people directly; we look for ${min} to ${max}.`,
      evidence: {
        metrics: { directReports: reports.length, min, max },
        records: [manager, ...reports.slice(0, EVIDENCE_RECORD_LIMIT)],
      },
      recommendation: wide
        ? 'Add a lead or a manager under them, or move some reports to a peer with room, so each person gets regular time.'
        : 'Consider widening this manager’s scope or flattening the layer, so decisions take fewer hops.',
    });
  }
  return findings;
}
