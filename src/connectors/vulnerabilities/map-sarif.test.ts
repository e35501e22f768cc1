import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapSarifLog } from './map-sarif.js';

const trivy: unknown = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'trivy-image.sarif'), 'utf8'),
);
const context = {
  file: 'scan.sarif',
  observedAt: '2026-03-01T00:00:00.000Z',
  repository: 'fernwood/checkout-api',
};

/** A one-run log built for a case the recorded scan does not show. */
function buildLog(run: Record<string, unknown>) {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL', rules: [] } }, ...run }] };
}

describe('SARIF logs', () => {
  it('maps a Trivy image scan: one finding per package and advisory, severity from the score', () => {
    const { findings, issues } = mapSarifLog(trivy, context);
    expect(issues).toEqual([]);
    expect(findings).toHaveLength(7);
    expect(new Set(findings.map((finding) => finding.source))).toEqual(new Set(['trivy']));
    const byPackage = findings.map((finding) => `${finding.package} ${finding.advisory} ${finding.severity}`);
    expect(byPackage).toEqual([
      'busybox CVE-2022-28391 high',
      'busybox CVE-2022-30065 high',
      'libcrypto1.1 CVE-2022-0778 high',
      'libcrypto1.1 CVE-2022-2097 medium',
      'libssl1.1 CVE-2022-0778 high',
      'libssl1.1 CVE-2022-2097 medium',
      'fastify CVE-2022-41919 high',
    ]);
    expect(new Set(findings.map((finding) => finding.key)).size).toBe(7);
    expect(findings.every((finding) => finding.state === 'open')).toBe(true);
    expect(findings[0]?.openedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('follows the rule id when a ruleIndex points at another rule', () => {
    const log = buildLog({
      tool: {
        driver: {
          name: 'CodeQL',
          rules: [
            { id: 'js/sql-injection', properties: { 'security-severity': '8.8' } },
            { id: 'js/log-injection', properties: { 'security-severity': '5.0' } },
          ],
        },
      },
      results: [{ ruleId: 'js/log-injection', ruleIndex: 0, message: { text: 'x' } }],
    });
    expect(mapSarifLog(log, context).findings[0]?.severity).toBe('medium');
  });

  it('finds rules in tool extensions, as CodeQL query packs put them', () => {
    const log = buildLog({
      tool: {
        driver: { name: 'CodeQL', rules: [] },
        extensions: [
          {
            name: 'codeql/python-queries',
            rules: [{ id: 'py/sql-injection', properties: { 'security-severity': '9.1' } }],
          },
        ],
      },
      results: [
        {
          rule: { id: 'py/sql-injection', index: 0, toolComponent: { index: 0 } },
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'app/db.py' }, region: { startLine: 12 } } },
          ],
          partialFingerprints: { primaryLocationLineHash: 'abc:1' },
        },
      ],
    });
    const [finding] = mapSarifLog(log, context).findings;
    expect(finding).toMatchObject({ package: 'py/sql-injection', severity: 'critical', url: 'app/db.py' });
    expect(finding?.key).toBe('fernwood/checkout-api:py/sql-injection:-:abc:1');
  });

  it('falls back to the level without a score, and reads suppressions and absent baselines', () => {
    const log = buildLog({
      invocations: [{ startTimeUtc: '2026-02-20T08:00:00Z' }],
      results: [
        { ruleId: 'a', level: 'error' },
        { ruleId: 'b', level: 'note' },
        { ruleId: 'c' },
        { ruleId: 'd', suppressions: [{ kind: 'external', status: 'accepted' }] },
        { ruleId: 'e', baselineState: 'absent' },
      ],
    });
    const findings = mapSarifLog(log, context).findings;
    expect(findings.map((finding) => `${finding.advisory} ${finding.severity} ${finding.state}`)).toEqual([
      'a high open',
      'b low open',
      'c medium open',
      'd medium dismissed',
      'e medium fixed',
    ]);
    expect(findings[0]?.openedAt).toBe('2026-02-20T08:00:00Z');
    expect(findings[4]?.fixedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('reports a result with no rule and a score that is not a number, by run and result', () => {
    const log = buildLog({
      results: [
        { message: { text: 'no rule' } },
        { ruleId: 'x', properties: { 'security-severity': 'high' } },
      ],
    });
    const { findings, issues } = mapSarifLog(log, context);
    expect(findings).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ record: 'runs[0].results[0]', path: 'ruleId' }),
      expect.objectContaining({
        record: 'runs[0].results[1]',
        path: 'properties.security-severity',
        found: '"high"',
      }),
    ]);
  });

  it('refuses a log of another SARIF version', () => {
    const { issues } = mapSarifLog({ version: '2.0.0', runs: [] }, context);
    expect(issues[0]).toMatchObject({ path: 'version', found: '"2.0.0"' });
  });
});
