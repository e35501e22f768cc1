import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../yaml-source.js';
import { parseHiring } from './hiring.js';
import type { GovernanceDirectory } from './part.js';

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana', 'person:default/ben']),
  teams: new Set(['team:default/payments']),
  declared: new Set(),
};

function parse(text: string) {
  const read = parseYamlSource('registers/hiring.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  return parseHiring(read.source, directory);
}

const POSITION = `  - id: POS-1
    role: Backend Engineer
    level: IC3
    team: payments
    opened: 2026-01-05
    targetDate: 2026-04-01
    priority: critical
    status: filled
    hiringManager: ana
    filledBy: ben
    filledOn: 2026-03-20
`;

describe('registers/hiring.yaml', () => {
  it('reads positions with full references and gives the default stages and dimensions', () => {
    const { value, issues } = parse(`positions:\n${POSITION}imports:\n  - path: data/ats.csv\n`);
    expect(issues).toEqual([]);
    expect(value.stages).toEqual(['applied', 'screen', 'technical', 'onsite', 'offer', 'hired']);
    expect(value.dimensions).toContain('system-design');
    expect(value.positions[0]).toMatchObject({
      team: 'team:default/payments',
      hiringManager: 'person:default/ana',
      filledBy: 'person:default/ben',
      budgeted: true,
    });
    expect(value.imports).toEqual([{ path: 'data/ats.csv', format: 'csv' }]);
  });

  it('reports an unknown team at its line and column and leaves the register empty', () => {
    const { value, issues } = parse(`positions:\n${POSITION.replace('team: payments', 'team: billing')}`);
    expect(value.positions).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'registers/hiring.yaml',
        line: 5,
        column: 11,
        path: 'positions[0].team',
        found: 'team:default/billing',
      }),
    ]);
  });

  it('requires a filled position to say who filled it', () => {
    const { issues } = parse(`positions:\n${POSITION.replace('    filledBy: ben\n', '')}`);
    expect(issues[0]).toMatchObject({ file: 'registers/hiring.yaml', path: 'positions[0].filledBy' });
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2);
    expect(issues[0]?.expected).toBe('a filled position names filledBy');
  });

  it('refuses an unknown import format and a stage mapped to no pipeline stage', () => {
    const { issues } = parse(
      'imports:\n  - path: a.xml\n    format: xml\n  - path: b.json\n    format: greenhouse\n    stages: { Phone Screen: phone }\n',
    );
    expect(issues.map((issue) => [issue.line, issue.path])).toEqual([
      [3, 'imports[0].format'],
      [6, 'imports[1].stages.Phone Screen'],
    ]);
  });

  it('refuses a stage listed twice', () => {
    const { issues } = parse('stages: [applied, screen, screen, offer, hired]\n');
    expect(issues[0]).toMatchObject({ path: 'stages[2]', message: 'the stage "screen" is listed twice' });
  });
});
