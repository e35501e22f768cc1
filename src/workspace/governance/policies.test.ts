import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceConfigSchema } from '../../domain/workspace-config.js';
import { parseYamlSource } from '../yaml-source.js';
import type { GovernanceDirectory } from './part.js';
import { POLICIES_FILE, parsePolicies, readPolicies } from './policies.js';

const DIRECTORY: GovernanceDirectory = {
  people: new Set(['person:default/ana', 'person:default/bo']),
  teams: new Set(['team:default/checkout', 'team:default/payments']),
  declared: new Set(),
};

function parse(text: string, directory = DIRECTORY) {
  const read = parseYamlSource(POLICIES_FILE, text);
  if (read.kind !== 'parsed') throw new Error('the test YAML does not parse');
  return parsePolicies(read.source, directory);
}

const GOOD = `procedures:
  - procedure: ops.risk.managed-risk.register
    status: adopted
    owner: ana
    teams: [checkout, payments]
    evidence:
      - { link: registers/risks.yaml, date: 2026-09-01 }
      - { link: "https://wiki.example/risk-review", date: 2026-10-15, title: Risk review }
    review: 2027-01-10
    note: Reviewed in the ops review.
  - procedure: ops.vendors.vendor-management.lock-in
    status: not-applicable
`;

describe('reading registers/policies.yaml', () => {
  it('loads adoption with full references, evidence newest first, and where each entry is written', () => {
    const { adoptions, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(adoptions[0]).toEqual({
      procedure: 'ops.risk.managed-risk.register',
      status: 'adopted',
      owner: 'person:default/ana',
      teams: ['team:default/checkout', 'team:default/payments'],
      evidence: [
        { link: 'https://wiki.example/risk-review', date: '2026-10-15', title: 'Risk review' },
        { link: 'registers/risks.yaml', date: '2026-09-01' },
      ],
      review: '2027-01-10',
      note: 'Reviewed in the ops review.',
      source: { file: POLICIES_FILE, line: 2 },
    });
    expect(adoptions[1]).toMatchObject({ status: 'not-applicable', owner: null, teams: [], evidence: [] });
  });

  it('rejects an unknown procedure id at its line, suggesting the procedures of the nearest policy', () => {
    const { adoptions, issues } = parse(GOOD.replace('managed-risk.register', 'managed-risk.registry'));
    expect(adoptions.map((adoption) => adoption.procedure)).toEqual([
      'ops.vendors.vendor-management.lock-in',
    ]);
    expect(issues).toEqual([
      {
        file: POLICIES_FILE,
        line: 2,
        column: 16,
        path: 'procedures[0].procedure',
        message: 'unknown framework procedure "ops.risk.managed-risk.registry"',
        found: 'ops.risk.managed-risk.registry',
        expected: expect.stringContaining('ops.risk.managed-risk.register'),
      },
    ]);
  });

  it('says so when the id names a concern or a policy rather than a procedure', () => {
    const { issues } = parse('procedures:\n  - { procedure: tech.debt, status: planned, owner: bo }\n');
    expect(issues[0]).toMatchObject({
      line: 2,
      message: '"tech.debt" is a framework concern, not a procedure',
      expected: expect.stringContaining('tech.debt.managed-debt.debt-register'),
    });
  });

  it('reports a procedure recorded twice at the second entry, naming the first line', () => {
    const text = `${GOOD}  - procedure: ops.risk.managed-risk.register\n    status: planned\n    owner: bo\n`;
    const { issues } = parse(text);
    expect(issues).toEqual([
      expect.objectContaining({
        line: 13,
        path: 'procedures[2].procedure',
        message: 'procedure "ops.risk.managed-risk.register" is recorded twice',
        found: 'ops.risk.managed-risk.register, first recorded on line 2',
      }),
    ]);
  });

  it('checks the owner and teams against the model, and wants an owner for adopted, partial or planned', () => {
    const text = `procedures:
  - procedure: ops.risk.managed-risk.register
    status: adopted
    owner: zed
    teams: [checkout, billing]
  - procedure: ops.risk.managed-risk.assessment
    status: partial
`;
    const { adoptions, issues } = parse(text);
    expect(adoptions).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.path, issue.message, issue.found])).toEqual([
      [4, 'procedures[0].owner', 'unknown person "zed"', 'person:default/zed'],
      [5, 'procedures[0].teams[1]', 'unknown team "billing"', 'team:default/billing'],
      [6, 'procedures[1]', 'required field "owner" is missing for a procedure that is partial', 'no owner'],
    ]);
  });

  it('names the field, what was found and what was expected for a bad status, date, link or field', () => {
    const text = `procedures:
  - procedure: ops.risk.managed-risk.register
    status: done
    owner: ana
    evidence:
      - { link: /etc/passwd, date: 2026-13-01 }
    reviewed: 2027-01-01
`;
    const { issues } = parse(text);
    const byPath = new Map(issues.map((issue) => [issue.path, issue]));
    expect(byPath.get('procedures[0].status')).toMatchObject({
      line: 3,
      found: '"done"',
      expected: 'one of adopted, partial, planned, not-adopted, not-applicable',
    });
    expect(byPath.get('procedures[0].evidence[0].link')).toMatchObject({
      line: 6,
      expected: 'an http(s) URL or a path inside the workspace',
    });
    expect(byPath.get('procedures[0].evidence[0].date')).toMatchObject({
      line: 6,
      expected: 'a date as YYYY-MM-DD',
    });
    expect(byPath.get('procedures[0].reviewed')).toMatchObject({
      line: 7,
      message: 'unknown field "reviewed"',
    });
  });

  it('returns no adoption at all from a file with any problem, and nothing for an absent file', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'sextant-policies-'));
    try {
      const context = {
        root,
        config: workspaceConfigSchema.parse({ org: { name: 'Acme' } }),
        model: {} as never,
        directory: DIRECTORY,
      };
      expect(await readPolicies(context)).toEqual({ value: { adoptions: [] }, issues: [], files: [] });
      await mkdir(path.join(root, 'registers'));
      await writeFile(path.join(root, POLICIES_FILE), GOOD.replace('owner: ana', 'owner: zed'));
      const read = await readPolicies(context);
      expect(read.value.adoptions).toEqual([]);
      expect(read.issues).toHaveLength(1);
      expect(read.files).toEqual([POLICIES_FILE]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
