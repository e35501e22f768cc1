/**
 * `sextant talent` end to end on the demo workspace, as the local operator, before any sync: nothing about
 * the git history is loaded, which the risks say rather than reporting nobody as a sole expert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { type DemoWorkspace, writeDemoWorkspace } from '../support/demo.js';

let demo: DemoWorkspace;

beforeAll(async () => {
  demo = await writeDemoWorkspace('sextant-talent-cli-');
}, 120_000);

afterAll(async () => {
  await demo?.remove();
});

/** The holder of the demo's WMS stewardship, read from the register the demo wrote. */
async function steward(): Promise<{ ref: string; displayName: string }> {
  const role = (await demo.workspace.governance()).talentReview.criticalRoles.find(
    (candidate) => candidate.id === 'wms-adapter-steward',
  );
  const person = demo.workspace.model.people.find((candidate) => candidate.ref === role?.holder);
  if (!person) throw new Error('the demo declares no WMS steward');
  return person;
}

describe('sextant talent', () => {
  it('prints the risks as JSON: the steward without successor, knowledge not assessed without git history', async () => {
    const result = await runCli(['-w', demo.dir, 'talent', 'risks', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const risks = JSON.parse(result.stdout);
    const { ref } = await steward();
    expect(risks.singlePointsOfFailure.rolesWithoutSuccessor).toEqual([
      {
        role: 'wms-adapter-steward',
        title: 'Steward of the WMS adapter',
        holder: { ref, name: expect.any(String) },
      },
    ]);
    expect(risks.singlePointsOfFailure.knowledge.kind).toBe('not-assessed');
    expect(risks.flightRisks.map((risk: { person: { ref: string } }) => risk.person.ref)).toContain(ref);
  });

  it('shows one person as text: box, calibration note, role held without successor', async () => {
    const { ref, displayName } = await steward();
    const result = await runCli(['-w', demo.dir, 'talent', 'show', ref.slice('person:default/'.length)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(displayName);
    expect(result.stdout).toContain('Box: strong contributor');
    expect(result.stdout).toContain('2026-H2');
    expect(result.stdout).toContain('Holds Steward of the WMS adapter (wms-adapter-steward): no successor');
    expect(result.stdout).toContain('Flight risk: high (critical');
  });
});
