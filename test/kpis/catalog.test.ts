/**
 * The KPI catalog's integrity: every KPI the seeds name is there once, each serves a concern of the
 * framework, reads a metric the engine knows or a reader the scorecard has, and says what would feed it.
 */
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/assess/framework/catalog.js';
import { findMetricDefinition } from '../../src/metrics/definitions.js';
import { findKpi, KPI_CATALOG, KPI_SECTIONS } from '../../src/metrics/kpis.js';
import { hasServiceReader } from '../../src/services/kpi-readers.js';

const countIn = (section: string) => KPI_CATALOG.filter((kpi) => kpi.section === section).length;

describe('the KPI catalog', () => {
  it('gives every KPI a distinct id', () => {
    const ids = KPI_CATALOG.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the 21 rows of the role table (build health as two KPIs) and every playbook row', () => {
    expect(countIn('leadership')).toBe(22);
    expect(countIn('developer-experience')).toBe(8);
    expect(countIn('release')).toBe(6);
    expect(countIn('platform')).toBe(4);
    expect(KPI_CATALOG).toHaveLength(40);
    expect(KPI_SECTIONS).toEqual(['leadership', 'developer-experience', 'release', 'platform']);
  });

  it('names the KPIs a leader looks for', () => {
    for (const id of [
      'delivery.deployment-frequency',
      'delivery.change-lead-time',
      'delivery.change-failure-rate',
      'reliability.recovery-time',
      'builds.success-rate',
      'builds.pipeline-time',
      'people.regrettable-attrition',
      'stakeholder.satisfaction',
      'dx.review-turnaround',
      'release.rollback-rate',
      'platform.self-service-adoption',
    ])
      expect(findKpi(id), id).toBeDefined();
  });

  it('ties every KPI to a concern of the framework', () => {
    const index = indexCatalog();
    for (const kpi of KPI_CATALOG)
      expect(index.get(kpi.concern)?.kind, `${kpi.id}: ${kpi.concern}`).toBe('concern');
  });

  it('reads every KPI through a catalog metric, a known reader, or names the source it lacks', () => {
    for (const kpi of KPI_CATALOG) {
      const { reading } = kpi;
      if (reading.kind === 'metric') expect(findMetricDefinition(reading.metric), kpi.id).toBeDefined();
      if (reading.kind === 'service') expect(hasServiceReader(reading.reader), kpi.id).toBe(true);
      expect(kpi.source.length, kpi.id).toBeGreaterThan(10);
    }
  });

  it('gives each KPI a finite target, a target text and an owning role', () => {
    for (const kpi of KPI_CATALOG) {
      expect(Number.isFinite(kpi.target), kpi.id).toBe(true);
      expect(kpi.targetText, kpi.id).not.toBe('');
      expect(kpi.ownerRole, kpi.id).not.toBe('');
      if (kpi.unit === 'fraction') expect(kpi.target, kpi.id).toBeLessThanOrEqual(1);
    }
  });

  it('reviews a row the seed reviews "weekly / monthly" at the shorter cadence', () => {
    expect(findKpi('delivery.deployment-frequency')?.frequency).toBe('weekly');
    expect(findKpi('flow.cycle-time')?.frequency).toBe('weekly');
    expect(findKpi('delivery.roadmap-predictability')?.frequency).toBe('monthly');
    expect(findKpi('governance.control-compliance')?.frequency).toBe('quarterly');
  });
});
