import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateDemo } from './generate-demo.js';
import { buildGovernanceFiles } from './governance-files.js';

describe('buildGovernanceFiles', () => {
  it('writes nothing for a demo without the people it names', () => {
    expect(buildGovernanceFiles({ people: [], teams: [] }, '2026-11-23')).toEqual([]);
  });

  it("names only the demo's own people, and marks the WMS keeper as a flight risk", () => {
    const demo = generateDemo({ seed: 3, asOf: '2026-11-23' });
    const governance = new Set([
      'model/decision-rights.yaml',
      'model/rituals.yaml',
      'model/people-private.yaml',
    ]);
    const files = demo.files.filter((file) => governance.has(file.path));
    expect(files.map((file) => file.path)).toEqual([
      'model/decision-rights.yaml',
      'model/rituals.yaml',
      'model/people-private.yaml',
    ]);
    const people = parse(demo.files.find((file) => file.path === 'model/people.yaml')?.content ?? '')
      .people as {
      name: string;
    }[];
    const names = new Set(people.map((person) => person.name));
    const [rights, rituals, secrets] = files.map((file) => parse(file.content));
    const referenced = [...JSON.stringify(rights).matchAll(/person:([a-z0-9-]+)/g)].map((match) => match[1]);
    for (const name of [...referenced, ...rituals.rituals.map((r: { owner: string }) => r.owner)])
      expect(names.has(name ?? ''), name).toBe(true);
    const keeper = secrets.people.find((entry: { notes?: string }) => entry.notes?.includes('WMS'));
    expect(keeper?.flightRisk).toBe('high');
    const keeperName = people.find((person) => person.name === keeper?.person) as { displayName?: string };
    const planted = demo.planted.map((condition) => JSON.stringify(condition)).join('\n');
    expect(planted).toContain(keeperName?.displayName);
  });
});
