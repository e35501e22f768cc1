import { describe, expect, it } from 'vitest';
import { mapVulnerabilityText } from './map.js';

const context = (file: string) => ({ file, observedAt: '2026-03-01T00:00:00.000Z', repository: 'r' });

describe('vulnerability format detection', () => {
  it('tells a SARIF log, an alert list and CSV apart by name and shape', () => {
    expect(mapVulnerabilityText('{"version":"2.1.0","runs":[]}', context('scan.json')).format).toBe('sarif');
    expect(mapVulnerabilityText('[]', context('alerts.json')).format).toBe('dependabot');
    expect(mapVulnerabilityText('id,repository,package,severity,opened\n', context('x.csv')).format).toBe(
      'csv',
    );
  });

  it('reports a JSON syntax error at its line and column', () => {
    const { issues } = mapVulnerabilityText('[\n  {"number": 1,}\n]', context('alerts.json'));
    expect(issues[0]).toMatchObject({ file: 'alerts.json', line: 2, column: 16 });
  });

  it('refuses JSON in no known format', () => {
    const { format, issues } = mapVulnerabilityText('{"hello":1}', context('x.json'));
    expect(format).toBeNull();
    expect(issues[0]?.message).toMatch(/no vulnerability format/);
  });
});
