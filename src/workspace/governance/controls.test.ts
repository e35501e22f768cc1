import { describe, expect, it } from 'vitest';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { parseControls } from './controls.js';
import type { GovernanceDirectory } from './part.js';

function source(text: string): YamlSource {
  const read = parseYamlSource('registers/controls.yaml', text);
  if (read.kind !== 'parsed') throw new Error('test YAML does not parse');
  return read.source;
}

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana']),
  teams: new Set(['team:default/payments']),
  catalog: new Set(['service:default/ledger']),
  declared: new Set(),
};

describe('controls file', () => {
  it('reads a control with its catalog title, full references and evidence freshness', () => {
    const { controls, issues } = parseControls(
      source(
        'controls:\n  - id: iso27001:A.8.13\n    owner: ana\n    teams: [payments]\n    services: [ledger]\n    freshness: 60\n    evidence:\n      - { title: restore test, link: https://x.example, collected: 2026-10-01 }\n      - { title: backup log, link: ops/backup.md, collected: 2026-10-02, freshness: 7 }\n',
      ),
      directory,
    );
    expect(issues).toEqual([]);
    expect(controls[0]).toMatchObject({
      id: 'iso27001:A.8.13',
      framework: 'iso27001',
      title: 'Information backup',
      owner: 'person:default/ana',
      teams: ['team:default/payments'],
      services: ['service:default/ledger'],
    });
    expect(controls[0]?.evidence.map((item) => item.freshnessDays)).toEqual([60, 7]);
  });

  it('reports an unknown control, a duplicate and unknown references, and keeps none of them', () => {
    const { controls, issues } = parseControls(
      source(
        [
          'controls:',
          '  - id: soc2:CC99.1',
          '    owner: ana',
          '  - id: soc2:CC6.1',
          '    owner: ana',
          '  - id: soc2:CC6.1',
          '    owner: ana',
          '  - id: gdpr:art-32',
          '    owner: bob',
          '    teams: [search]',
          '    services: [nowhere]',
        ].join('\n'),
      ),
      directory,
    );
    expect(controls.map((control) => control.id)).toEqual(['soc2:CC6.1']);
    expect(issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [2, 'controls[0].id', 'soc2:CC99.1'],
      [6, 'controls[2].id', 'soc2:CC6.1, first listed on line 4'],
      [9, 'controls[3].owner', 'person:default/bob'],
      [10, 'controls[3].teams[0]', 'team:default/search'],
      [11, 'controls[3].services[0]', 'service:default/nowhere'],
    ]);
    expect(issues[0]?.expected).toMatch(/soc2:CC6\.1/);
    expect(issues[4]?.expected).toBe('a service declared in model/services.yaml (or the Backstage catalog)');
  });

  it('reports a bad evidence date with the field and what was expected', () => {
    const { issues } = parseControls(
      source(
        'controls:\n  - id: gdpr:art-17\n    owner: ana\n    evidence:\n      - { title: log, link: x, collected: last week }\n',
      ),
      directory,
    );
    expect(issues[0]).toMatchObject({
      line: 5,
      path: 'controls[0].evidence[0].collected',
      found: '"last week"',
      expected: 'a date as YYYY-MM-DD',
    });
  });
});
