/**
 * The demo's SLI data, read back the way `sextant sync` reads it: every SLO has 28 days of minutes, the
 * payment gateway's availability budget is spent (release freeze), the search API's availability is
 * burning fast enough to page, and every other SLO is healthy.
 */

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workspaceConfigSchema } from '../../src/domain/workspace-config.js';
import { checkSliSamples } from '../../src/metrics/slo/samples.js';
import { toSliSeries } from '../../src/metrics/slo/series.js';
import { computeSloStatus } from '../../src/metrics/slo/status.js';
import { buildSlos } from '../../src/services/demo/catalog.js';
import { createRandom } from '../../src/services/demo/random.js';
import { SERVICES } from '../../src/services/demo/service-list.js';
import { BURNING_SLO, EXHAUSTED_SLO, withSliData } from '../../src/services/demo/slis.js';
import { parseSliCsv } from '../../src/services/slo-csv.js';

const AS_OF = '2026-11-23';
const END = Date.parse('2026-11-24T00:00:00Z');

describe('demo SLI data', () => {
  const files = withSliData(
    [{ path: 'sextant.yaml', content: 'version: 1\norg:\n  name: Fernwood Market\n' }],
    SERVICES,
    AS_OF,
    createRandom(1, 'slis'),
  );
  const config = workspaceConfigSchema.parse(parse(files[0]?.content ?? ''));

  it('lists one file per tier-1 availability SLO under slis: in sextant.yaml', () => {
    const declared = SERVICES.filter((service) => service.tier === 1).flatMap((service) =>
      buildSlos(service)
        .filter((slo) => slo.indicator === 'availability')
        .map((slo) => `${service.name}/${slo.name}`),
    );
    expect(declared.length).toBeGreaterThan(2);
    expect(config.slis.map((entry) => `${entry.service}/${entry.slo}`)).toEqual(declared);
    expect(files.map((file) => file.path).slice(1)).toEqual(config.slis.map((entry) => entry.path));
  });

  it('spends one budget, burns another fast and keeps the rest healthy', () => {
    const states = config.slis.map((entry) => {
      const content = files.find((file) => file.path === entry.path)?.content ?? '';
      const parsed = parseSliCsv(content, entry.path);
      if (parsed.kind !== 'ok') throw new Error(JSON.stringify(parsed.issues));
      const checked = checkSliSamples(parsed.columns, parsed.locate);
      if (checked.kind !== 'ok') throw new Error(JSON.stringify(checked.issues));
      expect(checked.checked).toMatchObject({ samples: 28 * 1_440, missingMinutes: 0 });
      const service = SERVICES.find((candidate) => candidate.name === entry.service);
      const slo = service && buildSlos(service).find((candidate) => candidate.name === entry.slo);
      if (!slo) throw new Error(`no SLO ${entry.slo}`);
      const status = computeSloStatus(slo, toSliSeries(checked.checked.days), END);
      const firing = status.alerts.filter((alert) => alert.firing).map((alert) => alert.name);
      return { id: `${entry.service}/${entry.slo}`, policy: status.policy, firing };
    });
    const byId = new Map(states.map((state) => [state.id, state]));
    expect(byId.get(`${EXHAUSTED_SLO.service}/${EXHAUSTED_SLO.slo}`)?.policy).toMatchObject({
      state: 'exhausted',
      freeze: true,
    });
    const burning = byId.get(`${BURNING_SLO.service}/${BURNING_SLO.slo}`);
    expect(burning?.policy).toMatchObject({ state: 'at-risk', freeze: false });
    expect(burning?.firing).toEqual(expect.arrayContaining(['page-1h', 'page-6h']));
    const others = states.filter(
      (state) =>
        state.id !== `${EXHAUSTED_SLO.service}/${EXHAUSTED_SLO.slo}` &&
        state.id !== `${BURNING_SLO.service}/${BURNING_SLO.slo}`,
    );
    expect(
      others.map((state) => [state.id, state.policy.kind === 'value' ? state.policy.state : 'none']),
    ).toEqual(others.map((state) => [state.id, 'ok']));
  });
});
